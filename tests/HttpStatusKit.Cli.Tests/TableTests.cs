using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using HttpStatusKit.Cli.Tests.Support;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>
/// `http-status table` writes a documentation section from the catalog, in the order given. The expected output is
/// built here from the catalog's records and the format rules (GFM tables, RFC 4180, HTML), not from the tool's code.
/// </summary>
public sealed class TableTests
{
    private static readonly int[] DocumentedCodes = [200, 201, 400, 401, 404, 429, 500];

    private static string[] Args(params string[] tail) =>
        new[] { "table" }.Concat(DocumentedCodes.Select(c => c.ToString(CultureInfo.InvariantCulture))).Concat(tail).ToArray();

    [Fact]
    public void WritesTheGoldenMarkdownTableGivenTheIssueExample()
    {
        var expected = new StringBuilder();
        expected.Append("| Code | Reason phrase | Description | When to expect |\n");
        expected.Append("| --- | --- | --- | --- |\n");
        foreach (int code in DocumentedCodes)
        {
            HttpStatusInfo info = HttpStatusCatalog.Get(code);
            expected.Append(CultureInfo.InvariantCulture, $"| {code} | {Cell(info.ReasonPhrase)} | {Cell(info.Description)} | {Cell(info.WhenToExpect)} |\n");
        }

        CliResult markdown = Tool.Run(Args("--format", "markdown"));
        CliResult byDefault = Tool.Run(Args());

        markdown.ExitCode.Should().Be(0);
        markdown.Stdout.Should().Be(expected.ToString());
        byDefault.Stdout.Should().Be(expected.ToString());

        static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
    }

    [Fact]
    public void RendersAsATableOfFourColumnsGivenMarkdown()
    {
        string[] lines = Tool.Run(Args()).StdoutLines;

        lines.Should().HaveCount(2 + DocumentedCodes.Length);
        lines[1].Should().MatchRegex(@"^\|( -{3,} \|){4}$");
        foreach (string line in lines)
        {
            line.Should().StartWith("| ").And.EndWith(" |");
            UnescapedPipes(line).Should().Be(5, line);
        }
    }

    [Fact]
    public void KeepsTheOrderGivenCodesOutOfOrderAndByPhrase()
    {
        CliResult result = Tool.Run("table", "500", "Not Found", "TooManyRequests", "200");

        result.StdoutLines.Skip(2).Select(l => l.Split(' ')[1]).Should().Equal("500", "404", "429", "200");
    }

    [Fact]
    public void WritesRfc4180CsvWithTheCatalogValuesGivenCsv()
    {
        CliResult result = Tool.Run(Args("--format", "csv"));

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().EndWith("\r\n");
        List<string[]> rows = Csv.Parse(result.Stdout, "\r\n");
        rows[0].Should().Equal("Code", "Reason phrase", "Description", "When to expect");
        rows.Skip(1).Should().HaveCount(DocumentedCodes.Length);
        foreach ((string[] row, int code) in rows.Skip(1).Zip(DocumentedCodes))
        {
            HttpStatusInfo info = HttpStatusCatalog.Get(code);
            row.Should().Equal(code.ToString(CultureInfo.InvariantCulture), info.ReasonPhrase, info.Description, info.WhenToExpect);
        }
    }

    [Fact]
    public void WritesAnEncodedHtmlTableWithTheCatalogValuesGivenHtml()
    {
        CliResult result = Tool.Run("table", "418", "200", "--format", "html");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("I&#39;m a teapot").And.NotContain("I'm a teapot");
        XElement table = XElement.Parse(result.Stdout);
        table.Name.LocalName.Should().Be("table");
        table.Element("thead")!.Descendants("th").Select(t => t.Value).Should().Equal("Code", "Reason phrase", "Description", "When to expect");
        XElement[] rows = table.Element("tbody")!.Elements("tr").ToArray();
        rows.Should().HaveCount(2);
        foreach ((XElement row, int code) in rows.Zip(new[] { 418, 200 }))
        {
            HttpStatusInfo info = HttpStatusCatalog.Get(code);
            row.Elements("td").Select(t => t.Value).Should().Equal(code.ToString(CultureInfo.InvariantCulture), info.ReasonPhrase, info.Description, info.WhenToExpect);
        }
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--json")]
    [InlineData("-f", "JSON")]
    public void WritesAnArrayInTheOrderGivenGivenJson(params string[] format)
    {
        CliResult result = Tool.Run(Args(format));

        result.ExitCode.Should().Be(0);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement[] items = json.RootElement.EnumerateArray().ToArray();
        items.Select(e => e.GetProperty("code").GetInt32()).Should().Equal(DocumentedCodes);
        foreach ((JsonElement item, int code) in items.Zip(DocumentedCodes))
        {
            HttpStatusInfo info = HttpStatusCatalog.Get(code);
            item.GetProperty("reasonPhrase").GetString().Should().Be(info.ReasonPhrase);
            item.GetProperty("description").GetString().Should().Be(info.Description);
            item.GetProperty("whenToExpect").GetString().Should().Be(info.WhenToExpect);
        }
    }

    [Fact]
    public void WritesNothingAndExitsOneGivenOneUnknownStatus()
    {
        CliResult result = Tool.Run("table", "200", "999", "404");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("999");
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("one\ntwo", "one two")]
    [InlineData("plain", "plain")]
    public void EscapesTheCellGivenMarkdownSpecialText(string text, string expected)
    {
        TableOutput.EscapeMarkdownCell(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("one\r\ntwo", "\"one\r\ntwo\"")]
    public void QuotesTheFieldAsRfc4180RequiresGivenCsvSpecialText(string text, string expected)
    {
        TableOutput.QuoteCsvField(text).Should().Be(expected);
    }

    private static int UnescapedPipes(string line)
    {
        int count = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
