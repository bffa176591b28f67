using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using HttpStatusKit.Testing;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>Asserting one expected status: every overload returns on a match and fails with the whole story otherwise.</summary>
public sealed class StatusAssertionTests
{
    private const string Body = "{\"error\":\"name is required\"}";

    [Fact]
    public void FirstSentencesAreHowTheDescriptionsBeginGivenTheHandWrittenTable()
    {
        foreach ((int code, string sentence) in AssertionMessages.HandWrittenFirstSentences)
        {
            HttpStatusCatalog.Get(code).Description.Should().StartWith(sentence + " ");
        }
    }

    [Fact]
    public void ReturnsTheSameResponseGivenMatchingStatusInEachForm()
    {
        using HttpResponseMessage response = new(HttpStatusCode.Created);

        response.ShouldHaveStatus(HttpStatusCatalog.Created).Should().BeSameAs(response);
        response.ShouldHaveStatus(201).Should().BeSameAs(response);
        response.ShouldHaveStatus(HttpStatusCode.Created).Should().BeSameAs(response);
    }

    [Fact]
    public async Task ReturnsTheSameResponseGivenMatchingStatusInEachAsyncForm()
    {
        using HttpResponseMessage response = new(HttpStatusCode.Created);

        (await response.ShouldHaveStatusAsync(HttpStatusCatalog.Created)).Should().BeSameAs(response);
        (await response.ShouldHaveStatusAsync(201)).Should().BeSameAs(response);
        (await response.ShouldHaveStatusAsync(HttpStatusCode.Created)).Should().BeSameAs(response);
    }

    [Fact]
    public void ThrowsWithExpectedActualMeaningAndBodyGivenOtherStatusOnAResponse()
    {
        using HttpResponseMessage response = BadRequest();
        string expected = AssertionMessages.Failure("201 Created (Success)", HttpStatusCatalog.BadRequest)
            + Environment.NewLine + "Response body (" + Body.Length + " characters): " + Body;

        Message(() => response.ShouldHaveStatus(HttpStatusCatalog.Created)).Should().Be(expected);
        Message(() => response.ShouldHaveStatus(201)).Should().Be(expected);
        Message(() => response.ShouldHaveStatus(HttpStatusCode.Created)).Should().Be(expected);
    }

    [Fact]
    public async Task ThrowsWithExpectedActualMeaningAndBodyGivenOtherStatusOnAResponseAsync()
    {
        using HttpResponseMessage response = BadRequest();
        string expected = AssertionMessages.Failure("201 Created (Success)", HttpStatusCatalog.BadRequest)
            + Environment.NewLine + "Response body (" + Body.Length + " characters): " + Body;

        (await MessageAsync(() => response.ShouldHaveStatusAsync(HttpStatusCatalog.Created))).Should().Be(expected);
        (await MessageAsync(() => response.ShouldHaveStatusAsync(201))).Should().Be(expected);
        (await MessageAsync(() => response.ShouldHaveStatusAsync(HttpStatusCode.Created))).Should().Be(expected);
    }

    [Fact]
    public void GivesTheExactExampleOfTheRequestGiven400For201()
    {
        using HttpResponseMessage response = new(HttpStatusCode.BadRequest);

        Message(() => response.ShouldHaveStatus(HttpStatusCatalog.Created)).Should().Be(
            "Expected 201 Created (Success), but the response was 400 Bad Request (Client Error): The server refuses or is unable to process the request because it sees a client error in it.");
    }

    [Fact]
    public void ReturnsTheActualRecordGivenMatchingCodeInEachForm()
    {
        HttpStatusCode.NotFound.ShouldHaveStatus(HttpStatusCatalog.NotFound).Should().BeSameAs(HttpStatusCatalog.NotFound);
        HttpStatusCode.NotFound.ShouldHaveStatus(404).Should().BeSameAs(HttpStatusCatalog.NotFound);
        HttpStatusCode.NotFound.ShouldHaveStatus(HttpStatusCode.NotFound).Should().BeSameAs(HttpStatusCatalog.NotFound);
        404.ShouldHaveStatus(HttpStatusCatalog.NotFound).Should().BeSameAs(HttpStatusCatalog.NotFound);
        404.ShouldHaveStatus(404).Should().BeSameAs(HttpStatusCatalog.NotFound);
        404.ShouldHaveStatus(HttpStatusCode.NotFound).Should().BeSameAs(HttpStatusCatalog.NotFound);
        499.ShouldHaveStatus(499).Should().BeSameAs(HttpStatusCatalog.Describe(499));
        ((HttpStatusCode)999).ShouldHaveStatus(999).Code.Should().Be(999);
    }

    [Fact]
    public void ThrowsWithoutABodyLineGivenOtherCodeInEachForm()
    {
        string expected = AssertionMessages.Failure("404 Not Found (Client Error)", HttpStatusCatalog.InternalServerError);

        Message(() => HttpStatusCode.InternalServerError.ShouldHaveStatus(HttpStatusCatalog.NotFound)).Should().Be(expected);
        Message(() => HttpStatusCode.InternalServerError.ShouldHaveStatus(404)).Should().Be(expected);
        Message(() => HttpStatusCode.InternalServerError.ShouldHaveStatus(HttpStatusCode.NotFound)).Should().Be(expected);
        Message(() => 500.ShouldHaveStatus(HttpStatusCatalog.NotFound)).Should().Be(expected);
        Message(() => 500.ShouldHaveStatus(404)).Should().Be(expected);
        Message(() => 500.ShouldHaveStatus(HttpStatusCode.NotFound)).Should().Be(expected);
    }

