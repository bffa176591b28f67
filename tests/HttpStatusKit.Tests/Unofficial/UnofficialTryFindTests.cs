using System.Globalization;
using System.Linq;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>
/// <see cref="UnofficialStatusCatalog.FindAll(string?)"/> finds vendor meanings by reason phrase, matched as
/// <see cref="HttpStatusCatalog.TryFind(string?, out HttpStatusInfo?)"/> matches: ASCII case and punctuation ignored,
/// non-ASCII text refused. The phrases come from the reference file Data/unofficial-status-codes.csv.
/// </summary>
public sealed class UnofficialTryFindTests
{
    public static TheoryData<int, string> ReferencePhrases
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (string[] row in TestData.ReadCsv("unofficial-status-codes.csv").Where(r => r[1].Length > 0))
            {
                data.Add(int.Parse(row[0], CultureInfo.InvariantCulture), row[1]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ReferencePhrases))]
    public void FindsTheVendorMeaningGivenEveryPhraseOfTheReferenceFile(int code, string phrase)
    {
        var found = UnofficialStatusCatalog.FindAll(phrase);

        found.Should().ContainSingle().Which.Code.Should().Be(code);
        found[0].AlternativeReasonPhrases.Prepend(found[0].ReasonPhrase).Should().Contain(phrase);
    }

    [Theory]
    [InlineData("Client Closed Request")]
    [InlineData("CLIENT_CLOSED_REQUEST")]
    [InlineData("client-closed-request")]
    [InlineData("  ClientClosedRequest\t")]
    [InlineData("499 Client Closed Request")]
    [InlineData("499-client closed request")]
    public void FindsNginx499GivenItsPhraseSpelledAnyWay(string text)
    {
        UnofficialStatusCatalog.FindAll(text).Should().ContainSingle()
            .Which.Should().BeSameAs(UnofficialStatusCatalog.GetAll(499).Single(i => i.Vendor == HttpStatusVendor.Nginx));
    }

    [Fact]
    public void FindsTheAlternativePhraseGivenNginx444sOtherName()
    {
        UnofficialStatusCatalog.FindAll("444 Connection Closed Without Response").Should().ContainSingle()
            .Which.ReasonPhrase.Should().Be("No Response");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("499")]
    [InlineData("444 Client Closed Request")]
    [InlineData("499Client Closed Request")]
    [InlineData("Client Closed Requests")]
    [InlineData("Clіent Closed Request")]
    [InlineData("Not Found")]
    [InlineData("No")]
    public void FindsNothingGivenTextThatNamesNoVendorPhrase(string? text)
    {
        UnofficialStatusCatalog.FindAll(text).Should().BeEmpty();
    }

    [Fact]
    public void FindsNothingQuicklyGivenHugeText()
    {
        string huge = new string(' ', 500_000) + "Client Closed Request" + new string('x', 500_000);

        UnofficialStatusCatalog.FindAll(huge).Should().BeEmpty();
    }

    [Fact]
    public void FindsTheVendorMeaningGivenAPhraseThatAlsoNamesARegisteredStatus()
    {
        HttpStatusCatalog.TryFind("Unauthorized", out HttpStatusInfo? registered).Should().BeTrue();

        var found = UnofficialStatusCatalog.FindAll("Unauthorized");

        registered!.Code.Should().Be(401);
        found.Should().ContainSingle().Which.Code.Should().Be(561);
        found[0].Vendor.Should().Be(HttpStatusVendor.AwsElasticLoadBalancing);
    }

    [Fact]
    public void ReturnsTheCatalogsOwnRecordsGivenAnyPhrase()
    {
        foreach (UnofficialStatusInfo info in UnofficialStatusCatalog.All.Where(i => i.ReasonPhrase is not null))
        {
            UnofficialStatusCatalog.FindAll(info.ReasonPhrase).Should().Contain(info);
        }
    }

    [Fact]
    public void DoesNotAllocateGivenAPhraseOrAStatusLine()
    {
        Allocations.AssertNone(() => UnofficialStatusCatalog.FindAll("Client Closed Request").Count
            + UnofficialStatusCatalog.FindAll("499 Client Closed Request").Count
            + UnofficialStatusCatalog.FindAll("no such phrase").Count);
    }
}
