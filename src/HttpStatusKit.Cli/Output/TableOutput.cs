using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace HttpStatusKit.Cli;

/// <summary>The formats of <c>http-status table</c>; <c>--format</c> takes their names in kebab case (<see cref="OptionValues.TableFormat"/>).</summary>
internal enum TableFormat
{
    /// <summary>A GitHub-flavoured Markdown table.</summary>
    Markdown,

    /// <summary>RFC 4180 CSV with a header row and CRLF line ends.</summary>
    Csv,

    /// <summary>A JSON array of records.</summary>
    Json,

    /// <summary>An HTML table element.</summary>
    Html,
}

/// <summary>
/// A status-code reference for an API's documentation: one row per code, in the order given, with code, reason
/// phrase, description and when to expect it.
/// </summary>
internal static class TableOutput
{
    /// <summary>The column headings of every text format.</summary>
    public static readonly string[] Headings = ["Code", "Reason phrase", "Description", "When to expect"];

    /// <summary>Writes the table in a format.</summary>
    public static string Render(IReadOnlyList<HttpStatusInfo> infos, TableFormat format) => format switch
    {
        TableFormat.Markdown => Markdown(infos),
        TableFormat.Csv => Csv(infos),
        TableFormat.Json => JsonOutput.Records(infos.Select(i => StatusAnswer.ForStandard(i, null))) + Environment.NewLine,
        _ => Html(infos),
    };

    private static string[] Cells(HttpStatusInfo info) =>
        [info.Code.ToString(CultureInfo.InvariantCulture), info.ReasonPhrase, info.Description, info.WhenToExpect];

    private static string Markdown(IReadOnlyList<HttpStatusInfo> infos)
    {
        var text = new StringBuilder();
        AppendMarkdownRow(text, Headings);
        text.Append("| --- | --- | --- | --- |\n");
        foreach (HttpStatusInfo info in infos)
        {
            AppendMarkdownRow(text, Cells(info));
        }

        return text.ToString();
    }

    private static void AppendMarkdownRow(StringBuilder text, string[] cells)
    {
        text.Append('|');
        foreach (string cell in cells)
        {
            text.Append(' ').Append(EscapeMarkdownCell(cell)).Append(" |");
        }

        text.Append('\n');
    }

    /// <summary>Makes text safe inside a Markdown table cell: a pipe is escaped and line breaks become spaces.</summary>
    public static string EscapeMarkdownCell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace('\r', ' ');

    private static string Csv(IReadOnlyList<HttpStatusInfo> infos)
    {
        var text = new StringBuilder();
        AppendCsvRow(text, Headings);
        foreach (HttpStatusInfo info in infos)
        {
            AppendCsvRow(text, Cells(info));
        }

        return text.ToString();
    }

    private static void AppendCsvRow(StringBuilder text, string[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(QuoteCsvField(cells[i]));
        }

        text.Append("\r\n");
    }

    /// <summary>Quotes a CSV field as RFC 4180 requires: when it holds a comma, a quote or a line break, it is enclosed in quotes and each quote doubled.</summary>
    public static string QuoteCsvField(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Html(IReadOnlyList<HttpStatusInfo> infos)
    {
        var text = new StringBuilder();
        text.Append("<table>\n  <thead>\n    <tr>");
        foreach (string heading in Headings)
        {
            text.Append("<th>").Append(WebUtility.HtmlEncode(heading)).Append("</th>");
        }

        text.Append("</tr>\n  </thead>\n  <tbody>\n");
        foreach (HttpStatusInfo info in infos)
        {
            text.Append("    <tr id=\"status-").Append(info.Code.ToString(CultureInfo.InvariantCulture)).Append("\">");
            foreach (string cell in Cells(info))
            {
                text.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            text.Append("</tr>\n");
        }

        text.Append("  </tbody>\n</table>\n");
        return text.ToString();
    }
}
