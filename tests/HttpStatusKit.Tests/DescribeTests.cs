using System.Linq;

namespace HttpStatusKit.Tests;

public sealed class DescribeTests
{
    public static TheoryData<int> AllCodes => new(HttpStatusCatalog.All.Select(i => i.Code));

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void ReturnsCatalogInstanceGivenCatalogCode(int code)
    {
        HttpStatusInfo info = HttpStatusCatalog.Describe(code);

        info.Should().BeSameAs(HttpStatusCatalog.Get(code));
        info.EquivalentCode.Should().Be(code);
    }

    [Theory]
    [InlineData(105, 100, HttpStatusCategory.Informational)]
    [InlineData(199, 100, HttpStatusCategory.Informational)]
    [InlineData(209, 200, HttpStatusCategory.Success)]
    [InlineData(299, 200, HttpStatusCategory.Success)]
    [InlineData(309, 300, HttpStatusCategory.Redirection)]
    [InlineData(419, 400, HttpStatusCategory.ClientError)]
    [InlineData(499, 400, HttpStatusCategory.ClientError)]
    [InlineData(509, 500, HttpStatusCategory.ServerError)]
    [InlineData(599, 500, HttpStatusCategory.ServerError)]
    public void ReturnsUnassignedRecordHandledAsClassDefaultGivenUnassignedCode(int code, int equivalent, HttpStatusCategory category)
    {
        HttpStatusInfo info = HttpStatusCatalog.Describe(code);

        info.Code.Should().Be(code);
        info.Registration.Should().Be(HttpStatusRegistration.Unassigned);
        info.EquivalentCode.Should().Be(equivalent);
        info.Category.Should().Be(category);
        info.ReasonPhrase.Should().Be("Unassigned");
        info.Name.Should().Be("Unassigned");
        info.ToString().Should().Be(code + " Unassigned");
        info.WhenToExpect.Should().MatchRegex(@"^[A-Z][^\r\n]{40,}\.$");
        info.Specification.ToString().Should().Be("RFC 9110, Section 15");
        info.Description.Should().Contain(code.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .And.Contain(HttpStatusCatalog.Get(equivalent).ToString());
        HttpStatusCatalog.TryGet(code, out _).Should().BeFalse();
    }

    [Fact]
    public void ReturnsSameInstanceGivenSameUnassignedCodeTwice()
    {
        HttpStatusCatalog.Describe(498).Should().BeSameAs(HttpStatusCatalog.Describe(498));
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(600)]
    [InlineData(999)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void ReturnsInvalidRecordProcessedAsServerErrorGivenValueOutside100To599(int code)
    {
        HttpStatusInfo info = HttpStatusCatalog.Describe(code);

        info.Code.Should().Be(code);
        info.Registration.Should().Be(HttpStatusRegistration.Invalid);
        info.EquivalentCode.Should().Be(500);
        info.Category.Should().Be(HttpStatusCategory.ServerError);
        info.ReasonPhrase.Should().Be("Invalid");
        info.Name.Should().Be("Invalid");
        info.WhenToExpect.Should().MatchRegex(@"^[A-Z][^\r\n]{40,}\.$");
        info.Description.Should().Contain(code.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Contain("5xx");
    }

    [Fact]
    public void NeverThrowsGivenEveryValueFromMinus2000To3000()
    {
        for (int code = -2000; code <= 3000; code++)
        {
            HttpStatusInfo info = HttpStatusCatalog.Describe(code);

            info.Code.Should().Be(code);
            info.Description.Should().NotBeNullOrWhiteSpace();
        }
    }
}
