using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using HttpStatusKit.Tests.Support;
using Microsoft.CodeAnalysis;

namespace HttpStatusKit.RepositoryTests;

/// <summary>
/// The README and the documentation pages tell the truth: their tables of codes are the catalog (the full table on
/// docs/articles/codes-table.md, an excerpt in the README, the unofficial codes on docs/articles/unofficial-codes.md),
/// the quick start is the sample that builds, every C# example compiles, and the test command is the one CI runs. The
/// README stays short (at most 15 KB) and every link in it leads somewhere. Set HTTPSTATUSKIT_UPDATE=1 to rewrite the
/// generated tables from the catalog.
/// </summary>
public sealed class ReadmeTests
{
    private const string TableStart = "<!-- catalog-table:start -->";
    private const string TableEnd = "<!-- catalog-table:end -->";

    /// <summary>The codes of the README's excerpt of the table: common ones, and ones that show a rename.</summary>
    private static readonly int[] s_excerptCodes = [200, 304, 400, 404, 413, 422, 429, 503];

    private static string ReadmePath => Path.Combine(Repository.Root, "README.md");

    private static string CodesTablePath => Path.Combine(Repository.Root, "docs", "articles", "codes-table.md");

    private static string UnofficialCodesPath => Path.Combine(Repository.Root, "docs", "articles", "unofficial-codes.md");

    [Fact]
    public void TableOfCodesMatchesTheCatalogGivenCodesTablePage()
    {
        GeneratedText.CheckSection(CodesTablePath, TableStart, TableEnd, BuildTable(HttpStatusCatalog.All));
    }

    [Fact]
    public void ExcerptOfTheTableMatchesTheCatalogGivenReadme()
    {
        GeneratedText.CheckSection(
            ReadmePath, "<!-- catalog-excerpt:start -->", "<!-- catalog-excerpt:end -->", BuildTable(s_excerptCodes.Select(HttpStatusCatalog.Get)));
    }

    [Theory]
    [InlineData("README.md", "## Quick start")]
    [InlineData("docs/index.md", "## Quick start")]
    public void QuickStartIsTheSampleProgramGivenReadmeOrHomePage(string page, string heading)
    {
        string readme = File.ReadAllText(Path.Combine(Repository.Root, page)).ReplaceLineEndings("\n");
        string program = File.ReadAllText(Path.Combine(Repository.Root, "src", "HttpStatusKit.Sample", "Program.cs")).ReplaceLineEndings("\n");
        int quickStart = readme.IndexOf(heading, StringComparison.Ordinal);
        int blockStart = readme.IndexOf("```csharp\n", quickStart, StringComparison.Ordinal) + "```csharp\n".Length;
        int blockEnd = readme.IndexOf("```\n", blockStart, StringComparison.Ordinal);

        quickStart.Should().BeGreaterThanOrEqualTo(0);
        readme[blockStart..blockEnd].Should().Be(program);
    }

    [Fact]
    public void TestCommandIsTheOneCiRunsGivenReadmeAndCiScript()
    {
        string readme = File.ReadAllText(ReadmePath);
        string ci = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run"));
        string command = ci.Split('\n').Single(l => l.StartsWith("test_command=", StringComparison.Ordinal))["test_command=".Length..].Trim('"');

        command.Should().StartWith("dotnet test StatusCodes.sln -c Release");
        readme.Should().Contain("\n" + command + "\n");
    }

    public static TheoryData<string> PagesWithExamples()
    {
        var pages = new TheoryData<string>("README.md");
        foreach (string page in DocumentationPages.All())
        {
            pages.Add(page);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(PagesWithExamples))]
    public void EveryCSharpExampleCompilesGivenReadmeOrDocumentationPage(string page)
    {
        List<string> examples = Markdown.Blocks(DocumentationPages.Read(page), "csharp");

        foreach (string example in examples)
        {
            Compiler.Errors(AsProgram(example), OutputKind.ConsoleApplication).Should().BeEmpty("this example of {0} must compile:\n{1}", page, example);
        }
    }

    [Fact]
    public void HasExamplesThatTheHarnessChecksGivenReadmeAndDocumentationPages()
    {
        List<string> examples = Markdown.Blocks(DocumentationPages.Read("README.md"), "csharp");
        int pageExamples = DocumentationPages.All().Sum(page => Markdown.Blocks(DocumentationPages.Read(page), "csharp").Count);

        examples.Should().HaveCountGreaterThanOrEqualTo(4);
        pageExamples.Should().BeGreaterThanOrEqualTo(8, "the articles keep the seven examples that moved from the README, and the home page has the quick start");

        Compiler.Errors(AsProgram(examples[0].Replace("HttpStatusCatalog.Get(", "HttpStatusCatalog.Gett(", StringComparison.Ordinal)), OutputKind.ConsoleApplication)
            .Should().NotBeEmpty("the same harness reports a misspelt member");
    }

    [Fact]
    public void IsAtMost15KilobytesGivenReadme()
    {
        long size = new FileInfo(ReadmePath).Length;

        size.Should().BeLessThanOrEqualTo(15 * 1024, "the README is the first page; the rest lives on the documentation site");
    }

