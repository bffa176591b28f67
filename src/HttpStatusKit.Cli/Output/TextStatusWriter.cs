using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace HttpStatusKit.Cli;

/// <summary>The human-readable output: the full record, the search hits, and the compact one-line-per-code list.</summary>
internal sealed class TextStatusWriter(TextWriter output, OutputStyle style) : StatusWriter
{
    /// <summary>The width that paragraphs are wrapped to.</summary>
    public const int Width = 80;

    private const int LabelWidth = 15;

    /// <summary>
    /// Writes a lookup. Found through the standard reading: the whole record, then each vendor meaning of the code
    /// under a heading that marks them as not standard. Found through a vendor's phrase: that vendor meaning, with the
    /// code's standing in the registry.
    /// </summary>
    public override void WriteRecord(StatusAnswer answer)
    {
        if (answer.ByVendor)
        {
            WriteVendorMeanings(answer.VendorMeanings);
            return;
        }

        WriteStandard(answer.Standard);
        if (answer.VendorMeanings.Count == 0 && answer.Vendor is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(style.Bold("Vendor meanings (not standard)"));
        if (answer.VendorMeanings.Count == 0)
        {
            WriteParagraph($"No {StatusQuery.VendorName(answer.Vendor!.Value)} meaning of {answer.Standard.Code.ToString(CultureInfo.InvariantCulture)} is known; the standard meaning above applies.");
            return;
        }

        output.WriteLine();
        WriteVendorMeanings(answer.VendorMeanings);
    }

    /// <summary>Writes one line per record: code, reason phrase (with its registration when not registered) and category.</summary>
    public override void WriteList(IReadOnlyList<StatusAnswer> answers) =>
        WriteColumns(
            ["Reason phrase", "Category"],
            answers.Select(a => (a.Standard.Category, a.Standard.Code, new[] { PhraseWithRegistration(a.Standard), EnumNames.Of(a.Standard.Category) })));

    /// <summary>Writes one line per vendor meaning: code, reason phrase (with the registered status it clashes with), vendor and category.</summary>
    public override void WriteUnofficialList(IReadOnlyList<UnofficialStatusInfo> meanings) =>
        WriteColumns(
            ["Reason phrase", "Vendor", "Category"],
            meanings.Select(m => (m.Category, m.Code, new[] { VendorPhrase(m), m.VendorName, EnumNames.Of(m.Category) })));

    /// <summary>
    /// Writes search hits, best first: the status line and the first sentence of the description; for a hit through a
    /// vendor meaning, the vendor's status line, which names the vendor and says unofficial, and its first sentence.
    /// </summary>
    public override void WriteHits(IReadOnlyList<StatusAnswer> hits)
    {
        foreach (StatusAnswer hit in hits)
        {
            if (hit.ByVendor)
            {
                foreach (UnofficialStatusInfo meaning in hit.VendorMeanings)
                {
                    output.WriteLine(style.ForCategory(meaning.Category, meaning.ToString()));
                    WriteParagraph(meaning.Summary);
                }
            }
            else
            {
                output.WriteLine(style.ForCategory(hit.Standard.Category, hit.Standard.ToString()));
                WriteParagraph(hit.Standard.Summary);
            }
        }
    }

    /// <summary>The class in words with its range, such as <c>Client Error (4xx)</c>.</summary>
    public static string Title(HttpStatusCategory category) => $"{category.ToDisplayName()} ({(int)category}xx)";

    /// <summary>The reason phrase, followed by the registration in parentheses unless the code is simply registered.</summary>
    private static string PhraseWithRegistration(HttpStatusInfo info) =>
        info.Registration == HttpStatusRegistration.Registered
            ? info.ReasonPhrase
            : info.ReasonPhrase + " (" + EnumNames.Of(info.Registration) + ")";

    /// <summary>Everything the catalog knows about one status.</summary>
    private void WriteStandard(HttpStatusInfo info)
    {
        output.WriteLine(style.ForCategory(info.Category, info.ToString()));
        output.WriteLine();
        string category = Title(info.Category);
        if (info.EquivalentCode != info.Code)
        {
            category += ", handled as " + HttpStatusCatalog.Describe(info.EquivalentCode);
        }

        WriteField("Category", category);
        WriteField("Registration", Registration(info.Registration) + (info.RegistrationExpires is DateTime expires ? ", until " + expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""));
        WriteField("Specification", info.Specification.ToString(), style.Link(info.Specification.Uri.AbsoluteUri));
        if (info.FormerReasonPhrases.Count > 0)
        {
            WriteField("Formerly", info.FormerReasonPhrases.Select(f => f.ToString()).ToArray());
        }

        if (info.LegacyReasonPhrases.Count > 0)
        {
            WriteField("Also seen as", info.LegacyReasonPhrases.Select(l => l.ToString()).ToArray());
        }

        output.WriteLine();
        output.WriteLine(style.Bold("Description"));
        WriteParagraph(info.Description);
        output.WriteLine();
        output.WriteLine(style.Bold("When to expect"));
        WriteParagraph(info.WhenToExpect);
    }

    /// <summary>
    /// Each vendor meaning: its status line, which names the vendor and says unofficial; its standing against the
    /// registry; other phrases; the source; and the description. A blank line separates two meanings.
    /// </summary>
    private void WriteVendorMeanings(IReadOnlyList<UnofficialStatusInfo> meanings)
    {
        for (int i = 0; i < meanings.Count; i++)
        {
            UnofficialStatusInfo meaning = meanings[i];
            if (i > 0)
            {
                output.WriteLine();
            }

            output.WriteLine(style.ForCategory(meaning.Category, meaning.ToString()));
            WriteWrappedField("Standing", Standing(meaning));
            if (meaning.AlternativeReasonPhrases.Count > 0)
            {
                WriteField("Also seen as", meaning.AlternativeReasonPhrases.ToArray());
            }

            WriteWrappedField("Source", meaning.Source);
            WriteParagraph(meaning.Description);
        }
    }

    /// <summary>Where a vendor's use stands: never standard, and either unassigned (handled as the x00 of its class) or clashing with a registered code.</summary>
    private static string Standing(UnofficialStatusInfo meaning)
    {
        string code = meaning.Code.ToString(CultureInfo.InvariantCulture);
        if (meaning.ConflictsWith is { } registered)
        {
            return $"not standard; {code} is registered as {registered.ReasonPhrase} ({registered.Specification}), the meaning a client assumes unless it knows {meaning.VendorName}";
        }

        HttpStatusInfo standard = HttpStatusCatalog.Describe(meaning.Code);
        return $"not standard; the IANA registry does not assign {code}, and a client that does not know {meaning.VendorName} handles it as {HttpStatusCatalog.Describe(standard.EquivalentCode)}";
    }

    /// <summary>A vendor's phrase for a list, followed by the registered phrase it clashes with; <c>(no phrase)</c> when the vendor gives none.</summary>
    private static string VendorPhrase(UnofficialStatusInfo meaning) =>
        (meaning.ReasonPhrase ?? "(no phrase)") + (meaning.ConflictsWith is { } registered ? " (registered as " + registered.ReasonPhrase + ")" : "");

    /// <summary>
    /// A table: the code, coloured by class, then the other columns, each padded to its widest cell but the last.
    /// </summary>
    private void WriteColumns(string[] headings, IEnumerable<(HttpStatusCategory Category, int Code, string[] Cells)> rows)
    {
        (HttpStatusCategory Category, int Code, string[] Cells)[] all = rows.ToArray();
        int[] widths = new int[headings.Length];
        for (int column = 0; column < headings.Length; column++)
        {
            widths[column] = Math.Max(headings[column].Length, all.Length == 0 ? 0 : all.Max(r => r.Cells[column].Length));
        }

        output.WriteLine(style.Dim("Code  " + Join(headings, widths)));
        foreach ((HttpStatusCategory category, int code, string[] cells) in all)
        {
            output.WriteLine(style.ForCategory(category, code.ToString(CultureInfo.InvariantCulture)) + "   " + Join(cells, widths));
        }

        static string Join(string[] cells, int[] widths)
        {
            var line = new StringBuilder();
            for (int i = 0; i < cells.Length; i++)
            {
                line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]) + "  ");
            }

