using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace HttpStatusKit.Tests.Support;

/// <summary>
/// An independent model of what <see cref="HttpStatusCatalog.TryFind(string?, out HttpStatusInfo?)"/> documents, written
/// with a regular expression and dictionaries rather than the library's single pass, for property tests to compare with:
/// <list type="bullet">
/// <item>ASCII white space around the text is ignored;</item>
/// <item>an optional HTTP-version (<c>HTTP/d</c> or <c>HTTP/d.d</c>, any case) followed by white space may come first,
/// and then a code must follow;</item>
/// <item>text starting with an ASCII digit is a code: exactly three ASCII digits of a catalog code, then nothing; or
/// ASCII white space and any reason phrase at all, unless it is a spelling of another code and not a legacy phrase of
/// this one (a status line, RFC 9112, Section 4); or another ASCII character that is not a letter or digit followed by
/// nothing but ASCII punctuation or by a spelling of the same code;</item>
/// <item>other text must be a phrase (current, former or legacy), a record name or a <see cref="HttpStatusCode"/> member
/// name, compared after dropping every ASCII character that is not a letter or digit and ignoring ASCII case; any
/// non-ASCII character makes it unmatchable. A legacy phrase that is another code's registered spelling (JDK's 302
/// "Temporary Redirect") finds that other code.</item>
/// </list>
/// </summary>
public static partial class TextModel
{
    private static readonly HashSet<(string Key, int Code)> s_legacy = BuildLegacy();
    private static readonly Dictionary<string, int> s_keys = BuildKeys();

    /// <summary>Every phrase and name the catalog answers to, each with the code the text alone finds.</summary>
    public static IReadOnlyDictionary<string, int> Keys => s_keys;

    /// <summary>Whether the text is a spelling of the code: a key that finds it, or one of its legacy phrases.</summary>
    public static bool IsSpellingOf(string text, int code) =>
        Normalize(text) is { } key && ((s_keys.TryGetValue(key, out int found) && found == code) || s_legacy.Contains((key, code)));

    /// <summary>The code the text names according to the documented rules, or null.</summary>
    public static int? Expected(string text)
    {
        string trimmed = text.Trim(' ', '\t', '\r', '\n', '\v', '\f');
        Match version = HttpVersion().Match(trimmed);
        if (version.Success)
        {
            trimmed = version.Groups["rest"].Value;
        }
        else if (trimmed.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase) && trimmed.Length >= 6 && IsAsciiDigit(trimmed[5]))
        {
            return null; // A version not followed by white space and a code.
        }

        if (trimmed.Length > 0 && IsAsciiDigit(trimmed[0]))
        {
            return ExpectedStatusLine(trimmed);
        }

        return Normalize(trimmed) is { } key && s_keys.TryGetValue(key, out int code) ? code : null;
    }

    /// <summary>Lower-cased ASCII letters and digits of the text; null when it holds a non-ASCII character.</summary>
    public static string? Normalize(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return null;
            }

            if (IsAsciiDigit(c) || char.IsAsciiLetter(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static int? ExpectedStatusLine(string text)
    {
        if (text.Length < 3 || !IsAsciiDigit(text[1]) || !IsAsciiDigit(text[2]) || (text.Length > 3 && char.IsAsciiLetterOrDigit(text[3])))
        {
            return null;
        }

        int code = int.Parse(text.AsSpan(0, 3), System.Globalization.CultureInfo.InvariantCulture);
        if (!HttpStatusCatalog.All.Any(i => i.Code == code))
        {
            return null;
        }

        string rest = text[3..];
        if (rest.Length == 0)
        {
            return code;
        }

        if (IsAsciiWhiteSpace(rest[0]))
        {
            // A status line: the reason phrase is optional and a client ignores it, so only a spelling of another code rejects it.
            bool namesAnother = Normalize(rest) is { } key && s_keys.ContainsKey(key) && !IsSpellingOf(rest, code);
            return namesAnother ? null : code;
        }

        if (rest.All(c => c < 0x80 && !char.IsAsciiLetterOrDigit(c)))
        {
            return code;
        }

        return IsSpellingOf(rest, code) ? code : null;
    }

    private static bool IsAsciiWhiteSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\v' or '\f';

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static Dictionary<string, int> BuildKeys()
    {
        // Registered spellings first; a legacy phrase only where no code has the text registered.
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            IEnumerable<string> names = new[] { info.ReasonPhrase, info.Name }.Concat(info.FormerReasonPhrases.Select(f => f.Phrase));
            foreach (string name in names)
            {
                keys[Normalize(name)!] = info.Code;
            }
        }

        foreach (string name in Enum.GetNames<HttpStatusCode>())
        {
            keys[Normalize(name)!] = (int)Enum.Parse<HttpStatusCode>(name);
        }

        foreach ((string key, int code) in s_legacy)
        {
            keys.TryAdd(key, code);
        }

        return keys;
    }

    private static HashSet<(string, int)> BuildLegacy() =>
        HttpStatusCatalog.All.SelectMany(i => i.LegacyReasonPhrases.Select(l => (Normalize(l.Phrase)!, i.Code))).ToHashSet();

    [GeneratedRegex(@"^[Hh][Tt][Tt][Pp]/[0-9](\.[0-9])?[ \t\r\n\v\f]+(?<rest>[0-9].*)\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HttpVersion();
}
