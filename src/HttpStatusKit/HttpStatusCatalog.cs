using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Threading;

namespace HttpStatusKit;

/// <summary>
/// The catalog of HTTP status codes: every code in the IANA HTTP Status Code Registry as an immutable
/// <see cref="HttpStatusInfo"/>, with lookups by code and by text, and classification of any <see cref="int"/>.
/// Every member is thread-safe.
/// </summary>
public static partial class HttpStatusCatalog
{
    private const int FirstValidCode = 100;
    private const int ValidCodeCount = 500;

    // No static state lives in this class and it has no static constructor, so the classifiers and GetCategory build
    // nothing. Each record is built on its first use, by the method of its entry in HttpStatusCatalog.Table.cs, and
    // published once with a compare-and-swap (CodeLookup); All builds the rest on its first use (AllRecords), and the
    // text index, laid out in constant arrays by the generator (PhraseIndex.Table.cs), is copied into its static arrays
    // on the first lookup by text. The runtime runs each type initialiser once, whichever thread gets there first.

    /// <summary>
    /// Every status code in the catalog, ascending by code: the IANA registry's codes, including the provisional,
    /// reserved and obsoleted ones. The list cannot be changed, through any cast.
    /// </summary>
    public static IReadOnlyList<HttpStatusInfo> All => AllRecords.All;

    /// <summary>Returns the record of a status code in the catalog.</summary>
    /// <param name="code">A status code, such as 404.</param>
    /// <returns>The record for <paramref name="code"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not in the catalog; the message names it.
    /// Use <see cref="TryGet(int, out HttpStatusInfo?)"/> to test, or <see cref="Describe(int)"/> for a record of any value.</exception>
    public static HttpStatusInfo Get(int code) =>
        TryGet(code, out HttpStatusInfo? info) ? info : throw NotInCatalog(code);

    /// <summary>Returns the record of a <see cref="HttpStatusCode"/> value.</summary>
    /// <param name="statusCode">A status code, such as <see cref="HttpStatusCode.NotFound"/>.</param>
    /// <returns>The record for <paramref name="statusCode"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> holds a value that is not in the catalog; the message names it.</exception>
    public static HttpStatusInfo Get(HttpStatusCode statusCode) => Get((int)statusCode);

    /// <summary>Looks up a status code in the catalog. Never throws; does not allocate.</summary>
    /// <param name="code">Any value.</param>
    /// <param name="info">The record when the code is in the catalog; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is in the catalog; <see langword="false"/> for every other value.</returns>
    public static bool TryGet(int code, [NotNullWhen(true)] out HttpStatusInfo? info)
    {
        HttpStatusInfo?[] byCode = CodeLookup.ByCode;
        uint index = (uint)(code - FirstValidCode);
        info = index < (uint)byCode.Length ? byCode[index] ?? Unbuilt(code) : null;
        return info is not null;
    }