    [Fact]
    public void EveryLinkLeadsToAFileOrASitePageGivenReadme()
    {
        string readme = File.ReadAllText(ReadmePath).ReplaceLineEndings("\n");
        List<string> targets = [.. Regex.Matches(readme, @"\]\(([^)\s]+)\)").Select(m => m.Groups[1].Value)];
        IReadOnlyDictionary<string, string> codePages = HttpStatusKit.Docs.CodePages.Build();

        targets.Should().Contain(t => t.StartsWith(DocumentationPages.SiteUrl, StringComparison.Ordinal)).And.Contain(t => !t.Contains(':', StringComparison.Ordinal));
        foreach (string target in targets)
        {
            (string path, string? bookmark) = target.Split('#', 2) is [string p, string b] ? (p, b) : (target, null);
            if (path.Length == 0)
            {
                Slugs(readme).Should().Contain(bookmark, "the README has the heading {0} links to", target);
            }
            else if (path.StartsWith(DocumentationPages.SiteUrl, StringComparison.Ordinal))
            {
                string page = path[DocumentationPages.SiteUrl.Length..];
                if (page.StartsWith("codes/", StringComparison.Ordinal))
                {
                    codePages.Should().ContainKey(Path.ChangeExtension(page["codes/".Length..], ".md"), "{0} is a generated page about codes", target);
                }
                else if (page.StartsWith("api/", StringComparison.Ordinal))
                {
                    typeof(HttpStatusCatalog).Assembly.GetType(Path.GetFileNameWithoutExtension(page)).Should().NotBeNull("{0} is the API page of a type", target);
                }
                else
                {
                    string source = Path.Combine(DocumentationPages.Folder, page.Length == 0 ? "index.md" : Path.ChangeExtension(page, ".md"));
                    File.Exists(source).Should().BeTrue("{0} is built from {1}", target, source);
                    if (bookmark is not null)
                    {
                        Slugs(File.ReadAllText(source)).Should().Contain(bookmark, "{0} has the heading {1} links to", source, target);
                    }
                }
            }
            else if (!path.StartsWith("https://", StringComparison.Ordinal))
            {
                string file = Path.Combine(Repository.Root, path);
                (File.Exists(file) || Directory.Exists(file)).Should().BeTrue("the README links to {0} in the repository", path);
            }
            else
            {
                path.Should().NotStartWith("https://github.com/httpstatuskit/", "a file of the repository is linked by its relative path");
            }
        }
    }

    /// <summary>The anchors of a Markdown page's headings, as GitHub and DocFX derive them.</summary>
    private static List<string> Slugs(string markdown) =>
        [.. Regex.Matches(markdown, @"^#{1,6} (.+)$", RegexOptions.Multiline)
            .Select(m => Regex.Replace(m.Groups[1].Value.Trim().ToLowerInvariant(), @"[^\w\- ]", "").Replace(' ', '-'))];

    /// <summary>An example without its own using directives gets the ones the README says its examples assume.</summary>
    private static string AsProgram(string example) =>
        example.Contains("using HttpStatusKit;", StringComparison.Ordinal)
            ? example
            : "using System;\nusing System.Net;\nusing System.Net.Http;\nusing HttpStatusKit;\n\n" + example;

    private static string BuildTable(IEnumerable<HttpStatusInfo> records)
    {
        var table = new StringBuilder();
        table.Append("| Code | Reason phrase | Category | Meaning | Defined in |\n");
        table.Append("| --- | --- | --- | --- | --- |\n");
        foreach (HttpStatusInfo info in records)
        {
            string phrase = info.Registration == HttpStatusRegistration.Registered
                ? info.ReasonPhrase
                : $"{info.ReasonPhrase} ({info.Registration.ToString().ToLowerInvariant()})";
            string formerly = info.FormerReasonPhrases.Count == 0
                ? ""
                : "<br>formerly " + string.Join(", ", info.FormerReasonPhrases.Select(f => f.Phrase).Distinct(StringComparer.OrdinalIgnoreCase));
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {info.Code} | {phrase}{formerly} | {info:C} | {info.Summary} | [{info.Specification}]({info.Specification.Uri}) |\n");
        }

        return table.ToString();
    }

    [Fact]
    public void UnofficialTableHasOneRowPerEntryGivenCatalog()
    {
        string[] rows = BuildUnofficialTable().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();

        rows.Should().HaveCount(UnofficialStatusCatalog.All.Count);
        foreach ((string row, UnofficialStatusInfo info) in rows.Zip(UnofficialStatusCatalog.All))
        {
            row.Should().StartWith($"| {info.Code} | {info.ReasonPhrase ?? "(none)"}");
            row.Split(" | ").Should().HaveCount(5, "each row has five cells: {0}", row);
        }
    }

    [Fact]
    public void UnofficialTableMatchesTheCatalogGivenUnofficialCodesPage()
    {
        GeneratedText.CheckSection(UnofficialCodesPath, "<!-- unofficial-table:start -->", "<!-- unofficial-table:end -->", BuildUnofficialTable());
    }

    private static string BuildUnofficialTable()
    {
        var table = new StringBuilder();
        table.Append("| Code | Reason phrase | Vendor | Meaning | Source |\n");
        table.Append("| --- | --- | --- | --- | --- |\n");
        foreach (UnofficialStatusInfo info in UnofficialStatusCatalog.All)
        {
            string phrase = (info.ReasonPhrase ?? "(none)") + string.Concat(info.AlternativeReasonPhrases.Select(p => "<br>also " + p));
            string clash = info.ConflictsWith is null ? "" : $" Clashes with the registered {info.ConflictsWith}.";
            table.Append(CultureInfo.InvariantCulture, $"| {info.Code} | {phrase} | {info.VendorName} | {info.Summary}{clash} | {info.Source} |\n");
        }

        return table.ToString();
    }
}
