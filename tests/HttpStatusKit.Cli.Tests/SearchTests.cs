using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>`http-status search &lt;words&gt;` finds codes by phrase and description, phrase matches first.</summary>
public sealed class SearchTests
{
    private static int[] Codes(CliResult result) =>
        result.StdoutLines.Where(l => !l.StartsWith(' ')).Select(l => int.Parse(l[..3], CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void FindsRequestTimeoutAndGatewayTimeoutFirstGivenTimeout()
    {
        CliResult result = Tool.Run("search", "timeout");

        result.ExitCode.Should().Be(0);
        Codes(result).Take(2).Should().Equal(408, 504);
        result.StdoutLines[0].Should().Be("408 Request Timeout");
    }

    [Fact]
    public void FindsTheTeapotGivenTeapot()
    {
        CliResult result = Tool.Run("search", "teapot");

        result.ExitCode.Should().Be(0);
        Codes(result).Should().Equal(418);
    }

    [Fact]
    public void RanksEveryPhraseMatchAboveEveryDescriptionMatchGivenOneWord()
    {
        int[] codes = Codes(Tool.Run("search", "request"));
        int[] phraseMatches = HttpStatusCatalog.All
            .Where(i => i.ReasonPhrase.Split(' ', '-').Any(w => w.StartsWith("Request", StringComparison.OrdinalIgnoreCase)))
            .Select(i => i.Code)
            .ToArray();

        phraseMatches.Should().NotBeEmpty();
        codes.Take(phraseMatches.Length).Should().BeEquivalentTo(phraseMatches);
        codes.Length.Should().BeGreaterThan(phraseMatches.Length, "descriptions mention requests too");
    }

    [Fact]
    public void RequiresEveryWordGivenSeveralWords()
    {
        CliResult result = Tool.Run("search", "too", "large");

        Codes(result).Should().Contain([413, 431, 494]);
        foreach (string hit in result.StdoutLines.Where(l => !l.StartsWith(' ')))
        {
            Searchable(hit).Should().ContainEquivalentOf("too").And.ContainEquivalentOf("large");
        }
    }

    /// <summary>The texts a hit was found in: a vendor meaning's (labelled "(vendor, unofficial)") or a catalog code's.</summary>
    private static string Searchable(string hit)
    {
        if (UnofficialStatusCatalog.All.SingleOrDefault(m => m.ToString() == hit) is { } meaning)
        {
            return string.Join(' ', new[] { meaning.ReasonPhrase ?? "", meaning.VendorName, meaning.Description }.Concat(meaning.AlternativeReasonPhrases));
        }

        HttpStatusInfo info = HttpStatusCatalog.Get(int.Parse(hit[..3], CultureInfo.InvariantCulture));
        return string.Join(' ', new[] { info.ReasonPhrase, info.Description }.Concat(info.FormerReasonPhrases.Select(f => f.Phrase)));
    }

    [Fact]
    public void FindsARenamedCodeGivenAWordOfItsFormerPhrase()
    {
        Codes(Tool.Run("search", "entity")).Should().Contain([413, 422]);
    }

    [Fact]
    public void ExitsOneWithOneLineGivenWordsThatMatchNothing()
    {
        CliResult result = Tool.Run("search", "xylophone");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("xylophone");
    }

    [Fact]
    public void ExitsTwoGivenNoWordOfLettersOrDigits()
    {
        CliResult result = Tool.Run("search", "!!!");

        result.ExitCode.Should().Be(2);
        result.StderrLines.Should().ContainSingle();
    }

    [Fact]
    public void WritesAnArrayOfRecordsInRankOrderGivenJson()
    {
        CliResult result = Tool.Run("search", "timeout", "--json");

        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        json.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetInt32()).Take(2).Should().Equal(408, 504);
    }
}