    /// <summary>
    /// Finds a status code from text: a code (<c>"404"</c>), a status line as a server sends it (<c>"404 Not Found"</c>,
    /// also with an HTTP version in front: <c>"HTTP/1.1 404 Not Found"</c>, and with any reason phrase or none:
    /// <c>"HTTP/1.1 405 Not Allowed"</c>, <c>"HTTP/1.1 200 "</c>), a reason phrase, a former reason phrase from any RFC
    /// (<c>"Request Entity Too Large"</c>), a legacy phrase that deployed software sends (<c>"Switch Proxy"</c>,
    /// <c>"Not Allowed"</c>), a <see cref="HttpStatusInfo.Name"/>, or a member name of <see cref="HttpStatusCode"/> (its
    /// aliases <c>Moved</c>, <c>Redirect</c>, <c>RedirectMethod</c>, <c>RedirectKeepVerb</c> and <c>Ambiguous</c>
    /// included). Never throws; does not allocate.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Matching ignores ASCII case and every ASCII character that is not a letter or digit, so <c>"NOT_FOUND"</c>,
    /// <c>"not-found"</c> and <c>"NotFound"</c> all find 404. Text that is not a status line is rejected when it holds
    /// any non-ASCII character, so look-alike letters and other scripts' digits never match.
    /// </para>
    /// <para>
    /// A code must be exactly three ASCII digits of a catalog code at the start of the text (after white space and an
    /// optional <c>HTTP/1.1</c>-style version), followed by one of:
    /// nothing (<c>"404"</c>);
    /// ASCII white space and a reason phrase, which can be any text at all, since RFC 9112, Section 4 makes the phrase
    /// optional and tells a client to ignore it: the code decides, and the line is rejected only when its phrase is a
    /// spelling (phrase, former or legacy phrase, name or alias) of a different code and not a legacy phrase of this one,
    /// so <c>"404 OK"</c> is rejected while <c>"HTTP/1.1 302 Temporary Redirect"</c>, which the JDK's built-in server
    /// sends, finds 302;
    /// or another ASCII character that is not a letter or digit, and then nothing but such characters or a spelling of
    /// that same code (<c>"404-Not-Found"</c>).
    /// <c>"0404"</c>, <c>"+404"</c>, <c>"-404"</c>, <c>"4 04"</c>, <c>"404.0"</c>, <c>"404NotFound"</c>, <c>"404 OK"</c>
    /// and <c>"499 Client Closed Request"</c> (a code outside the catalog) are rejected.
    /// </para>
    /// <para>
    /// A legacy phrase that is another code's registered phrase, such as 302's <c>"Temporary Redirect"</c> (307's
    /// phrase), finds the other code when it stands alone.
    /// </para>
    /// </remarks>
    /// <param name="text">The text to resolve; <see langword="null"/> is rejected.</param>
    /// <param name="info">The record found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text names a catalog code; otherwise <see langword="false"/>.</returns>
    public static bool TryFind(string? text, [NotNullWhen(true)] out HttpStatusInfo? info)
    {
        if (text is null)
        {
            info = null;
            return false;
        }

        return FindText(text.AsSpan(), text, out info);
    }

    /// <summary>Finds a status code from text, exactly as <see cref="TryFind(string?, out HttpStatusInfo?)"/> does. Never throws; does not allocate.</summary>
    /// <param name="text">The text to resolve.</param>
    /// <param name="info">The record found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text names a catalog code; otherwise <see langword="false"/>.</returns>
    public static bool TryFind(ReadOnlySpan<char> text, [NotNullWhen(true)] out HttpStatusInfo? info) => FindText(text, null, out info);

    /// <summary>Both overloads of TryFind, inlined into each so that a string costs no extra call; a string is passed on as <paramref name="instance"/> for the index's reference check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FindText(ReadOnlySpan<char> text, string? instance, [NotNullWhen(true)] out HttpStatusInfo? info)
    {
        // The common case, a phrase or name, starts with a letter other than 'h': then there is no white space to trim
        // in front (white space at the end is dropped by the index anyway), no code and no HTTP-version, so the text
        // goes to the index as it is. (c | 0x20) is the lower case of an ASCII letter and no letter for anything else.
        if (!text.IsEmpty && (uint)((text[0] | 0x20) - 'a') <= 'z' - 'a' && (text[0] | 0x20) != 'h')
        {
            return FromIndex(PhraseIndex.Find(text, instance), out info);
        }

        return TryFindSlow(text, out info);
    }

    /// <summary>
    /// Describes any <see cref="int"/>; never throws.
    /// <list type="bullet">
    /// <item><description>A catalog code gives its record, the same instance as <see cref="Get(int)"/>.</description></item>
    /// <item><description>An unassigned code in 100 to 599 gives a record with <see cref="HttpStatusRegistration.Unassigned"/>, reason
    /// phrase <c>"Unassigned"</c>, its class as category, and <see cref="HttpStatusInfo.EquivalentCode"/> the x00 code of its class,
    /// which is how a client must treat it (RFC 9110, Section 15).</description></item>
    /// <item><description>Any other value gives a record with <see cref="HttpStatusRegistration.Invalid"/>, reason phrase <c>"Invalid"</c>,
    /// category <see cref="HttpStatusCategory.ServerError"/> and equivalent code 500: RFC 9110, Section 15 says a client processes a
    /// response with an invalid status code as a 5xx (Server Error).</description></item>
    /// </list>
    /// Catalog and unassigned codes do not allocate after their first use; an invalid value allocates a new record.
    /// </summary>
    /// <param name="code">Any value.</param>
    /// <returns>A record for <paramref name="code"/>; never <see langword="null"/>.</returns>
    public static HttpStatusInfo Describe(int code)
    {
        uint index = (uint)(code - FirstValidCode);
        if (index >= ValidCodeCount)
        {
            return CreateInvalid(code);
        }

        return CodeLookup.ByCode[index] ?? CodeLookup.Unassigned[index] ?? Publish(code) ?? CacheUnassigned(code);
    }