    [Fact]
    public void DescribesTheActualStatusGivenEveryKindOfRecordAgainstOK()
    {
        foreach (HttpStatusInfo actual in StatusClassNames.EveryKindOfRecord())
        {
            if (actual.Code == 200)
            {
                actual.Code.ShouldHaveStatus(HttpStatusCatalog.OK).Should().BeSameAs(HttpStatusCatalog.OK);
                continue;
            }

            Message(() => actual.Code.ShouldHaveStatus(HttpStatusCatalog.OK))
                .Should().Be(AssertionMessages.Failure("200 OK (Success)", actual), "actual {0}", actual.Code);
        }
    }

    [Fact]
    public void DescribesTheExpectationAsDescribeDoesGivenExpectedCodeOutsideTheCatalog()
    {
        Message(() => 404.ShouldHaveStatus(499)).Should().Be(AssertionMessages.Failure("499 Unassigned (Client Error)", 404));
        Message(() => 404.ShouldHaveStatus(1000)).Should().Be(AssertionMessages.Failure("1000 Invalid (Server Error)", 404));
        Message(() => 404.ShouldHaveStatus((HttpStatusCode)(-3))).Should().Be(AssertionMessages.Failure("-3 Invalid (Server Error)", 404));
    }

    [Fact]
    public void CarriesExpectedAndActualGivenAFailure()
    {
        HttpStatusAssertionException exception = Catch(() => 400.ShouldHaveStatus(HttpStatusCatalog.Created));

        exception.Expected.Should().Be("201 Created (Success)");
        exception.ExpectedStatus.Should().BeSameAs(HttpStatusCatalog.Created);
        exception.ExpectedCategory.Should().BeNull();
        exception.Actual.Should().BeSameAs(HttpStatusCatalog.BadRequest);
    }

    [Fact]
    public void ComparesCodesNotInstancesGivenInvalidValues()
    {
        HttpStatusCatalog.Describe(700).Should().NotBeSameAs(HttpStatusCatalog.Describe(700));

        700.ShouldHaveStatus(HttpStatusCatalog.Describe(700)).Code.Should().Be(700);
        ((HttpStatusCode)700).ShouldHaveStatus(700).Code.Should().Be(700);
    }

    [Fact]
    public void ThrowsArgumentNullGivenNullArguments()
    {
        using HttpResponseMessage response = new(HttpStatusCode.OK);
        HttpResponseMessage? none = null;

        ParamName(() => none!.ShouldHaveStatus(HttpStatusCatalog.OK)).Should().Be("response");
        ParamName(() => none!.ShouldHaveStatus(200)).Should().Be("response");
        ParamName(() => none!.ShouldHaveStatus(HttpStatusCode.OK)).Should().Be("response");
        ParamName(() => none!.ShouldHaveStatus(HttpStatusCategory.Success)).Should().Be("response");
        ParamName(() => response.ShouldHaveStatus((HttpStatusInfo)null!)).Should().Be("expected");
        ParamName(() => 200.ShouldHaveStatus((HttpStatusInfo)null!)).Should().Be("expected");
        ParamName(() => HttpStatusCode.OK.ShouldHaveStatus((HttpStatusInfo)null!)).Should().Be("expected");
    }

    [Fact]
    public void ThrowsArgumentNullAtOnceNotThroughTheTaskGivenNullArgumentsAsync()
    {
        using HttpResponseMessage response = new(HttpStatusCode.OK);
        HttpResponseMessage? none = null;

        ParamName(() => none!.ShouldHaveStatusAsync(HttpStatusCatalog.OK)).Should().Be("response");
        ParamName(() => none!.ShouldHaveStatusAsync(200)).Should().Be("response");
        ParamName(() => none!.ShouldHaveStatusAsync(HttpStatusCode.OK)).Should().Be("response");
        ParamName(() => none!.ShouldHaveStatusAsync(HttpStatusCategory.Success)).Should().Be("response");
        ParamName(() => response.ShouldHaveStatusAsync((HttpStatusInfo)null!)).Should().Be("expected");
    }

    private static HttpResponseMessage BadRequest() =>
        new(HttpStatusCode.BadRequest) { Content = new StringContent(Body) };

    internal static HttpStatusAssertionException Catch(Action act)
    {
        try
        {
            act();
        }
        catch (HttpStatusAssertionException exception)
        {
            return exception;
        }

        throw new InvalidOperationException("The assertion did not fail.");
    }

    internal static string Message(Action act) => Catch(act).Message;

    internal static async Task<string> MessageAsync(Func<Task> act)
    {
        try
        {
            await act();
        }
        catch (HttpStatusAssertionException exception)
        {
            return exception.Message;
        }

        throw new InvalidOperationException("The assertion did not fail.");
    }

    private static string? ParamName(Action act) => act.Should().Throw<ArgumentNullException>().Which.ParamName;
}
