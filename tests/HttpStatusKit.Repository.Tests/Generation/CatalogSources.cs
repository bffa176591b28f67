using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace HttpStatusKit.RepositoryTests.Generation;

/// <summary>The C# and PublicAPI lines generated from the status table.</summary>
public static class CatalogSources
{
    private const string Header =
        "// Generated from StatusTable.yaml in this folder; do not edit by hand. After editing the table, run\n" +
        "//   HTTPSTATUSKIT_UPDATE=1 dotnet test tests/HttpStatusKit.Repository.Tests\n" +
        "// (see ARCHITECTURE.md).\n";

    /// <summary>
    /// Table/HttpStatusCatalog.Table.cs: one named member per entry, each record built by its own Define call in its own
    /// method, and every text the lookup by text answers to in one constant. Nothing here runs until a record or a text
    /// lookup needs it, and then only the method of that record: a first lookup compiles and builds one record, not the table.
    /// </summary>
    public static string CatalogTable(StatusTable table)
    {
        var s = new StringBuilder(Header);
        s.Append("namespace HttpStatusKit;\n\n");
        s.Append("public static partial class HttpStatusCatalog\n{\n");
        s.Append("\n    // The record of a catalog code, or null for any other value.\n");
        s.Append("    private static HttpStatusInfo? Create(int code) => code switch\n    {\n");
        foreach (StatusEntry e in table.Entries)
        {
            s.Append(CultureInfo.InvariantCulture, $"        {e.Code} => Create{e.Code}(),\n");
        }

        s.Append("        _ => null,\n    };\n");
        StatusEntry? previous = null;
        foreach (StatusEntry e in table.Entries)
        {
            s.Append('\n');
            MemberHeader(s, previous, e);
            previous = e;
            s.Append(CultureInfo.InvariantCulture, $"    public static HttpStatusInfo {e.Name} => Record({e.Code});\n\n");
            s.Append(CultureInfo.InvariantCulture, $"    private static HttpStatusInfo Create{e.Code}() => Define(\n");
            s.Append(CultureInfo.InvariantCulture, $"        {e.Code}, nameof({e.Name}), {Literal(e.Phrase!)}, {Reference.Parse(e.Specification!).ToCSharp()},\n");
            foreach (string argument in OptionalArguments(e))
            {
                s.Append("        ").Append(argument).Append(",\n");
            }

            s.Append("        description: ").Append(Literal(e.Description!)).Append(",\n");
            s.Append("        whenToExpect: ").Append(Literal(e.WhenToExpect!)).Append(");\n");
        }

        s.Append("}\n");
        return s.ToString();
    }

    /// <summary>Table/HttpStatus.cs: one constant per entry.</summary>
    public static string Constants(StatusTable table)
    {
        var s = new StringBuilder(Header);
        s.Append("""
            namespace HttpStatusKit;

            /// <summary>
            /// Every catalog status code as a <see langword="const"/> <see cref="int"/>, for <c>case</c> labels and attribute
            /// arguments: <c>case HttpStatus.NotFound:</c>, <c>[ProducesResponseType(HttpStatus.Created)]</c>. Each constant has the
            /// name of its <see cref="HttpStatusCatalog"/> member; the records themselves are there.
            /// </summary>
            /// <remarks>
            /// The name does not clash with <c>System.Net.HttpStatusCode</c> or ASP.NET Core's <c>Microsoft.AspNetCore.Http.StatusCodes</c>,
            /// so all three namespaces can be imported together.
            /// </remarks>
            public static class HttpStatus
            {

            """);
        StatusEntry? previous = null;
        foreach (StatusEntry e in table.Entries)
        {
            if (previous is not null)
            {
                s.Append('\n');
            }

            MemberHeader(s, previous, e);
            previous = e;
            s.Append(CultureInfo.InvariantCulture, $"    public const int {e.Name} = {e.Code};\n");
        }

        s.Append("}\n");
        return s.ToString();
    }