    /// <summary>Returns the class of a status code from its first digit, for any value in 100 to 599, whether assigned or not.</summary>
    /// <param name="code">Any value.</param>
    /// <returns>The class for 100 to 599; <see langword="null"/> for every other value.</returns>
    public static HttpStatusCategory? GetCategory(int code) =>
        (uint)(code - FirstValidCode) < ValidCodeCount ? (HttpStatusCategory)(code / 100) : null;

    /// <summary>Tells whether a value is in 100 to 199 (1xx Informational, RFC 9110, Section 15.2).</summary>
    /// <param name="code">Any value.</param>
    /// <returns><see langword="true"/> for 100 to 199; otherwise <see langword="false"/>.</returns>
    public static bool IsInformational(int code) => (uint)(code - 100) <= 99;

    /// <summary>Tells whether a value is in 200 to 299 (2xx Successful, RFC 9110, Section 15.3).</summary>
    /// <param name="code">Any value.</param>
    /// <returns><see langword="true"/> for 200 to 299; otherwise <see langword="false"/>.</returns>
    public static bool IsSuccess(int code) => (uint)(code - 200) <= 99;

    /// <summary>Tells whether a value is in 300 to 399 (3xx Redirection, RFC 9110, Section 15.4).</summary>
    /// <param name="code">Any value.</param>
    /// <returns><see langword="true"/> for 300 to 399; otherwise <see langword="false"/>.</returns>
    public static bool IsRedirection(int code) => (uint)(code - 300) <= 99;

    /// <summary>Tells whether a value is in 400 to 499 (4xx Client Error, RFC 9110, Section 15.5).</summary>
    /// <param name="code">Any value.</param>
    /// <returns><see langword="true"/> for 400 to 499; otherwise <see langword="false"/>.</returns>
    public static bool IsClientError(int code) => (uint)(code - 400) <= 99;

    /// <summary>Tells whether a value is in 500 to 599 (5xx Server Error, RFC 9110, Section 15.6).</summary>
    /// <param name="code">Any value.</param>
    /// <returns><see langword="true"/> for 500 to 599; otherwise <see langword="false"/>.</returns>
    public static bool IsServerError(int code) => (uint)(code - 500) <= 99;

    /// <summary>Tells whether a value is a client or server error, 400 to 599.</summary>
    /// <param name="code">Any value.</param>
    /// <returns><see langword="true"/> for 400 to 599; otherwise <see langword="false"/>, also for invalid values.</returns>
    public static bool IsError(int code) => (uint)(code - 400) <= 199;

    /// <summary>Every other text: white space in front, a code, a status line, or a phrase or name starting with 'h' or a non-letter.</summary>
    private static bool TryFindSlow(ReadOnlySpan<char> text, [NotNullWhen(true)] out HttpStatusInfo? info)
    {
        text = TrimWhiteSpace(text);
        if (StartsWithHttpVersion(text, out int versionLength))
        {
            ReadOnlySpan<char> rest = text.Slice(versionLength);
            text = TrimWhiteSpace(rest);
            if (text.Length == rest.Length || text.Length == 0 || !IsAsciiDigit(text[0]))
            {
                info = null;
                return false;
            }
        }

        if (text.Length > 0 && IsAsciiDigit(text[0]))
        {
            return TryFindStatusLine(text, out info);
        }

        return FromIndex(PhraseIndex.Find(text), out info);
    }

    /// <summary>
    /// True when <paramref name="text"/> is the very string instance of the reason phrase of <paramref name="code"/>, a
    /// catalog code, once its record exists (a literal such as <c>"OK"</c> is, since literals are interned).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsReasonPhrase(int code, string text) =>
        CodeLookup.ByCode[code - FirstValidCode] is { } known && ReferenceEquals(known.ReasonPhrase, text);

    /// <summary>The record of a code the index found, or false for 0 (not found).</summary>
    private static bool FromIndex(int code, [NotNullWhen(true)] out HttpStatusInfo? info)
    {
        if (code == 0)
        {
            info = null;
            return false;
        }

        info = Record(code);
        return true;
    }

