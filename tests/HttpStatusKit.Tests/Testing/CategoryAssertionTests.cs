using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using HttpStatusKit.Testing;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>Asserting a class of status: x00 to x99 match, assigned or not; everything else fails with the whole story.</summary>
public sealed class CategoryAssertionTests
{
    [Fact]
    public void MatchesExactlyTheCodesOfTheClassGivenEveryValueFromMinus1To1000()
    {
        for (int digit = 1; digit <= 5; digit++)
        {
            var expected = (HttpStatusCategory)digit;
            for (int code = -1; code <= 1000; code++)
            {
                bool inClass = code >= digit * 100 && code <= (digit * 100) + 99;
                Action act = () => code.ShouldHaveStatus(expected);

                if (inClass)
                {
                    act.Should().NotThrow("{0} is {1}xx", code, digit);
                }
                else
                {
                    act.Should().Throw<HttpStatusAssertionException>("{0} is not {1}xx", code, digit);
                }
            }
        }
    }

    [Fact]
    public void FailsForEveryClassGivenInvalidValuesThatAClientHandlesAs5xx()
    {
        foreach (int code in new[] { 0, 99, 600, 999, -500, int.MinValue, int.MaxValue })
        {
            Action act = () => code.ShouldHaveStatus(HttpStatusCategory.ServerError);

            act.Should().Throw<HttpStatusAssertionException>()
                .Which.Message.Should().Be(AssertionMessages.Failure(AssertionMessages.Class(5), code));
        }
    }

    [Fact]
    public void GivesTheExactExampleOfTheRequestGiven404ForSuccess()
    {
        using HttpResponseMessage response = new(HttpStatusCode.NotFound);

        StatusAssertionTests.Message(() => response.ShouldHaveStatus(HttpStatusCategory.Success)).Should().Be(
            "Expected a Success (2xx) status, but the response was 404 Not Found (Client Error): The origin server has no current representation for the target resource, or will not disclose that one exists.");
    }

    [Fact]
    public void NamesTheClassWithItsArticleGivenEachClass()
    {
        for (int digit = 1; digit <= 5; digit++)
        {
            int actual = digit == 4 ? 500 : 404;

            StatusAssertionTests.Message(() => actual.ShouldHaveStatus((HttpStatusCategory)digit))
                .Should().Be(AssertionMessages.Failure(AssertionMessages.Class(digit), actual));
        }

        AssertionMessages.Class(1).Should().StartWith("an Informational");
    }

    [Fact]
    public async Task ReturnsTheResponseOrRecordGivenMatchingClassInEachForm()
    {
        using HttpResponseMessage response = new(HttpStatusCode.NoContent);

        response.ShouldHaveStatus(HttpStatusCategory.Success).Should().BeSameAs(response);
        (await response.ShouldHaveStatusAsync(HttpStatusCategory.Success)).Should().BeSameAs(response);
        HttpStatusCode.NoContent.ShouldHaveStatus(HttpStatusCategory.Success).Should().BeSameAs(HttpStatusCatalog.NoContent);
        204.ShouldHaveStatus(HttpStatusCategory.Success).Should().BeSameAs(HttpStatusCatalog.NoContent);
        299.ShouldHaveStatus(HttpStatusCategory.Success).Should().BeSameAs(HttpStatusCatalog.Describe(299));
    }

    [Fact]
    public async Task ThrowsTheSameMessageGivenMismatchInEachForm()
    {
        const string Body = "Service is down for maintenance";
        using HttpResponseMessage response = new(HttpStatusCode.ServiceUnavailable) { Content = new StringContent(Body) };
        string first = AssertionMessages.Failure(AssertionMessages.Class(2), HttpStatusCatalog.ServiceUnavailable);
        string withBody = first + Environment.NewLine + "Response body (" + Body.Length + " characters): " + Body;

        StatusAssertionTests.Message(() => response.ShouldHaveStatus(HttpStatusCategory.Success)).Should().Be(withBody);
        (await StatusAssertionTests.MessageAsync(() => response.ShouldHaveStatusAsync(HttpStatusCategory.Success))).Should().Be(withBody);
        StatusAssertionTests.Message(() => HttpStatusCode.ServiceUnavailable.ShouldHaveStatus(HttpStatusCategory.Success)).Should().Be(first);
        StatusAssertionTests.Message(() => 503.ShouldHaveStatus(HttpStatusCategory.Success)).Should().Be(first);
    }

    [Fact]
    public void CarriesTheExpectedClassGivenAFailure()
    {
        HttpStatusAssertionException exception = StatusAssertionTests.Catch(() => 302.ShouldHaveStatus(HttpStatusCategory.Success));

        exception.Expected.Should().Be("a Success (2xx) status");
        exception.ExpectedCategory.Should().Be(HttpStatusCategory.Success);
        exception.ExpectedStatus.Should().BeNull();
        exception.Actual.Should().BeSameAs(HttpStatusCatalog.Found);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void ThrowsArgumentOutOfRangeGivenValueOutsideTheEnumInEachForm(int value)
    {
        var category = (HttpStatusCategory)value;
        using HttpResponseMessage response = new(HttpStatusCode.OK);

        ParamName(() => response.ShouldHaveStatus(category)).Should().Be("expected");
        ParamName(() => response.ShouldHaveStatusAsync(category)).Should().Be("expected");
        ParamName(() => HttpStatusCode.OK.ShouldHaveStatus(category)).Should().Be("expected");
        ParamName(() => 200.ShouldHaveStatus(category)).Should().Be("expected");
    }

    private static string? ParamName(Action act) => act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName;
}
