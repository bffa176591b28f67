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

    /// <summary>Writes everything the catalog knows about one status.</summary>
    public override void WriteRecord(HttpStatusInfo info)
    {
        output.WriteLine(style.ForCategory(info.Category, info.ToString()));
        output.WriteLine();
        string category = Title(info.Category);
        if (info.EquivalentCode != info.Code)
        {
            category += ", handled as " + HttpStatusCatalog.Describe(info.EquivalentCode);
        }

        WriteField("Category", category);
        WriteField("Registration", Registration(info.Registration));
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

    /// <summary>Writes one line per record: code, reason phrase (with its registration when not registered) and category.</summary>
    public override void WriteList(IReadOnlyList<HttpStatusInfo> infos)
    {
        string[] phrases = infos.Select(PhraseWithRegistration).ToArray();
        int phraseWidth = Math.Max("Reason phrase".Length, phrases.Length == 0 ? 0 : phrases.Max(p => p.Length));
        output.WriteLine(style.Dim("Code  " + "Reason phrase".PadRight(phraseWidth) + "  Category"));
        for (int i = 0; i < infos.Count; i++)
        {
            HttpStatusInfo info = infos[i];
            output.WriteLine(
                style.ForCategory(info.Category, info.Code.ToString(CultureInfo.InvariantCulture))
                + "   " + phrases[i].PadRight(phraseWidth) + "  " + EnumNames.Of(info.Category));
        }
    }

    /// <summary>Writes search hits: the status line and the first sentence of the description, best first.</summary>
    public override void WriteHits(IReadOnlyList<HttpStatusInfo> hits)
    {
        foreach (HttpStatusInfo info in hits)
        {
            output.WriteLine(style.ForCategory(info.Category, info.ToString()));
            WriteParagraph(info.Summary);
        }
    }

    /// <summary>The class in words with its range, such as <c>Client Error (4xx)</c>.</summary>
    public static string Title(HttpStatusCategory category) => $"{category.ToDisplayName()} ({(int)category}xx)";

    /// <summary>The reason phrase, followed by the registration in parentheses unless the code is simply registered.</summary>
    private static string PhraseWithRegistration(HttpStatusInfo info) =>
        info.Registration == HttpStatusRegistration.Registered
            ? info.ReasonPhrase
            : info.ReasonPhrase + " (" + EnumNames.Of(info.Registration) + ")";

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

    private void WriteParagraph(string text)
    {
        foreach (string line in Wrap(text, Width - 2))
        {
            output.WriteLine("  " + line);
        }
    }
}