    /// <summary>
    /// Text that starts with a digit: three ASCII digits of a catalog code, then nothing; or white space and any reason
    /// phrase that is not a spelling of another code (RFC 9112, Section 4: the phrase is optional and a client ignores
    /// it); or another ASCII separator and nothing but separators or a spelling of the same code.
    /// </summary>
    private static bool TryFindStatusLine(ReadOnlySpan<char> text, [NotNullWhen(true)] out HttpStatusInfo? info)
    {
        info = null;
        if (text.Length < 3 || !IsAsciiDigit(text[1]) || !IsAsciiDigit(text[2]) || (text.Length > 3 && AsciiKey.IsLetterOrDigit(text[3])))
        {
            return false;
        }

        int code = ((text[0] - '0') * 100) + ((text[1] - '0') * 10) + (text[2] - '0');
        if (!TryGet(code, out HttpStatusInfo? candidate))
        {
            return false;
        }

        ReadOnlySpan<char> phrase = text.Slice(3);
        if (phrase.IsEmpty)
        {
            info = candidate;
            return true;
        }

        int named = PhraseIndex.Find(phrase);
        bool sameCode = named == code || (named != 0 && IsLegacyPhraseOf(phrase, candidate));
        bool accepted = IsAsciiWhiteSpace(phrase[0])
            ? named == 0 || sameCode
            : sameCode || IsBlank(phrase);
        if (accepted)
        {
            info = candidate;
        }

        return accepted;
    }

