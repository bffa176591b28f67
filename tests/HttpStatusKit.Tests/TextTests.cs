using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>The written texts of every record: present, plain, their first sentence short, and our own words.</summary>
public sealed partial class TextTests
{
    public static TheoryData<int> AllCodes => new(HttpStatusCatalog.All.Select(i => i.Code));

    public static TheoryData<int> UnofficialEntries => new(Enumerable.Range(0, UnofficialStatusCatalog.All.Count));

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void TextsArePlainAsciiSentencesGivenCatalogCode(int code)
    {
        HttpStatusInfo info = HttpStatusCatalog.Get(code);

        foreach (string text in new[] { info.Description, info.WhenToExpect })
        {
            AssertPlainSentences(text);
        }
    }

    [Theory]
    [MemberData(nameof(UnofficialEntries))]
    public void TextsArePlainAsciiSentencesGivenUnofficialEntry(int index)
    {
        UnofficialStatusInfo info = UnofficialStatusCatalog.All[index];

        AssertPlainSentences(info.Description);
        AssertPlainText(info.Source);
    }

    [Theory]
    [MemberData(nameof(UnofficialEntries))]
    public void FirstSentenceStandsAloneAsOneLineGivenUnofficialEntry(int index)
    {
        string first = FirstSentence(UnofficialStatusCatalog.All[index].Description);

        first.Length.Should().BeInRange(30, 120, first);
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void FirstSentenceStandsAloneAsOneLineGivenCatalogCode(int code)
    {
        string first = FirstSentence(HttpStatusCatalog.Get(code).Description);

        first.Length.Should().BeInRange(30, 120, first);
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void SummaryIsTheFirstSentenceGivenCatalogCode(int code)
    {
        HttpStatusInfo info = HttpStatusCatalog.Get(code);

        info.Summary.Should().Be(FirstSentence(info.Description)).And.EndWith(".");
    }

    [Theory]
    [MemberData(nameof(UnofficialEntries))]
    public void SummaryIsTheFirstSentenceGivenUnofficialEntry(int index)
    {
        UnofficialStatusInfo info = UnofficialStatusCatalog.All[index];

        info.Summary.Should().Be(FirstSentence(info.Description)).And.EndWith(".");
    }

    [Theory]
    [InlineData(599)]
    [InlineData(600)]
    public void SummaryIsTheWholeDescriptionGivenRecordOutsideTheCatalog(int code)
    {
        HttpStatusInfo info = HttpStatusCatalog.Describe(code);

        info.Summary.Should().Be(FirstSentence(info.Description));
    }

    [Fact]
    public void NoTextRepeatsTenWordsOfTheSourceDocumentsGivenShingleHashes()
    {
        var sourceShingles = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in new[] { "source-shingles.txt", "unofficial-source-shingles.txt" })
        {
            string[] hashes = File.ReadLines(TestData.DataPath(file)).Where(l => !l.StartsWith('#')).ToArray();
            hashes.Should().HaveCountGreaterThan(1000, file);
            sourceShingles.UnionWith(hashes);
        }

        var texts = HttpStatusCatalog.All
            .SelectMany(info => new[] { (Owner: info.ToString(), Text: info.Description), (Owner: info.ToString(), Text: info.WhenToExpect) })
            .Concat(UnofficialStatusCatalog.All.Select(info => (Owner: info.ToString(), Text: info.Description)));
        var copied = new List<string>();
        foreach ((string owner, string text) in texts)
        {
            string[] words = Words(text);
            for (int i = 0; i + 10 <= words.Length; i++)
            {
                string shingle = string.Join(' ', words, i, 10);
                if (sourceShingles.Contains(Hash(shingle)))
                {
                    copied.Add($"{owner}: \"{shingle}\"");
                }
            }
        }

        copied.Should().BeEmpty();
    }

    private static void AssertPlainSentences(string text)
    {
        AssertPlainText(text);
        text.Should().MatchRegex(@"^[A-Z0-9""].*[.)]$", "a text is one or more whole sentences");
    }

    private static void AssertPlainText(string text)
    {
        text.Should().NotBeNullOrWhiteSpace();
        text.All(c => c is >= ' ' and <= '~').Should().BeTrue("texts are plain ASCII on one line: {0}", text);
        text.Should().NotContain("  ").And.NotContain("TODO").And.NotContain("|", "the README tables show texts in Markdown cells");
    }

    internal static string FirstSentence(string text)
    {
        Match match = SentenceEnd().Match(text);
        return match.Success ? text[..(match.Index + 1)] : text;
    }

    private static string[] Words(string text) => WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();

    private static string Hash(string shingle) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(shingle)))[..16].ToLowerInvariant();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\.(?= [A-Z(])")]
    private static partial Regex SentenceEnd();
}
