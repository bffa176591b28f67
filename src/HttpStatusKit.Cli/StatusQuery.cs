using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace HttpStatusKit.Cli;

/// <summary>How a query on the command line turned out.</summary>
internal enum QueryOutcome
{
    /// <summary>The text names a status: a catalog code, or an unassigned code in 100 to 599.</summary>
    Found,

    /// <summary>The text is a number or words that name no status.</summary>
    NotFound,

    /// <summary>The text cannot be a query at all: empty, or too long.</summary>
    Usage,
}

/// <summary>The result of resolving one query: what to show, or the one-line message that explains why there is nothing.</summary>
internal sealed record QueryResult(QueryOutcome Outcome, StatusAnswer? Answer, string? Message);

/// <summary>
/// Resolves what the user typed to a status: a code, a standard phrase or name, or else a vendor's phrase, which is
/// only ever shown as that vendor's use; with a suggestion when the text is close to a known phrase.
/// </summary>
internal static class StatusQuery
{
    /// <summary>The longest text accepted as a query; longer text is refused before any matching is done.</summary>
    public const int MaxLength = 200;

    /// <summary>The longest key <see cref="Key"/> returns, longer than every phrase and name of the catalog.</summary>
    private const int KeyLength = 64;

    /// <summary>
    /// Resolves a code (<c>404</c>), a status line (<c>404 Not Found</c>), a phrase old or new, or a name; failing
    /// those, a vendor's reason phrase (<c>Client Closed Request</c>), which never stands in for a registered status.
    /// </summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="vendor">The vendor <c>--vendor</c> named, whose meanings alone are shown; null for every vendor.</param>
    public static QueryResult Resolve(string text, HttpStatusVendor? vendor = null)
    {
        if (text.Length > MaxLength)
        {
            return new(QueryOutcome.Usage, null, $"the status text is too long ({text.Length.ToString(CultureInfo.InvariantCulture)} characters; at most {MaxLength.ToString(CultureInfo.InvariantCulture)})");
        }

        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new(QueryOutcome.Usage, null, "the status is empty; give a code such as 404, a reason phrase such as \"Not Found\", or a name such as NotFound");
        }

        if (trimmed[0] == '-' && trimmed.Length > 1 && !IsAllAsciiDigits(trimmed[1..]))
        {
            return new(QueryOutcome.Usage, null, $"unknown option '{Printable(trimmed)}'");
        }

        if (IsAllAsciiDigits(trimmed) || (trimmed[0] is '-' or '+' && trimmed.Length > 1 && IsAllAsciiDigits(trimmed[1..])))
        {
            if (trimmed.Length == 3 && trimmed[0] is >= '1' and <= '5')
            {
                HttpStatusInfo standard = HttpStatusCatalog.Describe(int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture));
                return new(QueryOutcome.Found, StatusAnswer.ForStandard(standard, vendor), null);
            }