    /// <summary>
    /// True when <paramref name="phrase"/> is one of the legacy phrases of <paramref name="info"/>: also one that the
    /// index gives to another code, whose registered phrase it is (JDK's 302 "Temporary Redirect").
    /// </summary>
    private static bool IsLegacyPhraseOf(ReadOnlySpan<char> phrase, HttpStatusInfo info)
    {
        IReadOnlyList<LegacyReasonPhrase> legacy = info.LegacyReasonPhrases;
        for (int i = 0; i < legacy.Count; i++)
        {
            if (AsciiKey.SameKey(phrase, legacy[i].Phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text holds only ASCII characters that are not letters or digits.</summary>
    private static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80 || AsciiKey.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Recognises an HTTP-version such as <c>HTTP/1.1</c> or <c>HTTP/2</c> (RFC 9112, Section 2.3), any ASCII case.</summary>
    private static bool StartsWithHttpVersion(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        if (text.Length < 6 || (text[0] | 0x20) != 'h' || (text[1] | 0x20) != 't' || (text[2] | 0x20) != 't' || (text[3] | 0x20) != 'p' || text[4] != '/')
        {
            return false;
        }

        int i = 5;
        if (!IsAsciiDigit(text[i]))
        {
            return false;
        }

        i++;
        if (i + 1 < text.Length && text[i] == '.' && IsAsciiDigit(text[i + 1]))
        {
            i += 2;
        }

        length = i;
        return true;
    }

    private static ReadOnlySpan<char> TrimWhiteSpace(ReadOnlySpan<char> text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && IsAsciiWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsAsciiWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.Slice(start, end - start);
    }

    private static bool IsAsciiWhiteSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\v' or '\f';

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static ArgumentOutOfRangeException NotInCatalog(int code) =>
        new(nameof(code), code, $"{code.ToString(CultureInfo.InvariantCulture)} is not a status code in the catalog. Use TryGet to test for one, or Describe for a record of any value.");

    private static HttpStatusInfo CacheUnassigned(int code)
    {
        int classCode = code / 100 * 100;
        HttpStatusInfo equivalent = Record(classCode);
        string number = TextRules.Decimal(code);
        var info = new HttpStatusInfo(
            code,
            "Unassigned",
            "Unassigned",
            UnlistedFacts.Rfc9110Section15,
            HttpStatusRegistration.Unassigned,
            classCode,
            $"{number} is not assigned in the IANA HTTP Status Code Registry. A client that does not recognise a status code treats it as the x00 code of its class, so this response is handled as {equivalent} (RFC 9110, Section 15).",
            "Some servers, proxies and services send unregistered codes for their own purposes; the meaning then comes from that software's documentation, not from a standard, and a client that does not know it falls back on the class.",
            ReadOnlyArray<FormerReasonPhrase>.Empty,
            ReadOnlyArray<LegacyReasonPhrase>.Empty,
            UnlistedFacts.Semantics[code / 100]);
        return Interlocked.CompareExchange(ref CodeLookup.Unassigned[code - FirstValidCode], info, null) ?? info;
    }

    private static HttpStatusInfo CreateInvalid(int code)
    {
        string number = TextRules.Decimal(code);
        return new HttpStatusInfo(
            code,
            "Invalid",
            "Invalid",
            UnlistedFacts.Rfc9110Section15,
            HttpStatusRegistration.Invalid,
            500,
            $"{number} is outside the range 100 to 599, so it is not a valid HTTP status code. A client that receives it processes the response as a 5xx (Server Error) (RFC 9110, Section 15).",
            "Libraries and tools use values outside the range, often 600 to 999, to report conditions that are not HTTP statuses, such as their own errors; a value that came from a real status line is a protocol error of the sender.",
            ReadOnlyArray<FormerReasonPhrase>.Empty,
            ReadOnlyArray<LegacyReasonPhrase>.Empty,
            UnlistedFacts.Semantics[0]);
    }

    /// <summary>
    /// The rest of <see cref="TryGet(int, out HttpStatusInfo?)"/> for a code in 100 to 599: the record of a catalog code
    /// not built yet, or <see langword="null"/>; apart so that the lookup of a built record stays a load and a test.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static HttpStatusInfo? Unbuilt(int code) => Publish(code);

    /// <summary>The record of a code in the table, built on first use.</summary>
    private static HttpStatusInfo Record(int code) => CodeLookup.ByCode[code - FirstValidCode] ?? Publish(code)!;

    /// <summary>
    /// Builds the record of <paramref name="code"/> and publishes it, or returns the one another thread published first;
    /// <see langword="null"/> when the code is not in the table.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static HttpStatusInfo? Publish(int code)
    {
        HttpStatusInfo? created = Create(code);
        return created is null ? null : Interlocked.CompareExchange(ref CodeLookup.ByCode[code - FirstValidCode], created, null) ?? created;
    }

    /// <summary>The records by code, each filled in on first use.</summary>
    private static class CodeLookup
    {
        /// <summary>The record of each code from 100 to 599 once built, at index code - 100.</summary>
        internal static readonly HttpStatusInfo?[] ByCode = new HttpStatusInfo?[ValidCodeCount];

        /// <summary>The records <see cref="Describe(int)"/> has made for unassigned codes, filled in with a compare-and-swap.</summary>
        internal static readonly HttpStatusInfo?[] Unassigned = new HttpStatusInfo?[ValidCodeCount];
    }

    /// <summary>What records of codes outside the table share, built when <see cref="Describe(int)"/> first needs one.</summary>
    private static class UnlistedFacts
    {
        /// <summary>The section that says how a client treats unassigned and invalid codes.</summary>
        internal static readonly SpecificationReference Rfc9110Section15 = SpecificationReference.Rfc(9110, "15");

        /// <summary>One set of facts per class (index 1 to 5), and one for invalid values (index 0).</summary>
        internal static readonly StatusSemantics[] Semantics = Create();

        private static StatusSemantics[] Create()
        {
            var semantics = new StatusSemantics[6];
            for (int digit = 1; digit <= 5; digit++)
            {
                semantics[digit] = StatusSemantics.ForUnlisted(Record(digit * 100).Semantics, digit == 3);
            }

            semantics[0] = StatusSemantics.ForUnlisted(Record(500).Semantics, isRedirection: false);
            return semantics;
        }
    }

    /// <summary>Every record, built on the first read of <see cref="All"/>.</summary>
    private static class AllRecords
    {
        internal static readonly ReadOnlyArray<HttpStatusInfo> All = Create();

        private static ReadOnlyArray<HttpStatusInfo> Create()
        {
            var all = new List<HttpStatusInfo>(64);
            for (int code = FirstValidCode; code < FirstValidCode + ValidCodeCount; code++)
            {
                if (TryGet(code, out HttpStatusInfo? info))
                {
                    all.Add(info);
                }
            }

            return new ReadOnlyArray<HttpStatusInfo>(all.ToArray());
        }
    }
}
