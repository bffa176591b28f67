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

    /// <summary>Table/HttpStatusCatalog.Table.cs: one named member per entry, each built by Define with every fact of its entry.</summary>
    public static string CatalogTable(StatusTable table)
    {
        var s = new StringBuilder(Header);
        s.Append("using System.Collections.Generic;\n\n");
        s.Append("namespace HttpStatusKit;\n\n");
        s.Append("public static partial class HttpStatusCatalog\n{\n");
        s.Append("    // Declared before the members: static initialisers run in textual order within a file, so each Define below appends to them in turn.\n");
        s.Append(CultureInfo.InvariantCulture, $"    private static readonly List<HttpStatusInfo> s_definitions = new({table.Entries.Count});\n");
        s.Append("    private static readonly List<KeyValuePair<string, HttpStatusInfo>> s_aliases = [];\n");
        StatusEntry? previous = null;
        foreach (StatusEntry e in table.Entries)
        {
            s.Append('\n');
            MemberHeader(s, previous, e);
            previous = e;
            s.Append(CultureInfo.InvariantCulture, $"    public static HttpStatusInfo {e.Name} {{ get; }} = Define(\n");
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

        if (e.Aliases.Count > 0)
        {
            yield return "aliases: [" + string.Join(", ", e.Aliases.Select(Literal)) + "]";
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

    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal) + "\"";

    private static string Xml(string text) => text.Replace("&", "&amp;", System.StringComparison.Ordinal).Replace("<", "&lt;", System.StringComparison.Ordinal).Replace(">", "&gt;", System.StringComparison.Ordinal);
}