            return new(QueryOutcome.NotFound, null, $"{Printable(trimmed)} is not a valid HTTP status code; a status code is three digits from 100 to 599");
        }

        if (HttpStatusCatalog.TryFind(trimmed, out HttpStatusInfo? info))
        {
            return new(QueryOutcome.Found, StatusAnswer.ForStandard(info, vendor), null);
        }

        IReadOnlyList<UnofficialStatusInfo> byPhrase = UnofficialStatusCatalog.FindAll(trimmed);
        if (byPhrase.Count > 0)
        {
            return ResolveVendorPhrase(trimmed, byPhrase, vendor);
        }

        object? suggestion = (object?)Suggest(trimmed) ?? SuggestVendorMeaning(trimmed);
        int nonAscii = trimmed.AsSpan().IndexOfAnyExceptInRange('\0', '\u007f');
        string message = $"\"{Printable(trimmed)}\" is not a status code, reason phrase or name";
        message += suggestion is not null ? $"; did you mean {suggestion}?"
            : nonAscii >= 0 ? $"; reason phrases and names are plain ASCII, and U+{(int)trimmed[nonAscii]:X4} is not"
            : "; try 'http-status search <words>' or 'http-status list'";
        return new(QueryOutcome.NotFound, null, message);
    }

    /// <summary>The display name of a vendor, such as <c>nginx</c> or <c>AWS Elastic Load Balancing</c>, as the library gives it.</summary>
    public static string VendorName(HttpStatusVendor vendor) => UnofficialStatusCatalog.NameOf(vendor);

    /// <summary>
    /// The vendor meanings a phrase names, narrowed to <paramref name="vendor"/>. They must all be of one code, so that
    /// the answer has one standard reading; a phrase of several codes asks for the code.
    /// </summary>
    private static QueryResult ResolveVendorPhrase(string text, IReadOnlyList<UnofficialStatusInfo> byPhrase, HttpStatusVendor? vendor)
    {
        UnofficialStatusInfo[] meanings = byPhrase.Where(m => vendor is null || m.Vendor == vendor).ToArray();
        if (meanings.Length == 0)
        {
            return new(QueryOutcome.NotFound, null, $"\"{Printable(text)}\" is a phrase of {Describe(byPhrase)}, not of {VendorName(vendor!.Value)}");
        }

        if (meanings.Any(m => m.Code != meanings[0].Code))
        {
            return new(QueryOutcome.NotFound, null, $"\"{Printable(text)}\" is a phrase of {Describe(meanings)}; give the code too, such as \"{meanings[0].Code} {Printable(text)}\"");
        }

        return new(QueryOutcome.Found, StatusAnswer.ForVendorMeanings(meanings, vendor), null);

        static string Describe(IEnumerable<UnofficialStatusInfo> meanings) =>
            string.Join(" and ", meanings.Select(m => $"{m.VendorName} ({m.Code.ToString(CultureInfo.InvariantCulture)})"));
    }

    /// <summary>
    /// The catalog record whose phrase, former or legacy phrase or name is closest to the text, when it is close enough
    /// to be a typing mistake; otherwise null. A text that starts with a catalog code suggests that code.
    /// </summary>
    public static HttpStatusInfo? Suggest(string text)
    {
        if (text.Length > MaxLength)
        {
            return null;
        }

        string trimmed = text.Trim();
        if (trimmed.Length >= 3 && IsAsciiDigit(trimmed[0]) && IsAsciiDigit(trimmed[1]) && IsAsciiDigit(trimmed[2])
            && (trimmed.Length == 3 || !IsAsciiDigit(trimmed[3]))
            && HttpStatusCatalog.TryGet(int.Parse(trimmed.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture), out HttpStatusInfo? byCode))
        {
            return byCode;
        }

        return Closest(trimmed, HttpStatusCatalog.All.SelectMany(info => Keys(info).Select(phrase => (info, phrase))));
    }

    /// <summary>
    /// The vendor meaning whose phrase is close enough to the text to be a typing mistake, by the rule of
    /// <see cref="Suggest"/>; otherwise null.
    /// </summary>
    public static UnofficialStatusInfo? SuggestVendorMeaning(string text) =>
        text.Length > MaxLength
            ? null
            : Closest(text.Trim(), UnofficialStatusCatalog.All.SelectMany(m => m.AlternativeReasonPhrases.Prepend(m.ReasonPhrase).OfType<string>().Select(phrase => (m, phrase))));

    /// <summary>The candidate whose phrase is fewest edits from the text, within a limit that grows with the text's length; the first of equals.</summary>
    private static T? Closest<T>(string text, IEnumerable<(T Value, string Phrase)> candidates)
        where T : class
    {
        string? key = Key(text);
        if (key is null || key.Length < 3 || key.Length > 40)
        {
            return null;
        }

        int limit = key.Length <= 4 ? 1 : key.Length <= 8 ? 2 : 3;
        T? best = null;
        int bestDistance = int.MaxValue;
        foreach ((T value, string phrase) in candidates)
        {
            int distance = EditDistance(key, Key(phrase)!);
            if (distance <= limit && distance < bestDistance)
            {
                best = value;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions): the number of
    /// insertions, deletions, substitutions and swaps of neighbours that turn one text into the other.
    /// </summary>
    public static int EditDistance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The form that the catalog's lookup compares, from the library's one normaliser (<see cref="AsciiKey"/>):
    /// lower-case ASCII letters and digits only; null for text with a non-ASCII character, which no phrase or name
    /// holds, or with more letters and digits than any of them.
    /// </summary>
    public static string? Key(string text)
    {
        Span<char> buffer = stackalloc char[KeyLength];
        int length = AsciiKey.Normalize(text.AsSpan(), buffer);
        return length < 0 ? null : buffer[..length].ToString();
    }

    /// <summary>The text with control characters replaced, so that echoing it cannot send escape sequences to a terminal.</summary>
    public static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) ? '?' : c);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Keys(HttpStatusInfo info)
    {
        yield return info.ReasonPhrase;
        yield return info.Name;
        foreach (FormerReasonPhrase former in info.FormerReasonPhrases)
        {
            yield return former.Phrase;
        }

        foreach (LegacyReasonPhrase legacy in info.LegacyReasonPhrases)
        {
            yield return legacy.Phrase;
        }
    }

    private static bool IsAllAsciiDigits(string text)
    {
        foreach (char c in text)
        {
            if (!IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';
}
