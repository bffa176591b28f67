using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>
/// Properties over arbitrary ints and strings: the safe paths never throw, classification follows the first digit,
/// every record round-trips through text, and TryFind accepts exactly what its documented rules accept.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>Cases per property: 20,000 unless HTTPSTATUSKIT_PROPERTY_ITERATIONS says otherwise (mutation testing runs fewer).</summary>
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("HTTPSTATUSKIT_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : 20_000;

    private static readonly HashSet<int> s_catalogCodes = HttpStatusCatalog.All.Select(i => i.Code).ToHashSet();

    /// <summary>Any int, weighted towards the edges and the range where status codes live.</summary>
    private static readonly Gen<int> s_anyInt = Gen.Frequency(
        (4, (IGen<int>)Gen.Int),
        (4, Gen.Int[-1_000, 1_000]),
        (1, Gen.OneOf(int.MinValue, int.MinValue + 1, -1, 0, 99, 100, 599, 600, int.MaxValue - 1, int.MaxValue)));

    /// <summary>Characters that have tripped text lookups elsewhere: look-alikes, case-folding traps, other scripts' digits,
    /// invisible and control characters, lone surrogates, and the ASCII separators TryFind ignores.</summary>
    private const string Troublemakers =
        "\u043E\u041E\u0391\u039F\u0130\u0131\u017F\u212A\uFF2E\uFF4F\uFF14\u0664\u0660\u06F4\u0966\u00A0\u2007\u200B\u200D\uFEFF" +
        "\u0301\u0000\u0001\u001F\u007F\u0085\u2028\uD800\uDBFF\uDC00\uDFFF\uFFFD\uFFFF" +
        " -_.'/\t\r\n:;,+()";

    private static readonly Gen<char> s_troublemaker = Gen.Char[Troublemakers];

    /// <summary>Text close to something TryFind accepts: a known phrase, name, code or status line, then changed a little.</summary>
    private static readonly Gen<string> s_nearMiss =
        Gen.Select(Gen.OneOf(KnownTexts().ToArray()), Gen.Int[0, 3], Gen.Int[0, 1_000_000], s_troublemaker, Gen.Char['!', '~'])
            .Select(t => Perturb(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5));

    /// <summary>What may follow a code in a status line: a known phrase or name (of any code), a near miss, or anything.</summary>
    private static readonly Gen<string> s_anyPhrase = Gen.Frequency(
        (3, (IGen<string>)Gen.OneOf(KnownTexts().Where(t => !char.IsAsciiDigit(t[0]) && !t.StartsWith("HTTP/", StringComparison.Ordinal)).ToArray())),
        (2, s_nearMiss),
        (2, Gen.String),
        (1, Gen.String[s_troublemaker, 0, 20]));

    private static readonly Gen<string> s_anyString = Gen.Frequency(
        (3, (IGen<string>)s_nearMiss),
        (2, Gen.String),
        (2, Gen.String[Gen.Char['\0', '\u007F'], 0, 60]),
        (1, Gen.String[s_troublemaker, 0, 20]),
        (1, Gen.String[Gen.Char, 0, 2_000]));

    [Fact]
    public void SafePathsNeverThrowAndAgreeWithEachOtherGivenAnyInt()
    {
        s_anyInt.Sample(code =>
        {
            bool known = HttpStatusCatalog.TryGet(code, out HttpStatusInfo? info);
            HttpStatusCategory? category = HttpStatusCatalog.GetCategory(code);
            HttpStatusInfo described = HttpStatusCatalog.Describe(code);

            known.Should().Be(s_catalogCodes.Contains(code));
            described.Code.Should().Be(code);
            if (known)
            {
                described.Should().BeSameAs(info);
                described.Registration.Should().BeOneOf(
                    HttpStatusRegistration.Registered, HttpStatusRegistration.Provisional, HttpStatusRegistration.Reserved, HttpStatusRegistration.Obsoleted);
            }
            else if (category is not null)
            {
                described.Registration.Should().Be(HttpStatusRegistration.Unassigned);
                described.EquivalentCode.Should().Be(code / 100 * 100);
            }
            else
            {
                described.Registration.Should().Be(HttpStatusRegistration.Invalid);
                described.EquivalentCode.Should().Be(500);
            }

            described.Category.Should().Be(category ?? HttpStatusCategory.ServerError);
        }, iter: Iterations);
    }

    [Fact]
    public void GetThrowsOnlyTheDocumentedExceptionNamingTheValueGivenAnyInt()
    {
        s_anyInt.Sample(code =>
        {
            Func<HttpStatusInfo> get = () => HttpStatusCatalog.Get(code);
            if (s_catalogCodes.Contains(code))
            {
                get().Code.Should().Be(code);
            }
            else
            {
                get.Should().ThrowExactly<ArgumentOutOfRangeException>()
                    .Where(e => e.ParamName == "code" && Equals(e.ActualValue, code) && e.Message.Contains(code.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void CategoryIsTheFirstDigitFrom100To599AndNothingElseGivenAnyInt()
    {
        s_anyInt.Sample(code =>
        {
            string digits = code.ToString(CultureInfo.InvariantCulture);
            HttpStatusCategory? expected = code is >= 100 and <= 599 ? (HttpStatusCategory)(digits[0] - '0') : null;

            HttpStatusCatalog.GetCategory(code).Should().Be(expected);
            HttpStatusCatalog.IsInformational(code).Should().Be(expected == HttpStatusCategory.Informational);
            HttpStatusCatalog.IsSuccess(code).Should().Be(expected == HttpStatusCategory.Success);
            HttpStatusCatalog.IsRedirection(code).Should().Be(expected == HttpStatusCategory.Redirection);
            HttpStatusCatalog.IsClientError(code).Should().Be(expected == HttpStatusCategory.ClientError);
            HttpStatusCatalog.IsServerError(code).Should().Be(expected == HttpStatusCategory.ServerError);
            HttpStatusCatalog.IsError(code).Should().Be(HttpStatusCatalog.IsClientError(code) || HttpStatusCatalog.IsServerError(code));
        }, iter: Iterations);
    }

    [Fact]
    public void EveryRecordRoundTripsThroughItsTextGivenAnySpellingOfIt()
    {
        Gen.Select(Gen.OneOf(HttpStatusCatalog.All.ToArray()), Gen.Int[0, 3], Gen.Int[0, int.MaxValue]).Sample((info, form, seed) =>
        {
            string text = form switch
            {
                0 => info.ToString(),
                1 => info.ReasonPhrase,
                2 => info.Code.ToString(CultureInfo.InvariantCulture),
                _ => info.Name,
            };
            string respelled = Respell(text, seed);
            if (seed % 3 == 0)
            {
                respelled = (seed % 2 == 0 ? "HTTP/1.1 " : "http/2\t") + info.Code.ToString(CultureInfo.InvariantCulture) + " " + Respell(info.ReasonPhrase, seed);
            }

            HttpStatusCatalog.TryFind(respelled, out HttpStatusInfo? found).Should().BeTrue(respelled);
            found.Should().BeSameAs(info);
        }, iter: Iterations);
    }

    [Fact]
    public void EveryFormerAndLegacyPhraseFindsItsCodeGivenAnySpellingOfIt()
    {
        var phrases = HttpStatusCatalog.All
            .SelectMany(i => i.FormerReasonPhrases.Select(f => (f.Phrase, i)).Concat(i.LegacyReasonPhrases.Select(l => (l.Phrase, i))))
            .ToArray();
        phrases.Should().NotBeEmpty();

        Gen.Select(Gen.OneOf(phrases), Gen.Int[0, int.MaxValue]).Sample((entry, seed) =>
        {
            string respelled = Respell(entry.Phrase, seed);
            string statusLine = "HTTP/1.1 " + entry.i.Code.ToString(CultureInfo.InvariantCulture) + " " + respelled.Trim();

            // Alone the phrase finds its code, unless it is another code's registered phrase (JDK's 302 "Temporary
            // Redirect"), which keeps finding that code; in a status line of its own code it is always accepted.
            HttpStatusCatalog.TryFind(respelled, out HttpStatusInfo? found).Should().BeTrue(respelled);
            found!.Code.Should().Be(TextModel.Keys[TextModel.Normalize(entry.Phrase)!], respelled);
            HttpStatusCatalog.TryFind(statusLine, out HttpStatusInfo? fromLine).Should().BeTrue(statusLine);
            fromLine.Should().BeSameAs(entry.i, statusLine);
        }, iter: Iterations);
    }

    [Fact]
    public void StatusLineFindsItsCodeWhateverPhraseFollowsUnlessThePhraseNamesAnotherCodeGivenAnyPhrase()
    {
        Gen.Select(Gen.OneOf(HttpStatusCatalog.All.ToArray()), s_anyPhrase, Gen.Bool).Sample((info, phrase, withVersion) =>
        {
            string line = (withVersion ? "HTTP/1.1 " : "") + info.Code.ToString(CultureInfo.InvariantCulture) + " " + phrase;
            string? key = TextModel.Normalize(phrase);
            bool namesAnother = key is not null && TextModel.Keys.TryGetValue(key, out int named) && named != info.Code && !TextModel.IsSpellingOf(phrase, info.Code);

            bool found = HttpStatusCatalog.TryFind(line, out HttpStatusInfo? record);

            found.Should().Be(!namesAnother, Show(line));
            if (found)
            {
                record.Should().BeSameAs(info, Show(line));
            }
        }, iter: Iterations, print: t => Show(t.Item2));
    }

    [Fact]
    public void AcceptsExactlyWhatTheDocumentedRulesAcceptGivenAnyString()
    {
        s_anyString.Sample(text =>
        {
            int? expected = TextModel.Expected(text);

            bool foundFromString = HttpStatusCatalog.TryFind(text, out HttpStatusInfo? fromString);
            bool foundFromSpan = HttpStatusCatalog.TryFind(text.AsSpan(), out HttpStatusInfo? fromSpan);

            foundFromString.Should().Be(expected.HasValue, "the rules say {0} for {1}", expected?.ToString(CultureInfo.InvariantCulture) ?? "no match", Show(text));
            fromString?.Code.Should().Be(expected);
            foundFromSpan.Should().Be(foundFromString);
            fromSpan.Should().BeSameAs(fromString);
        }, iter: Iterations, print: Show);
    }

    [Fact]
    public void NeverMatchesTextWithANonAsciiCharacterGivenAnyKnownTextWithOneInserted()
    {
        // Anywhere but in the reason phrase of a status line, which may hold any text (RFC 9112, Section 4, obs-text).
        string[] texts = KnownTexts().ToArray();
        Gen.Select(Gen.OneOf(texts), Gen.Char['\u0080', '\uFFFF'], Gen.Int[0, 1_000]).Sample((text, c, at) =>
        {
            int phraseStart = StatusLinePhraseStart(text);
            string spoiled = text.Insert(at % (phraseStart < text.Length ? phraseStart : text.Length + 1), c.ToString());

            HttpStatusCatalog.TryFind(spoiled, out _).Should().BeFalse(Show(spoiled));
            HttpStatusCatalog.TryFind(spoiled.AsSpan(), out _).Should().BeFalse(Show(spoiled));
        }, iter: Iterations, print: t => Show(t.Item1));
    }

    [Fact]
    public void NeverMatchesAProperPrefixOfAPhraseGivenEveryPhraseAndName()
    {
        var keys = TextModel.Keys.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (string text in KnownTexts().Where(t => !char.IsAsciiDigit(t[0])))
        {
            string key = TextModel.Normalize(text)!;
            for (int length = 1; length < key.Length; length++)
            {
                string prefix = key[..length];
                HttpStatusCatalog.TryFind(prefix, out _).Should().Be(keys.Contains(prefix), $"'{prefix}' is a prefix of '{text}'");
            }
        }
    }

    /// <summary>
    /// Where the reason phrase of a status line starts (after the code and one white space); the text's length when it
    /// is not a status line with a phrase.
    /// </summary>
    private static int StatusLinePhraseStart(string text)
    {
        int start = text.StartsWith("HTTP/", StringComparison.Ordinal) ? text.IndexOf(' ', StringComparison.Ordinal) + 1 : 0;
        return text.Length > start + 4 && char.IsAsciiDigit(text[start]) && text[start + 3] == ' ' ? start + 4 : text.Length;
    }

    /// <summary>Every phrase, name, code and status line the catalog answers to.</summary>
    private static IEnumerable<string> KnownTexts()
    {
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            yield return info.ReasonPhrase;
            yield return info.Name;
            yield return info.ToString();
            yield return "HTTP/1.1 " + info;
            yield return info.Code.ToString(CultureInfo.InvariantCulture);
            foreach (FormerReasonPhrase former in info.FormerReasonPhrases)
            {
                yield return former.Phrase;
            }

            foreach (LegacyReasonPhrase legacy in info.LegacyReasonPhrases)
            {
                yield return legacy.Phrase;
            }
        }

        foreach (string name in Enum.GetNames<System.Net.HttpStatusCode>())
        {
            yield return name;
        }
    }

    /// <summary>The same text in another ASCII case, with separators changed, added or removed between words.</summary>
    private static string Respell(string text, int seed)
    {
        var random = new Random(seed);
        const string Separators = " -_.'\t";
        var result = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                result.Append(random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }
            else if (c is ' ' or '-' or '_' or '\'')
            {
                int count = random.Next(3);
                if (count == 0 && result.Length > 0 && char.IsAsciiDigit(result[^1]))
                {
                    count = 1; // A code must stay apart from its phrase.
                }

                for (int i = 0; i < count; i++)
                {
                    result.Append(Separators[random.Next(Separators.Length)]);
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return new string(' ', random.Next(3)) + result + new string('\n', random.Next(2));
    }

    /// <summary>Deletes, inserts, replaces or truncates a character or two, picking positions and characters from the inputs.</summary>
    private static string Perturb(string text, int edit, int position, char troublemaker, char ascii)
    {
        int at = position % (text.Length + 1);
        char inserted = position % 2 == 0 ? troublemaker : ascii;
        return edit switch
        {
            0 when text.Length > 0 => text.Remove(Math.Min(at, text.Length - 1), 1),
            1 => text.Insert(at, inserted.ToString()),
            2 when text.Length > 0 => text.Remove(Math.Min(at, text.Length - 1), 1).Insert(Math.Min(at, text.Length - 1), inserted.ToString()),
            _ => text[..at],
        };
    }

    private static string Show(string text) =>
        "\"" + string.Concat(text.Take(80).Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + (text.Length > 80 ? $"…\" ({text.Length} chars)" : "\"");
}
