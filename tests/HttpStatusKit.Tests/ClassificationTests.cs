using System;

namespace HttpStatusKit.Tests;

public sealed class ClassificationTests
{
    public static TheoryData<int> Samples => new(
        int.MinValue, int.MinValue + 1, -600, -500, -404, -100, -1, 0, 1, 9, 10, 99, 100, 101, 199, 200, 299, 300, 399,
        400, 404, 499, 500, 599, 600, 601, 699, 999, 1000, 1404, 10404, 65535, 65536 + 404, int.MaxValue - 1, int.MaxValue);

    [Theory]
    [MemberData(nameof(Samples))]
    public void ClassifiesByFirstDigitOnlyGiven100To599(int code)
    {
        HttpStatusCategory? expected = code is >= 100 and <= 599 ? (HttpStatusCategory)(code / 100) : null;

        HttpStatusCatalog.GetCategory(code).Should().Be(expected);
        HttpStatusCatalog.IsInformational(code).Should().Be(expected == HttpStatusCategory.Informational);
        HttpStatusCatalog.IsSuccess(code).Should().Be(expected == HttpStatusCategory.Success);
        HttpStatusCatalog.IsRedirection(code).Should().Be(expected == HttpStatusCategory.Redirection);
        HttpStatusCatalog.IsClientError(code).Should().Be(expected == HttpStatusCategory.ClientError);
        HttpStatusCatalog.IsServerError(code).Should().Be(expected == HttpStatusCategory.ServerError);
        HttpStatusCatalog.IsError(code).Should().Be(expected is HttpStatusCategory.ClientError or HttpStatusCategory.ServerError);
    }

    [Fact]
    public void ClassifiesEveryValueGivenRangeMinus1000To2000()
    {
        for (int code = -1000; code <= 2000; code++)
        {
            int digit = code is >= 100 and <= 599 ? code / 100 : 0;

            ((int?)HttpStatusCatalog.GetCategory(code) ?? 0).Should().Be(digit, "code {0}", code);
            HttpStatusCatalog.IsInformational(code).Should().Be(digit == 1, "code {0}", code);
            HttpStatusCatalog.IsSuccess(code).Should().Be(digit == 2, "code {0}", code);
            HttpStatusCatalog.IsRedirection(code).Should().Be(digit == 3, "code {0}", code);
            HttpStatusCatalog.IsClientError(code).Should().Be(digit == 4, "code {0}", code);
            HttpStatusCatalog.IsServerError(code).Should().Be(digit == 5, "code {0}", code);
            HttpStatusCatalog.IsError(code).Should().Be(digit is 4 or 5, "code {0}", code);
        }
    }

    [Fact]
    public void CategoryValuesAreTheFirstDigitGivenEnumDefinition()
    {
        Enum.GetValues<HttpStatusCategory>().Should().Equal(
            HttpStatusCategory.Informational, HttpStatusCategory.Success, HttpStatusCategory.Redirection,
            HttpStatusCategory.ClientError, HttpStatusCategory.ServerError);
        ((int)HttpStatusCategory.Informational).Should().Be(1);
        ((int)HttpStatusCategory.ServerError).Should().Be(5);
    }

    [Fact]
    public void RecordCategoryIsFirstDigitGivenEveryCatalogRecord()
    {
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            ((int)info.Category).Should().Be(info.Code / 100, info.ToString());
        }
    }
}
