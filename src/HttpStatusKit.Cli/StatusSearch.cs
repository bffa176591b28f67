using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HttpStatusKit.Cli;

/// <summary>
/// Finds catalog codes by words. Every word must match the record somewhere: its code, its reason phrase or name,
/// a former or legacy phrase, or its description. A word matches a word of the text exactly, as a prefix (three
/// letters or more), or without a plural "s". Matches in the phrase rank above matches in former phrases, which
/// rank above matches in the description; ties go to the lower code.
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

    /// <summary>The records that match every word, best first.</summary>
    public static IReadOnlyList<HttpStatusInfo> Search(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var hits = new List<(HttpStatusInfo Info, int Score)>();
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            int total = 0;
            foreach (string word in words)
            {
                int score = Score(info, word);
                if (score == 0)
                {
                    total = 0;
                    break;
                }

                total += score;
            }

            if (total > 0)
            {
                hits.Add((info, total));
            }
        }

        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Info.Code).Select(h => h.Info).ToArray();
    }

    private static int Score(HttpStatusInfo info, string word)
    {
        if (word == info.Code.ToString(CultureInfo.InvariantCulture))
        {
            return CodeScore;
        }

        if (word == StatusQuery.Key(info.Name))
        {
            return PhraseScore;
        }

        int best = Match(Words(info.ReasonPhrase), word, PhraseScore, PhrasePrefixScore);
        foreach (FormerReasonPhrase former in info.FormerReasonPhrases)
        {
            best = Math.Max(best, Match(Words(former.Phrase), word, FormerScore, FormerPrefixScore));
        }

        foreach (LegacyReasonPhrase legacy in info.LegacyReasonPhrases)
        {
            best = Math.Max(best, Match(Words(legacy.Phrase), word, FormerScore, FormerPrefixScore));
        }

        if (best == 0)
        {
            best = Match(Words(info.Description), word, DescriptionScore, DescriptionPrefixScore);
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
}
