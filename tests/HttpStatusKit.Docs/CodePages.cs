using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace HttpStatusKit.Docs;

/// <summary>
/// Writes the site's pages about codes: one per catalog code (<c>404.md</c>), one per class (<c>4xx.md</c>), one per
/// unofficial code (<c>unofficial/nginx-499.md</c>), their indexes and a table of contents. Every fact on a page is read
/// from a record of <see cref="HttpStatusCatalog"/> or <see cref="UnofficialStatusCatalog"/>; nothing is typed here.
/// </summary>
internal static class CodePages
{
    /// <summary>The folder under docs/ that the pages are written to, and the site path they are served from.</summary>
    public const string Folder = "codes";

    private static readonly HttpStatusCategory[] s_categories =
        [HttpStatusCategory.Informational, HttpStatusCategory.Success, HttpStatusCategory.Redirection, HttpStatusCategory.ClientError, HttpStatusCategory.ServerError];

    /// <summary>The pages by path relative to the codes folder, with '/' separators.</summary>
    public static IReadOnlyDictionary<string, string> Build()
    {
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            pages[info.Code.ToString(CultureInfo.InvariantCulture) + ".md"] = CodePage(info);
        }

        foreach (HttpStatusCategory category in s_categories)
        {
            pages[ClassFile(category)] = ClassPage(category);
        }

        foreach (UnofficialStatusInfo info in UnofficialStatusCatalog.All)
        {
            pages["unofficial/" + UnofficialFile(info)] = UnofficialPage(info);
        }