    /// <summary>
    /// Table/StatusLists.xml: the codes that share a fact, as the library's XML docs cite them through
    /// <c>&lt;include&gt;</c>, so a list of codes in the docs is never typed by hand.
    /// </summary>
    public static string Lists(StatusTable table)
    {
        var lists = new List<(string Name, IEnumerable<StatusEntry> Entries)>
        {
            ("heuristically-cacheable", table.Entries.Where(e => e.HeuristicallyCacheable)),
            ("must-not-be-stored", table.Entries.Where(e => e.MustNotBeStored)),
            ("content-never", table.Entries.Where(e => e.Content == "never")),
            ("content-must-be-empty", table.Entries.Where(e => e.Content == "must-be-empty")),
            ("deprecated", table.Entries.Where(e => e.Deprecated)),
        };
        foreach (string method in new[] { "may-change-to-get", "changes-to-get", "preserved" })
        {
            lists.Add(("redirect-" + method, table.Entries.Where(e => e.RedirectMethod == method)));
        }

        foreach (string advice in Enum.GetNames<HttpRetryAdvice>().Select(StatusTable.Kebab).Where(a => a is not "not-applicable" and not "do-not-retry"))
        {
            lists.Add(("retry-" + advice, table.Entries.Where(e => e.RetryAdvice == advice)));
        }

        var s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        s.Append("<!-- Generated from StatusTable.yaml in this folder; do not edit by hand (see ARCHITECTURE.md). -->\n");
        s.Append("<lists>\n");
        foreach ((string name, IEnumerable<StatusEntry> entries) in lists)
        {
            s.Append(CultureInfo.InvariantCulture, $"  <list name=\"{name}\"><c>{Join(entries.Select(e => e.Code.ToString(CultureInfo.InvariantCulture)).ToList())}</c></list>\n");
        }

        s.Append("</lists>\n");
        return s.ToString();
    }

