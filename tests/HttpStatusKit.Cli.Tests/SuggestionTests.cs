using System;
using System.Diagnostics;

namespace HttpStatusKit.Cli.Tests;

/// <summary>The "did you mean" distance counts edits, a swap of neighbours as one, and stays quick on any input.</summary>
public sealed class SuggestionTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("notfuond", "notfound", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("ca", "abc", 3)]
    public void CountsEditsGivenTwoTexts(string a, string b, int distance)
    {
        StatusQuery.EditDistance(a, b).Should().Be(distance);
        StatusQuery.EditDistance(b, a).Should().Be(distance);
    }

    [Fact]
    public void SuggestsNothingQuicklyGivenHugeText()
    {
        string huge = new('n', 1024 * 1024);
        var clock = Stopwatch.StartNew();

        HttpStatusInfo? suggestion = StatusQuery.Suggest(huge);

        suggestion.Should().BeNull();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("Gonee", 410)]
    [InlineData("I'm a teapott", 418)]
    [InlineData("Payload Too Larg", 413)]
    [InlineData("Unathorized", 401)]
    [InlineData("Sevice Unavailable", 503)]
    public void SuggestsTheRecordGivenTextAnEditOrTwoAway(string text, int code)
    {
        HttpStatusCatalog.TryFind(text, out _).Should().BeFalse("the test needs text that is not itself a phrase");

        StatusQuery.Suggest(text).Should().BeSameAs(HttpStatusCatalog.Get(code));
    }
}
