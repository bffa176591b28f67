using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HttpStatusKit.Cli;

/// <summary>
/// Finds codes by words. Every word must match the record somewhere: its code, its reason phrase or name, a former or
/// legacy phrase, or its description. A word matches a word of the text exactly, as a prefix (three letters or more),
/// or without a plural "s". Matches in the phrase rank above matches in former phrases, which rank above matches in the
/// description; ties go to the lower code. The vendors' meanings are searched the same way (phrase and other phrases,
/// the vendor's name, description) and always rank after every standard match.
/// </summary>
internal static class StatusSearch
{
    private const int CodeScore = 100;
    private const int PhraseScore = 100;
    private const int PhrasePrefixScore = 70;
    private const int FormerScore = 60;
    private const int FormerPrefixScore = 40;
    private const int DescriptionScore = 20;
    private const int DescriptionPrefixScore = 10;

    /// <summary>Splits text into lower-case ASCII words; every other character separates words.</summary>
    public static string[] Words(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool wordChar = i < text.Length && AsciiKey.IsLetterOrDigit(text[i]);
            if (wordChar && start < 0)
            {
                start = i;
            }
            else if (!wordChar && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The records that match every word, best first, then the vendor meanings that match every word, best first,
    /// each a hit of its own. <paramref name="vendor"/>, when given, keeps only that vendor's meanings.
    /// </summary>
    public static IReadOnlyList<StatusAnswer> Search(IReadOnlyList<string> words, HttpStatusVendor? vendor = null)
    {
        if (words.Count == 0)
        {
            return [];
        }

        IEnumerable<StatusAnswer> standard = Rank(
            HttpStatusCatalog.All,
            words,
            info => new Texts(
                info.Code,
                info.Name,
                [info.ReasonPhrase],
                info.FormerReasonPhrases.Select(f => f.Phrase).Concat(info.LegacyReasonPhrases.Select(l => l.Phrase)),
                info.Description))
            .Select(info => StatusAnswer.ForStandard(info, vendor));
        IEnumerable<StatusAnswer> vendors = Rank(
            UnofficialStatusCatalog.All.Where(m => vendor is null || m.Vendor == vendor),
            words,
            meaning => new Texts(
                meaning.Code,
                null,
                meaning.AlternativeReasonPhrases.Prepend(meaning.ReasonPhrase).OfType<string>(),
                [meaning.VendorName],
                meaning.Description))
            .Select(meaning => StatusAnswer.ForVendorMeanings([meaning], vendor));
        return standard.Concat(vendors).ToArray();
    }

    /// <summary>The items that match every word, by falling score and then in their catalog order (ascending code).</summary>
    private static IEnumerable<T> Rank<T>(IEnumerable<T> items, IReadOnlyList<string> words, Func<T, Texts> texts)
    {
        var hits = new List<(T Item, int Score, int Order)>();
        foreach (T item in items)
        {
            Texts text = texts(item);
            int total = 0;
            foreach (string word in words)
            {
                int score = Score(text, word);
                if (score == 0)
                {
                    total = 0;
                    break;
                }

                total += score;
            }

            if (total > 0)
            {
                hits.Add((item, total, hits.Count));
            }
        }

        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Order).Select(h => h.Item);
    }

    private static int Score(Texts text, string word)
    {
        if (word == text.Code.ToString(CultureInfo.InvariantCulture))
        {
            return CodeScore;
        }

        if (text.Name is not null && word == StatusQuery.Key(text.Name))
        {
            return PhraseScore;
        }

        int best = 0;
        foreach (string phrase in text.Phrases)
        {
            best = Math.Max(best, Match(Words(phrase), word, PhraseScore, PhrasePrefixScore));
        }

        foreach (string other in text.OtherPhrases)
        {
            best = Math.Max(best, Match(Words(other), word, FormerScore, FormerPrefixScore));
        }

        if (best == 0)
        {
            best = Match(Words(text.Description), word, DescriptionScore, DescriptionPrefixScore);
        }

        return best;
    }

    private static int Match(string[] textWords, string word, int exactScore, int prefixScore)
    {
        int best = 0;
        string singular = word.Length > 3 && word[^1] == 's' ? word[..^1] : word;
        foreach (string textWord in textWords)
        {
            if (textWord == word || textWord == singular)
            {
                return exactScore;
            }

            if (word.Length >= 3 && textWord.StartsWith(word, StringComparison.Ordinal))
            {
                best = prefixScore;
            }
        }

        return best;
    }

    /// <summary>What a search reads of one record: its code, name, phrases, other phrases (former, legacy, or the vendor's name) and description.</summary>
    private sealed record Texts(int Code, string? Name, IEnumerable<string> Phrases, IEnumerable<string> OtherPhrases, string Description);
}