        pages["index.md"] = IndexPage();
        pages["unofficial/index.md"] = UnofficialIndexPage();
        pages["toc.yml"] = Toc();
        return pages;
    }

    /// <summary>Writes the pages into <paramref name="folder"/>, replacing what a previous run left there.</summary>
    public static int Write(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        IReadOnlyDictionary<string, string> pages = Build();
        foreach (KeyValuePair<string, string> page in pages)
        {
            string path = Path.Combine(folder, page.Key.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, page.Value, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        return pages.Count;
    }

    /// <summary>The file name of a class page, such as <c>4xx.md</c>.</summary>
    public static string ClassFile(HttpStatusCategory category) => ((int)category).ToString(CultureInfo.InvariantCulture) + "xx.md";

    /// <summary>The file name of an unofficial code's page, such as <c>nginx-499.md</c>: the vendor member in lower case and the code.</summary>
    public static string UnofficialFile(UnofficialStatusInfo info) =>
        info.Vendor.ToString().ToLowerInvariant() + "-" + info.Code.ToString(CultureInfo.InvariantCulture) + ".md";

    private static string CodePage(HttpStatusInfo info)
    {
        StringBuilder page = StartPage("status-" + info.Code.ToString(CultureInfo.InvariantCulture), info.ToString());
        Line(page);
        Line(page, Escape(info.Description));
        Line(page);
        Line(page, "| Fact | Value |");
        Line(page, "| --- | --- |");
        Row(page, "Code", info.Code.ToString(CultureInfo.InvariantCulture));
        Row(page, "Reason phrase", Escape(info.ReasonPhrase));
        Row(page, "Class", $"[{ClassTitle(info.Category)}]({ClassFile(info.Category)})");
        Row(page, "Registration", Registration(info));
        Row(page, "Specification", Link(info.Specification));
        Row(page, "Former reason phrases", info.FormerReasonPhrases.Count == 0
            ? "none"
            : string.Join("; ", info.FormerReasonPhrases.Select(f => $"\"{Escape(f.Phrase)}\" ({Link(f.Specification)})")));
        Row(page, "Legacy reason phrases", info.LegacyReasonPhrases.Count == 0
            ? "none"
            : string.Join("; ", info.LegacyReasonPhrases.Select(l => $"\"{Escape(l.Phrase)}\" ({Escape(l.UsedBy)})")));
        Row(page, "Constant", $"<xref:HttpStatusKit.HttpStatus.{info.Name}?displayProperty=fullName>");
        Row(page, "Record", $"<xref:HttpStatusKit.HttpStatusCatalog.{info.Name}?displayProperty=fullName>");
        Line(page);
        Line(page, "## When to expect it");
        Line(page);
        Line(page, Escape(info.WhenToExpect));
        Line(page);
        Line(page, "## Semantics");
        Line(page);
        Line(page, "| Property | Value |");
        Line(page, "| --- | --- |");
        Row(page, Member("IsInterim"), Flag(info.IsInterim));
        Row(page, Member("IsFinal"), Flag(info.IsFinal));
        Row(page, Member("IsHeuristicallyCacheable"), Flag(info.IsHeuristicallyCacheable));
        Row(page, Member("MustNotBeStored"), Flag(info.MustNotBeStored));
        Row(page, Member("ContentRule"), EnumValue(info.ContentRule));
        Row(page, Member("RedirectMethod"), EnumValue(info.RedirectMethod));
        Row(page, Member("IsDeprecated"), Flag(info.IsDeprecated));
        Line(page);
        if (info.ExpectedHeaders.Count == 0)
        {
            Line(page, "The specifications ask for no particular header field with this status.");
        }
        else
        {
            Line(page, "Header fields the specifications ask for with this status (" + Member("ExpectedHeaders") + "):");
            Line(page);
            Line(page, "| Field | Requirement | Condition | Specification |");
            Line(page, "| --- | --- | --- | --- |");
            foreach (HttpHeaderExpectation header in info.ExpectedHeaders)
            {
                Line(page, $"| {Escape(header.Name)} | {EnumValue(header.Requirement)} | {(header.Condition is null ? "always" : Escape(header.Condition))} | {Link(header.Specification)} |");
            }
        }

        Line(page);
        Line(page, "## Retry advice");
        Line(page);
        Line(page, $"{Member("RetryAdvice")}: {EnumValue(info.RetryAdvice)}. See [Retry advice](../articles/retry-advice.md).");
        Line(page);
        Line(page, "## Problem Details");
        Line(page);
        Line(page, "| Member | Value |");
        Line(page, "| --- | --- |");
        Row(page, Member("ProblemType"), $"<{info.ProblemType.AbsoluteUri}>");
        Row(page, Member("ProblemTitle"), Escape(info.ProblemTitle));
        Line(page);
        Line(page, "See [Problem Details](../articles/problem-details.md).");
        IReadOnlyList<UnofficialStatusInfo> unofficial = UnofficialStatusCatalog.GetAll(info.Code);
        if (unofficial.Count > 0)
        {
            Line(page);
            Line(page, "## Unofficial uses of the code");
            Line(page);
            Line(page, "Some software sends this code with a meaning of its own; the registered meaning above is the standard one.");
            Line(page);
            foreach (UnofficialStatusInfo other in unofficial)
            {
                Line(page, $"- [{Escape(other.ToString())}](unofficial/{UnofficialFile(other)})");
            }
        }

        return page.ToString();
    }

    private static string ClassPage(HttpStatusCategory category)
    {
        int first = (int)category;
        StringBuilder page = StartPage("status-" + first.ToString(CultureInfo.InvariantCulture) + "xx", first.ToString(CultureInfo.InvariantCulture) + "xx " + category.ToDisplayName());
        Line(page);
        Line(page, $"The codes of the class {EnumValue(category)} in <xref:HttpStatusKit.HttpStatusCatalog>, ascending. A code of this class that is not listed is unassigned; a client handles it as {first}00.");
        Line(page);
        CodeTable(page, HttpStatusCatalog.All.Where(i => i.Category == category), "");
        List<UnofficialStatusInfo> unofficial = [.. UnofficialStatusCatalog.All.Where(i => i.Category == category)];
        if (unofficial.Count > 0)
        {
            Line(page);
            Line(page, "## Unofficial codes of this class");
            Line(page);
            UnofficialTable(page, unofficial, "unofficial/");
        }

        return page.ToString();
    }

    private static string IndexPage()
    {
        StringBuilder page = StartPage("status-codes", "Status codes");
        Line(page);
        Line(page, $"Every code of <xref:HttpStatusKit.HttpStatusCatalog>, {HttpStatusCatalog.All.Count} in all, by class, and the [unofficial codes](unofficial/index.md) of <xref:HttpStatusKit.UnofficialStatusCatalog>.");
        foreach (HttpStatusCategory category in s_categories)
        {
            Line(page);
            Line(page, $"## [{(int)category}xx {Escape(category.ToDisplayName())}]({ClassFile(category)})");
            Line(page);
            CodeTable(page, HttpStatusCatalog.All.Where(i => i.Category == category), "");
        }

        return page.ToString();
    }

    private static string UnofficialIndexPage()
    {
        StringBuilder page = StartPage("status-codes-unofficial", "Unofficial codes");
        Line(page);
        Line(page, $"Codes outside the IANA registry that vendors document, from <xref:HttpStatusKit.UnofficialStatusCatalog>, {UnofficialStatusCatalog.All.Count} in all. See [Unofficial codes](../../articles/unofficial-codes.md) for how to look them up.");
        Line(page);
        UnofficialTable(page, UnofficialStatusCatalog.All, "");
        return page.ToString();
    }

    private static string UnofficialPage(UnofficialStatusInfo info)
    {
        string code = info.Code.ToString(CultureInfo.InvariantCulture);
        StringBuilder page = StartPage("status-unofficial-" + UnofficialFile(info)[..^3], info.ToString());
        Line(page);
        Line(page, Escape(info.Description));
        Line(page);
        Line(page, "| Fact | Value |");
        Line(page, "| --- | --- |");
        Row(page, "Code", code);
        Row(page, "Reason phrase", info.ReasonPhrase is null ? "none documented" : Escape(info.ReasonPhrase));
        Row(page, "Other phrases", info.AlternativeReasonPhrases.Count == 0 ? "none" : string.Join("; ", info.AlternativeReasonPhrases.Select(p => "\"" + Escape(p) + "\"")));
        Row(page, "Vendor", $"{Escape(info.VendorName)} ({EnumValue(info.Vendor)})");
        Row(page, "Class", $"[{ClassTitle(info.Category)}](../{ClassFile(info.Category)})");
        Row(page, "Source", Escape(info.Source));
        Row(page, "Registered code", info.ConflictsWith is null
            ? "none: the code is not in the IANA registry"
            : $"[{Escape(info.ConflictsWith.ToString())}](../{info.ConflictsWith.Code.ToString(CultureInfo.InvariantCulture)}.md), the standard meaning");
        Line(page);
        HttpStatusInfo standard = HttpStatusCatalog.Describe(info.Code);
        Line(page, info.ConflictsWith is null
            ? $"A client that does not know the vendor's meaning handles the response as {standard.EquivalentCode}, the x00 code of its class (RFC 9110, Section 15): see [{ClassTitle(info.Category)}](../{ClassFile(info.Category)})."
            : $"A client that does not know the vendor's meaning handles the response by the registered meaning, [{Escape(info.ConflictsWith.ToString())}](../{info.ConflictsWith.Code.ToString(CultureInfo.InvariantCulture)}.md).");
        return page.ToString();
    }

    private static string Toc()
    {
        var toc = new StringBuilder();
        Line(toc, "- name: All codes");
        Line(toc, "  href: index.md");
        foreach (HttpStatusCategory category in s_categories)
        {
            Line(toc, $"- name: {Yaml((int)category + "xx " + category.ToDisplayName())}");
            Line(toc, $"  href: {ClassFile(category)}");
            Line(toc, "  items:");
            foreach (HttpStatusInfo info in HttpStatusCatalog.All.Where(i => i.Category == category))
            {
                Line(toc, $"  - name: {Yaml(info.ToString())}");
                Line(toc, $"    href: {info.Code.ToString(CultureInfo.InvariantCulture)}.md");
            }
        }

        Line(toc, "- name: Unofficial codes");
        Line(toc, "  href: unofficial/index.md");
        Line(toc, "  items:");
        foreach (UnofficialStatusInfo info in UnofficialStatusCatalog.All)
        {
            Line(toc, $"  - name: {Yaml(info.ToString())}");
            Line(toc, $"    href: unofficial/{UnofficialFile(info)}");
        }

        return toc.ToString();
    }

    private static void CodeTable(StringBuilder page, IEnumerable<HttpStatusInfo> records, string prefix)
    {
        Line(page, "| Code | Reason phrase | Summary | Specification |");
        Line(page, "| --- | --- | --- | --- |");
        foreach (HttpStatusInfo info in records)
        {
            Line(page, $"| [{info.Code}]({prefix}{info.Code}.md) | {Escape(info.ReasonPhrase)} | {Escape(info.Summary)} | {Link(info.Specification)} |");
        }
    }

    private static void UnofficialTable(StringBuilder page, IEnumerable<UnofficialStatusInfo> records, string prefix)
    {
        Line(page, "| Code | Reason phrase | Vendor | Summary |");
        Line(page, "| --- | --- | --- | --- |");
        foreach (UnofficialStatusInfo info in records)
        {
            Line(page, $"| [{info.Code}]({prefix}{UnofficialFile(info)}) | {(info.ReasonPhrase is null ? "" : Escape(info.ReasonPhrase))} | {Escape(info.VendorName)} | {Escape(info.Summary)} |");
        }
    }

    /// <summary>A class's title, such as <c>4xx Client Error</c>.</summary>
    private static string ClassTitle(HttpStatusCategory category) => ((int)category).ToString(CultureInfo.InvariantCulture) + "xx " + Escape(category.ToDisplayName());

    private static string Registration(HttpStatusInfo info) =>
        info.RegistrationExpires is DateTime expires
            ? $"{EnumValue(info.Registration)}, expires {expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : EnumValue(info.Registration);

    private static string Link(SpecificationReference reference) => $"[{Escape(reference.ToString())}]({reference.Uri.AbsoluteUri})";

    private static string Member(string property) => $"<xref:HttpStatusKit.HttpStatusInfo.{property}?text={property}>";

    private static string EnumValue<T>(T value)
        where T : struct, Enum =>
        $"<xref:HttpStatusKit.{typeof(T).Name}.{value}?text={value}>";

    private static string Flag(bool value) => value ? "yes" : "no";

    private static void Row(StringBuilder page, string name, string value) => Line(page, $"| {name} | {value} |");

    private static void Line(StringBuilder page, string text = "") => page.Append(text).Append('\n');

    /// <summary>Text as Markdown that renders literally: characters with a meaning in Markdown, HTML or a table cell are escaped.</summary>
    /// <summary>A page's front matter (its uid and title) and its heading, the title.</summary>
    private static StringBuilder StartPage(string uid, string title)
    {
        var page = new StringBuilder();
        Line(page, "---");
        Line(page, "uid: " + uid);
        Line(page, "title: " + Yaml(title));
        Line(page, "---");
        Line(page, "# " + Escape(title));
        return page;
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\n' or '\r':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>A YAML scalar in double quotes.</summary>
    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
