using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.RepositoryTests.Generation;

/// <summary>
/// The files generated from the status table are up to date. With HTTPSTATUSKIT_UPDATE=1 these tests write them
/// instead, so that one command regenerates everything after an edit of the table.
/// </summary>
public sealed class GeneratedFilesTests
{
    private static readonly string s_table = Path.Combine(Repository.Root, "src", "HttpStatusKit", "Table");

    [Fact]
    public void CatalogTableIsUpToDateGivenStatusTable()
    {
        string expected = CatalogSources.CatalogTable(StatusTable.Load(Repository.Root));

        GeneratedText.Check(Path.Combine(s_table, "HttpStatusCatalog.Table.cs"), expected);
    }

    [Fact]
    public void TextIndexIsUpToDateGivenStatusTable()
    {
        string expected = CatalogSources.TextIndex(StatusTable.Load(Repository.Root));

        GeneratedText.Check(Path.Combine(s_table, "PhraseIndex.Table.cs"), expected);
    }

    [Fact]
    public void ConstantsAreUpToDateGivenStatusTable()
    {
        string expected = CatalogSources.Constants(StatusTable.Load(Repository.Root));

        GeneratedText.Check(Path.Combine(s_table, "HttpStatus.cs"), expected);
    }

    [Fact]
    public void ListsAreUpToDateGivenStatusTable()
    {
        string expected = CatalogSources.Lists(StatusTable.Load(Repository.Root));

        GeneratedText.Check(Path.Combine(s_table, "StatusLists.xml"), expected);
    }

    [Fact]
    public void PublicApiDeclaresEveryGeneratedMemberGivenStatusTable()
    {
        string path = Path.Combine(Repository.Root, "src", "HttpStatusKit", "PublicAPI", "PublicAPI.Unshipped.txt");
        string shipped = File.ReadAllText(Path.Combine(Repository.Root, "src", "HttpStatusKit", "PublicAPI", "PublicAPI.Shipped.txt"));
        var shippedLines = shipped.ReplaceLineEndings("\n").Split('\n').ToHashSet(StringComparer.Ordinal);
        List<string> lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        List<string> wanted = CatalogSources.PublicApiLines(StatusTable.Load(Repository.Root)).Where(line => !shippedLines.Contains(line)).ToList();
        List<string> kept = lines.Where(line => line != "#nullable enable" && !CatalogSources.IsGeneratedApiLine(line)).ToList();
        string expected = "#nullable enable\n" + string.Join("\n", kept.Concat(wanted).Order(StringComparer.Ordinal)) + "\n";

        if (GeneratedText.Updating)
        {
            GeneratedText.Check(path, expected);
        }

        lines.Where(CatalogSources.IsGeneratedApiLine).Should().BeEquivalentTo(wanted, GeneratedText.Advice);
    }

    [Fact]
    public void ParseRejectsUnknownKeyGivenTypo()
    {
        Action parse = () => StatusTable.Parse("- code: 100\n  phrse: Continue\n");

        parse.Should().Throw<InvalidDataException>().WithMessage("*line 2*");
    }

    [Theory]
    [InlineData("- code: 101\n  phrase: A\n  name: A\n  specification: RFC 9110, Section 1\n  description: d\n  whenToExpect: w\n- code: 100\n  phrase: B\n  name: B\n  specification: RFC 9110\n  description: d\n  whenToExpect: w\n", "*ascending*")]
    [InlineData("- code: 100\n  phrase: A\n  name: a-b\n  specification: RFC 9110\n  description: d\n  whenToExpect: w\n", "*identifier*")]
    [InlineData("- code: 100\n  phrase: A\n  name: A\n  specification: RFC9110\n  description: d\n  whenToExpect: w\n", "*RFC9110*")]
    [InlineData("- code: 100\n  phrase: A\n  name: A\n  specification: RFC 9110\n  retryAdvice: later\n  description: d\n  whenToExpect: w\n", "*'later' is not one of*after-delay*")]
    [InlineData("- code: 100\n  phrase: A\n  name: A\n  specification: RFC 9110\n  whenToExpect: w\n", "*description*")]
    [InlineData("- code: 100\n  phrase: A\n  name: A\n  specification: RFC 9110\n  registration: provisional\n  description: d\n  whenToExpect: w\n", "*registrationExpires is required*")]
    [InlineData("- code: 100\n  phrase: A\n  name: A\n  specification: RFC 9110\n  registrationExpires: 2026-11-13\n  description: d\n  whenToExpect: w\n", "*allowed only there*")]
    [InlineData("- code: 100\n  phrase: A\n  name: A\n  specification: RFC 9110\n  registration: provisional\n  registrationExpires: 13/11/2026\n  description: d\n  whenToExpect: w\n", "*'13/11/2026' is not a date*")]
    public void ParseRejectsEntryGivenBrokenRule(string yaml, string message)
    {
        Action parse = () => StatusTable.Parse(yaml);

        parse.Should().Throw<InvalidDataException>().WithMessage(message);
    }
}
