using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>
/// Where a record's text restates a requirement of its RFC, the modal verb has the RFC's strength: MUST is "must",
/// SHOULD is "should", "ought to" stays "ought to", MAY is "may", and a sentence without a requirement keyword is not
/// turned into one. The expected strengths come from Data/normative-statements.csv, typed from the RFC texts with the
/// section each was read in; the anchor column names the words of our text that the verb governs.
/// </summary>
public sealed partial class NormativeWordsTests
{
    /// <summary>The modal verbs the texts use, longest first, and the strength each stands for.</summary>
    private static readonly (string Words, string Strength)[] s_modals =
    [
        ("must not", "MUST NOT"),
        ("must", "MUST"),
        ("should not", "SHOULD NOT"),
        ("should", "SHOULD"),
        ("ought not to", "OUGHT NOT"),
        ("ought to", "OUGHT"),
        ("may", "MAY"),
        ("can", "NONE"),
        ("needs to", "NONE"),
        ("does not allow", "NONE"),
    ];

    public static TheoryData<int> Rows => new(Enumerable.Range(0, Statements.Count));

    private static List<string[]> Statements { get; } = TestData.ReadCsv("normative-statements.csv").ToList();

    [Fact]
    public void EveryRowIsSourcedAndOfAKnownStrengthGivenDataFile()
    {
        Statements.Should().HaveCountGreaterThan(40);
        foreach (string[] row in Statements)
        {
            row.Should().HaveCount(5);
            row[1].Should().BeOneOf("description", "whenToExpect");
            row[2].Should().BeOneOf(s_modals.Select(m => m.Strength).Distinct().Append("NONE"));
            row[4].Should().MatchRegex(@"^RFC\d+, Section [\d.]+(; RFC\d+, Section [\d.]+)*$");
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void ModalVerbMatchesTheRfcStrengthGivenListedStatement(int index)
    {
        string[] row = Statements[index];
        HttpStatusInfo info = HttpStatusCatalog.Get(int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture));
        string text = row[1] == "description" ? info.Description : info.WhenToExpect;

        string? strength = StrengthBefore(text, row[3]);

        strength.Should().NotBeNull("the {0} of {1} should contain \"{2}\" ({3})", row[1], info, row[3], row[4]);
        strength.Should().Be(row[2], "{0} says {1} for \"{2}\" in the {3} of {4}", row[4], row[2], row[3], row[1], info);
    }

    [Theory]
    [InlineData("The server must not send it.", "send it", "MUST NOT")]
    [InlineData("A client may retry, but it should not wait.", "wait", "SHOULD NOT")]
    [InlineData("A client may retry. The cache keeps it.", "keeps it", "NONE")]
    [InlineData("The client needs to authenticate first.", "authenticate first", "NONE")]
    [InlineData("Links ought to be updated.", "be updated", "OUGHT")]
    [InlineData("The cache cannot reuse it.", "reuse it", "NONE")]
    public void ReadsTheLastModalBeforeTheAnchorGivenSentence(string text, string anchor, string expected)
    {
        string? strength = StrengthBefore(text, anchor);

        strength.Should().Be(expected);
    }

    [Fact]
    public void AnswersNullGivenAnchorTheTextLacks()
    {
        string? strength = StrengthBefore("The server must send it.", "receive it");

        strength.Should().BeNull();
    }

    /// <summary>
    /// The strength of the last modal verb before the first occurrence of the anchor, within the anchor's sentence;
    /// NONE when the sentence has no modal verb before it; null when the text lacks the anchor.
    /// </summary>
    private static string? StrengthBefore(string text, string anchor)
    {
        int at = text.IndexOf(anchor, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        int sentenceStart = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            if (end.Index < at)
            {
                sentenceStart = end.Index + 1;
            }
        }

        string before = text[sentenceStart..at].ToLowerInvariant();
        int best = -1;
        string strength = "NONE";
        foreach ((string words, string meaning) in s_modals)
        {
            foreach (Match match in Regex.Matches(before, @"\b" + Regex.Escape(words) + @"\b"))
            {
                // A longer phrase found at the same place as a shorter one wins ("must not" over "must").
                if (match.Index > best)
                {
                    best = match.Index;
                    strength = meaning;
                }
            }
        }

        return strength;
    }

    [GeneratedRegex(@"[.;](?= )")]
    private static partial Regex SentenceEnd();
}
