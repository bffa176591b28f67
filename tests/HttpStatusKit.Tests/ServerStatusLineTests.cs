using System;
using System.Linq;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>
/// Status lines as deployed servers and proxies send them, from the researched table in Data/server-reason-phrases.csv
/// (each row names the program, its version and the source file it was read from): every line finds its code, every
/// phrase finds the code it belongs to, and fallback texts are not taken for phrases.
/// </summary>
public sealed class ServerStatusLineTests
{
    public static TheoryData<int, string, string> StatusLines => Rows(_ => true, r => (r.Code, r.StatusLine, r.Software));

    public static TheoryData<int, string, string> Phrases => Rows(r => r.Kind is "former" or "legacy", r => (r.Code, r.Phrase, r.Software));

    public static TheoryData<int, string, int> Mislabels => Rows(r => r.Kind == "mislabel", r => (r.Code, r.Phrase, r.PhraseFinds!.Value));

    public static TheoryData<int, string, string> Placeholders => Rows(r => r.Kind == "placeholder", r => (r.Code, r.Phrase, r.Software));

    [Theory]
    [MemberData(nameof(StatusLines))]
    public void FindsTheCodeGivenStatusLineAsTheSoftwareSendsIt(int code, string statusLine, string software)
    {
        bool found = HttpStatusCatalog.TryFind(statusLine, out HttpStatusInfo? info);
        bool foundFromSpan = HttpStatusCatalog.TryFind(statusLine.AsSpan(), out HttpStatusInfo? fromSpan);

        found.Should().BeTrue("{0} sends \"{1}\"", software, statusLine);
        info!.Code.Should().Be(code);
        foundFromSpan.Should().BeTrue();
        fromSpan.Should().BeSameAs(info);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void FindsTheCodeGivenPhraseTheSoftwareSendsForIt(int code, string phrase, string software)
    {
        bool found = HttpStatusCatalog.TryFind(phrase, out HttpStatusInfo? info);

        found.Should().BeTrue("{0} sends \"{1}\" for {2}", software, phrase, code);
        info!.Code.Should().Be(code);
    }

    [Theory]
    [MemberData(nameof(Mislabels))]
    public void FindsTheCodeThePhraseIsRegisteredForGivenPhraseSentForAnotherCode(int sentFor, string phrase, int registeredFor)
    {
        bool found = HttpStatusCatalog.TryFind(phrase, out HttpStatusInfo? alone);
        bool foundLine = HttpStatusCatalog.TryFind(sentFor + " " + phrase, out HttpStatusInfo? line);

        found.Should().BeTrue();
        alone!.Code.Should().Be(registeredFor, "\"{0}\" alone keeps naming the code it is registered for", phrase);
        foundLine.Should().BeTrue();
        line!.Code.Should().Be(sentFor, "in a status line the code decides");
        HttpStatusCatalog.Get(sentFor).LegacyReasonPhrases.Select(l => l.Phrase).Should().Contain(phrase, "the catalog records what the software sends");
    }

    [Theory]
    [MemberData(nameof(Placeholders))]
    public void TakesNoFallbackTextForAPhraseGivenPlaceholder(int code, string placeholder, string software)
    {
        bool found = HttpStatusCatalog.TryFind(placeholder, out HttpStatusInfo? info);

        // Three digits are a code, not a phrase: Jetty writes "425 425" for a code it has no phrase for.
        bool isTheCode = placeholder == code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        found.Should().Be(isTheCode, "{0} writes \"{1}\" for codes it has no phrase for", software, placeholder);
        (info?.Code ?? code).Should().Be(code);
        HttpStatusCatalog.Get(code).LegacyReasonPhrases.Select(l => l.Phrase).Should().NotContain(placeholder);
    }

    [Fact]
    public void RecordsEveryLegacyPhraseOfTheTableGivenResearchedRows()
    {
        var researched = ServerPhrases.Rows.Where(r => r.Kind is "legacy" or "mislabel").Select(r => (r.Code, r.Phrase)).Distinct();

        var missing = researched.Where(r => !HttpStatusCatalog.Get(r.Code).LegacyReasonPhrases.Any(l => string.Equals(l.Phrase, r.Phrase, StringComparison.OrdinalIgnoreCase)));

        missing.Should().BeEmpty();
    }

    private static TheoryData<T1, T2, T3> Rows<T1, T2, T3>(Func<ServerPhraseRow, bool> where, Func<ServerPhraseRow, (T1, T2, T3)> select)
    {
        var data = new TheoryData<T1, T2, T3>();
        foreach (ServerPhraseRow row in ServerPhrases.Rows.Where(where))
        {
            (T1 a, T2 b, T3 c) = select(row);
            data.Add(a, b, c);
        }

        return data;
    }
}
