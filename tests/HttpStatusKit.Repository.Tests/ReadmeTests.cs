using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using HttpStatusKit.Tests.Support;
using Microsoft.CodeAnalysis;

namespace HttpStatusKit.RepositoryTests;

/// <summary>
/// The README tells the truth: its table of codes is the catalog, its quick start is the sample that builds,
/// and its test command is the one CI runs. Set HTTPSTATUSKIT_UPDATE=1 to rewrite the generated tables from the catalog.
/// </summary>
public sealed class ReadmeTests
{
    private const string TableStart = "<!-- catalog-table:start -->";
    private const string TableEnd = "<!-- catalog-table:end -->";

    private static string ReadmePath => Path.Combine(Repository.Root, "README.md");

    [Fact]
    public void TableOfCodesMatchesTheCatalogGivenReadme()
    {
        AssertGeneratedSection(TableStart, TableEnd, BuildTable());
    }

    /// <summary>
    /// Checks that the README holds exactly <paramref name="expected"/> between two markers, or writes it there when
    /// HTTPSTATUSKIT_UPDATE=1.
    /// </summary>
    private static void AssertGeneratedSection(string startMarker, string endMarker, string expected) =>
        GeneratedText.CheckSection(ReadmePath, startMarker, endMarker, expected);

    [Fact]
    public void QuickStartIsTheSampleProgramGivenReadme()
    {
        string readme = File.ReadAllText(ReadmePath).ReplaceLineEndings("\n");
        string program = File.ReadAllText(Path.Combine(Repository.Root, "src", "HttpStatusKit.Sample", "Program.cs")).ReplaceLineEndings("\n");
        int quickStart = readme.IndexOf("## Quick start", StringComparison.Ordinal);
        int blockStart = readme.IndexOf("```csharp\n", quickStart, StringComparison.Ordinal) + "```csharp\n".Length;
        int blockEnd = readme.IndexOf("```\n", blockStart, StringComparison.Ordinal);

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

    [Fact]
    public void EveryCSharpExampleCompilesGivenReadme()
    {
        string readme = File.ReadAllText(ReadmePath).ReplaceLineEndings("\n");
        var examples = new List<string>();
        for (int at = readme.IndexOf("```csharp\n", StringComparison.Ordinal); at >= 0; at = readme.IndexOf("```csharp\n", at + 1, StringComparison.Ordinal))
        {
            int body = at + "```csharp\n".Length;
            examples.Add(readme[body..readme.IndexOf("```\n", body, StringComparison.Ordinal)]);
        }

        examples.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (string example in examples)
        {
            Compiler.Errors(AsProgram(example), OutputKind.ConsoleApplication).Should().BeEmpty("this README example must compile:\n{0}", example);
        }

        Compiler.Errors(AsProgram(examples[0].Replace("HttpStatusCatalog.Get(", "HttpStatusCatalog.Gett(", StringComparison.Ordinal)), OutputKind.ConsoleApplication)
            .Should().NotBeEmpty("the same harness reports a misspelt member");
    }

    /// <summary>An example without its own using directives gets the ones the README says its examples assume.</summary>
    private static string AsProgram(string example) =>
        example.Contains("using HttpStatusKit;", StringComparison.Ordinal)
            ? example
            : "using System;\nusing System.Net;\nusing System.Net.Http;\nusing HttpStatusKit;\n\n" + example;

    private static string BuildTable()
    {
        var table = new StringBuilder();
        table.Append("| Code | Reason phrase | Category | Meaning | Defined in |\n");
        table.Append("| --- | --- | --- | --- | --- |\n");
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
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
    public void UnofficialTableMatchesTheCatalogGivenReadme()
    {
        AssertGeneratedSection("<!-- unofficial-table:start -->", "<!-- unofficial-table:end -->", BuildUnofficialTable());
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