            return line.ToString();
        }
    }

    /// <summary>Splits text into lines of at most <paramref name="width"/> characters at spaces; a longer word gets a line of its own.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string Registration(HttpStatusRegistration registration) => registration switch
    {
        HttpStatusRegistration.Registered => "Registered with IANA",
        HttpStatusRegistration.Provisional => "Provisional: registered temporarily while its specification is a draft",
        HttpStatusRegistration.Reserved => "Reserved: listed by IANA as unused",
        HttpStatusRegistration.Obsoleted => "Obsoleted: its specification is now Historic",
        HttpStatusRegistration.Unassigned => "Unassigned: not in the IANA registry",
        _ => "Invalid: not a valid HTTP status code",
    };

    private void WriteField(string label, params string[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            string prefix = i == 0 ? style.Dim((label + ":").PadRight(LabelWidth)) : new string(' ', LabelWidth);
            output.WriteLine(prefix + values[i]);
        }
    }

    /// <summary>A labelled field whose value is wrapped to the width, continued under the value.</summary>
    private void WriteWrappedField(string label, string value) => WriteField(label, Wrap(value, Width - LabelWidth).ToArray());

    private void WriteParagraph(string text)
    {
        foreach (string line in Wrap(text, Width - 2))
        {
            output.WriteLine("  " + line);
        }
    }
}
