using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using HttpStatusKit.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HttpStatusKit.Analyzers.Tests;

/// <summary>
/// The documentation tells the truth: every rule links to its page, the pages and the README give each rule the
/// severity it has, and every example before and after is what the analyzer reports and its fix writes.
/// </summary>
public sealed class DocumentationTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers =
        [new StatusCodeLiteralAnalyzer(), new ReasonPhraseAnalyzer(), new StatusRangeCheckAnalyzer()];

    private static readonly string s_root = FindRepositoryRoot();

    public static TheoryData<string> RuleIds() => new(Descriptors().Select(d => d.Id));

    public static TheoryData<string> RulePages() => new(Descriptors().Select(d => d.Id + ".md"));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void LinksToItsPageUnderTheProjectUrlGivenRule(string id)
    {
        string projectUrl = XDocument.Load(Path.Combine(s_root, "Directory.Build.props")).Descendants("PackageProjectUrl").Single().Value;

        DiagnosticDescriptor descriptor = Descriptors().Single(d => d.Id == id);

        descriptor.HelpLinkUri.Should().Be($"{projectUrl}/blob/main/docs/analyzers/{id}.md");
        File.ReadAllLines(Path.Combine(s_root, "docs", "analyzers", id + ".md"))[0].Should().Be($"# {id}: {descriptor.Title}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void StatesTheSeverityItHasGivenDocumentation(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors().Single(d => d.Id == id);
        string expected = descriptor.DefaultSeverity == DiagnosticSeverity.Warning ? "Warning" : "Suggestion";

        string page = File.ReadAllText(Path.Combine(s_root, "docs", "analyzers", id + ".md"));
        string index = File.ReadAllText(Path.Combine(s_root, "docs", "analyzers", "README.md"));
        IEnumerable<string> readmeRows = File.ReadAllLines(Path.Combine(s_root, "README.md")).Where(l => l.StartsWith($"| [{id}](docs/analyzers/{id}.md)", StringComparison.Ordinal));

        descriptor.DefaultSeverity.Should().BeOneOf(DiagnosticSeverity.Warning, DiagnosticSeverity.Info);
        page.Should().Contain($"| Severity | {expected}");
        index.Should().Contain($"| [{id}]({id}.md) | {expected}");
        readmeRows.Should().NotBeEmpty().And.OnlyContain(row => row.Contains($" | {expected} | ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RulePages))]
    public async Task FixTurnsBeforeIntoAfterGivenRulePageExample(string page)
    {
        string id = Path.GetFileNameWithoutExtension(page);
        string[] blocks = CSharpBlocks(File.ReadAllText(Path.Combine(s_root, "docs", "analyzers", page)));

        blocks.Should().HaveCount(2, "a rule page has one example: before and after");
        await VerifyBeforeAndAfterAsync(id, blocks[0], blocks[1]);
    }

    [Fact]
    public async Task FixTurnsBeforeIntoAfterGivenReadmeTable()
    {
        var rows = File.ReadAllLines(Path.Combine(s_root, "README.md"))
            .Select(l => Regex.Match(l, @"^\| \[(HSK\d{3})\]\(docs/analyzers/HSK\d{3}\.md\)[^|]* \| \w+ \| `([^`]+)` \| `([^`]+)` \|$"))
            .Where(m => m.Success)
            .Select(m => (Id: m.Groups[1].Value, Before: m.Groups[2].Value, After: m.Groups[3].Value))
            .ToList();

        rows.Select(r => r.Id).Distinct().Should().BeEquivalentTo(Descriptors().Select(d => d.Id), "the README lists every rule");
        foreach ((string id, string before, string after) in rows)
        {
            await VerifyBeforeAndAfterAsync(id, AsReadmeProgram(before), AsReadmeProgram(after));
        }
    }

    /// <summary>
    /// The analyzer reports the rule on the code before; with a fix, fixing all in the document gives exactly the code
    /// after, and without one (HSK002) the code after is no longer reported. Both must compile.
    /// </summary>
    private static async Task VerifyBeforeAndAfterAsync(string id, string before, string after)
    {
        DiagnosticAnalyzer analyzer = s_analyzers.Single(a => a.SupportedDiagnostics.Any(d => d.Id == id));
        CodeFixProvider? fix = Fixes().SingleOrDefault(f => f.FixableDiagnosticIds.Contains(id));
        Project project = await Harness.CreateProjectAsync(before);

        ImmutableArray<Diagnostic> reported = await Harness.AnalyzeAsync(project, analyzer);

        reported.Should().Contain(d => d.Id == id, "the example before shows {0}:\n{1}", id, before);
        if (fix is null)
        {
            (await Harness.AnalyzeAsync(await Harness.CreateProjectAsync(after), analyzer)).Should().NotContain(d => d.Id == id, "the example after no longer shows {0}", id);
            return;
        }

        Project fixedProject = await Harness.FixAllAsync(project, analyzer, fix, FixAllScope.Document);
        (await Harness.TextAsync(fixedProject, 0)).Should().Be(after);
        (await Harness.AnalyzeAsync(fixedProject, analyzer)).Should().NotContain(d => d.Id == id);
    }

    /// <summary>A README example is one statement; it runs in a controller method that has a context and a response.</summary>
    private static string AsReadmeProgram(string statement) => $$"""
        using System.Net;
        using System.Net.Http;
        using HttpStatusKit;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;

        public sealed class Example : ControllerBase
        {
            public object Run(HttpContext context, HttpResponseMessage response)
            {
                {{statement}}
                return null!;
            }
        }

        """;

    private static string[] CSharpBlocks(string markdown) =>
        Regex.Matches(markdown.ReplaceLineEndings("\n"), "```csharp\n(.*?)```\n", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();

    private static IEnumerable<DiagnosticDescriptor> Descriptors() => s_analyzers.SelectMany(a => a.SupportedDiagnostics).OrderBy(d => d.Id, StringComparer.Ordinal);

    private static IEnumerable<CodeFixProvider> Fixes() =>
        [new StatusCodeConstantCodeFixProvider(), new ReasonPhraseCodeFixProvider(), new StatusRangeCheckCodeFixProvider()];

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StatusCodes.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no StatusCodes.sln above " + AppContext.BaseDirectory);
    }
}