    /// <summary>"408", "408 and 421", "500, 502 and 504".</summary>
    private static string Join(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>The lines of PublicAPI.Unshipped.txt that the generated members need.</summary>
    public static IReadOnlyList<string> PublicApiLines(StatusTable table) =>
        table.Entries.SelectMany(e => new[]
        {
            $"const HttpStatusKit.HttpStatus.{e.Name} = {e.Code} -> int",
            $"static HttpStatusKit.HttpStatusCatalog.{e.Name}.get -> HttpStatusKit.HttpStatusInfo!",
        }).ToList();

    /// <summary>Whether a PublicAPI line is one of the generated members' (a constant of HttpStatus or a record member of HttpStatusCatalog).</summary>
    public static bool IsGeneratedApiLine(string line) =>
        (line.StartsWith("const HttpStatusKit.HttpStatus.", System.StringComparison.Ordinal) && line.EndsWith(" -> int", System.StringComparison.Ordinal))
        || (line.StartsWith("static HttpStatusKit.HttpStatusCatalog.", System.StringComparison.Ordinal) && line.EndsWith(".get -> HttpStatusKit.HttpStatusInfo!", System.StringComparison.Ordinal));

    /// <summary>
    /// Table/PhraseIndex.Table.cs: the text index as constant data, which the runtime copies into static arrays on the
    /// first lookup by text: a signature a slot, and for each slot its code, where its key starts in the text, its
    /// first spelling and how many it has; for each spelling its start and length; then the keys and spellings
    /// themselves, one slot a line.
    /// </summary>
    public static string TextIndex(StatusTable table)
    {
        TextIndexLayout layout = TextIndexLayout.Create(table);
        int size = layout.Signatures.Length;
        int bits = System.Numerics.BitOperations.Log2((uint)size);
        var s = new StringBuilder(Header);
        s.Append("namespace HttpStatusKit;\n\n");
        s.Append("// The text index of Internal/PhraseIndex.cs: every phrase, name, former phrase, alias and legacy phrase of the status\n");
        s.Append("// table, laid out when this file is generated, so that the first lookup by text builds nothing.\n");
        s.Append("internal static partial class PhraseIndex\n{\n");
        s.Append(CultureInfo.InvariantCulture, $"    // {layout.KeyCount} keys in {size} slots.\n");
        s.Append(CultureInfo.InvariantCulture, $"    private const int SlotBits = {bits};\n");
        s.Append("    private const int SlotMask = (1 << SlotBits) - 1;\n\n");
        s.Append("    // The signature weight of each ASCII character (see the remarks on PhraseIndex).\n");
        AppendArray(s, "ulong", "s_weights", layout.Weights.Select(w => w == 0 ? "0" : "0x" + w.ToString("X16", CultureInfo.InvariantCulture) + "UL"), 4);
        AppendArray(s, "ulong", "s_signatures", layout.Signatures.Select(w => w == 0 ? "0" : "0x" + w.ToString("X16", CultureInfo.InvariantCulture) + "UL"), 4);
        AppendArray(s, "ushort", "s_codes", Every(layout.Slots, 0), 16);
        AppendArray(s, "ushort", "s_keyStarts", Every(layout.Slots, 1), 16);
        AppendArray(s, "ushort", "s_firstSpellings", Every(layout.Slots, 2), 16);
        AppendArray(s, "byte", "s_spellingCounts", Every(layout.Slots, 3, byte.MaxValue), 16);
        AppendArray(s, "ushort", "s_spellingStarts", layout.Spellings.Where((_, i) => i % 2 == 0).Select(v => v.ToString(CultureInfo.InvariantCulture)), 16);
        AppendArray(s, "byte", "s_spellingLengths", layout.Spellings.Where((_, i) => i % 2 == 1).Select(v => checked((byte)v).ToString(CultureInfo.InvariantCulture)), 16);
        s.Append("    // The table of guesses: for each guess (length, first two and last three characters), one spelling that has it,\n");
        s.Append("    // in lower case, packed as its code (bits 22 to 31), its start in Text (bits 8 to 21) and its length (bits 0 to 7).\n");
        s.Append(CultureInfo.InvariantCulture, $"    // {layout.Guessable} spellings, {layout.Sharing} of them sharing an entry with one before them (the signature pass finds those).\n");
        s.Append(CultureInfo.InvariantCulture, $"    private const int GuessBits = {TextIndexLayout.GuessBits};\n");
        s.Append(CultureInfo.InvariantCulture, $"    private const ulong FrontMultiplier = 0x{TextIndexLayout.FrontMultiplier.ToString("X16", CultureInfo.InvariantCulture)}UL;\n");
        s.Append(CultureInfo.InvariantCulture, $"    private const ulong GuessMultiplier = 0x{layout.GuessMultiplier.ToString("X16", CultureInfo.InvariantCulture)}UL;\n\n");
        AppendArray(s, "uint", "s_guesses", layout.Guesses.Select(g => g.Code == 0 ? "0" : "0x" + Pack(g).ToString("X8", CultureInfo.InvariantCulture)), 8);
        s.Append("    // The ends filter: one bit for each key's first two and last three characters, hashed.\n");
        s.Append(CultureInfo.InvariantCulture, $"    private const int EndsBits = {TextIndexLayout.EndsBits};\n");
        s.Append(CultureInfo.InvariantCulture, $"    private const ulong EndsMultiplier = 0x{TextIndexLayout.EndsMultiplier.ToString("X16", CultureInfo.InvariantCulture)}UL;\n\n");
        AppendArray(s, "ulong", "s_ends", layout.Ends.Select(w => w == 0 ? "0" : "0x" + w.ToString("X16", CultureInfo.InvariantCulture) + "UL"), 4);
        s.Append("    private const string Text =\n");
        for (int i = 0; i < layout.Pieces.Count; i++)
        {
            (string piece, string note) = layout.Pieces[i];
            s.Append("        ").Append(Literal(piece)).Append(i == layout.Pieces.Count - 1 ? "; // " : " + // ").Append(note).Append('\n');
        }

        s.Append("}\n");
        return s.ToString();
    }

    /// <summary>An entry of the table of guesses in one value: code, start and length.</summary>
    private static uint Pack((ushort Code, ushort Start, byte Length) guess) =>
        guess.Code < 1 << 10 && guess.Start < 1 << 14
            ? ((uint)guess.Code << 22) | ((uint)guess.Start << 8) | guess.Length
            : throw new System.InvalidOperationException($"{guess} does not fit an entry of the table of guesses.");

    private static IEnumerable<string> Every(ushort[] values, int offset, int max = ushort.MaxValue) =>
        values.Where((_, i) => i % 4 == offset).Select(v => v <= max ? v.ToString(CultureInfo.InvariantCulture) : throw new System.InvalidOperationException($"{v} does not fit."));

    private static void AppendArray(StringBuilder s, string type, string name, IEnumerable<string> values, int perLine)
    {
        s.Append(CultureInfo.InvariantCulture, $"    private static readonly {type}[] {name} =\n    [\n");
        foreach (string[] line in values.Chunk(perLine))
        {
            s.Append("        ").Append(string.Join(", ", line)).Append(",\n");
        }

        s.Append("    ];\n\n");
    }

    /// <summary>The comment that opens each class ("// 4xx Client Error") before its first entry, then the entry's XML summary.</summary>
    private static void MemberHeader(StringBuilder s, StatusEntry? previous, StatusEntry e)
    {
        int digit = e.Code / 100;
        if (previous is null || previous.Code / 100 != digit)
        {
            s.Append(CultureInfo.InvariantCulture, $"    // {digit}xx {((HttpStatusCategory)digit).ToDisplayName()}\n");
        }

        s.Append(CultureInfo.InvariantCulture, $"    /// <summary>{Summary(e)}</summary>\n");
    }

    private static string Summary(StatusEntry e) => $"{e.Code} {Xml(e.Phrase!)}, {Xml(e.Specification!)}.";

    private static IEnumerable<string> OptionalArguments(StatusEntry e)
    {
        string where = "entry " + e.Code.ToString(CultureInfo.InvariantCulture);
        if (e.Registration is not null)
        {
            yield return "registration: HttpStatusRegistration." + StatusTable.EnumValue<HttpStatusRegistration>(e.Registration, where);
        }

        if (e.RegistrationExpires is not null)
        {
            DateTime date = StatusTable.Date(e.RegistrationExpires, where);
            yield return $"registrationExpires: Date({date.Year.ToString(CultureInfo.InvariantCulture)}, {date.Month.ToString(CultureInfo.InvariantCulture)}, {date.Day.ToString(CultureInfo.InvariantCulture)})";
        }

        if (e.FormerPhrases.Count > 0)
        {
            yield return "former: [" + string.Join(", ", e.FormerPhrases.Select(f => $"Former({Literal(f.Phrase!)}, {Reference.Parse(f.Specification!).ToCSharp()})")) + "]";
        }

        if (e.LegacyPhrases.Count > 0)
        {
            yield return "legacy: [" + string.Join(", ", e.LegacyPhrases.Select(l => $"Legacy({Literal(l.Phrase!)}, {Literal(l.UsedBy!)})")) + "]";
        }

        if (e.HeuristicallyCacheable)
        {
            yield return "heuristicallyCacheable: true";
        }

        if (e.MustNotBeStored)
        {
            yield return "mustNotBeStored: true";
        }

        if (e.Content is not null)
        {
            yield return "content: HttpContentRule." + StatusTable.EnumValue<HttpContentRule>(e.Content, where);
        }

        if (e.RedirectMethod is not null)
        {
            yield return "redirectMethod: HttpRedirectMethod." + StatusTable.EnumValue<HttpRedirectMethod>(e.RedirectMethod, where);
        }

        if (e.Deprecated)
        {
            yield return "deprecated: true";
        }

        if (e.ExpectedHeaders.Count > 0)
        {
            yield return "expectedHeaders: [" + string.Join(", ", e.ExpectedHeaders.Select(h =>
                $"Header({Literal(h.Name!)}, HttpHeaderRequirement.{StatusTable.EnumValue<HttpHeaderRequirement>(h.Requirement!, where)}, {(h.Condition is null ? "null" : Literal(h.Condition))}, {Reference.Parse(h.Specification!).ToCSharp()})")) + "]";
        }

        if (e.RetryAdvice is not null)
        {
            yield return "retryAdvice: HttpRetryAdvice." + StatusTable.EnumValue<HttpRetryAdvice>(e.RetryAdvice, where);
        }
    }

    private static string Literal(string text) =>
        "\"" + text.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal).Replace("\n", "\\n", System.StringComparison.Ordinal) + "\"";

    private static string Xml(string text) => text.Replace("&", "&amp;", System.StringComparison.Ordinal).Replace("<", "&lt;", System.StringComparison.Ordinal).Replace(">", "&gt;", System.StringComparison.Ordinal);
}
