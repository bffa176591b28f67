using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = HttpStatusKit.Analyzers.Tests.Support.Verifier<HttpStatusKit.Analyzers.StatusRangeCheckAnalyzer, HttpStatusKit.Analyzers.StatusRangeCheckCodeFixProvider>;

namespace HttpStatusKit.Analyzers.Tests;

/// <summary>HSK004: a range check on a status code that a classifier of HttpStatusCatalog states, and its fix.</summary>
public sealed class StatusRangeCheckTests
{
    private const string Usings = """
        using System.Net;
        using System.Net.Http;
        using HttpStatusKit;
        using Microsoft.AspNetCore.Http;

        """;

    [Fact]
    public async Task WritesClassifierGivenBoundsJoinedWithAnd()
    {
        string source = Usings + """
            class Checks
            {
                bool Client(HttpResponseMessage response) => {|HSK004:(int)response.StatusCode >= 400 && (int)response.StatusCode < 500|};
                bool Server(int statusCode) => {|HSK004:statusCode >= 500 && statusCode <= 599|};
                bool Success(HttpContext context) => {|HSK004:199 < context.Response.StatusCode && 300 > context.Response.StatusCode|};
                bool Redirection(int statusCode) => {|HSK004:statusCode < 400 && statusCode > 299|};
                bool Informational(int statusCode) => {|HSK004:statusCode >= 100 && statusCode < 200|};
                bool Error(int statusCode) => {|HSK004:statusCode >= 400 && statusCode < 600|};
            }
            """;
        string fixedSource = Usings + """
            class Checks
            {
                bool Client(HttpResponseMessage response) => HttpStatusCatalog.IsClientError((int)response.StatusCode);
                bool Server(int statusCode) => HttpStatusCatalog.IsServerError(statusCode);
                bool Success(HttpContext context) => HttpStatusCatalog.IsSuccess(context.Response.StatusCode);
                bool Redirection(int statusCode) => HttpStatusCatalog.IsRedirection(statusCode);
                bool Informational(int statusCode) => HttpStatusCatalog.IsInformational(statusCode);
                bool Error(int statusCode) => HttpStatusCatalog.IsError(statusCode);
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesClassifierGivenOpenEndedLowerBound()
    {
        string source = Usings + """
            class Checks
            {
                bool Retry(HttpResponseMessage response) => {|HSK004:(int)response.StatusCode >= 500|};
                bool Failed(HttpContext context) => {|HSK004:context.Response.StatusCode > 399|};
                bool RetryOrThrottled(int statusCode) => {|HSK004:statusCode >= 500|} || statusCode == 429;
            }
            """;
        string fixedSource = Usings + """
            class Checks
            {
                bool Retry(HttpResponseMessage response) => HttpStatusCatalog.IsServerError((int)response.StatusCode);
                bool Failed(HttpContext context) => HttpStatusCatalog.IsError(context.Response.StatusCode);
                bool RetryOrThrottled(int statusCode) => HttpStatusCatalog.IsServerError(statusCode) || statusCode == 429;
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesClassifierGivenClassDigit()
    {
        string source = Usings + """
            class Checks
            {
                bool Client(HttpResponseMessage response) => {|HSK004:(int)response.StatusCode / 100 == 4|};
                bool NotServer(int statusCode) => {|HSK004:5 != statusCode / 100|};
            }
            """;
        string fixedSource = Usings + """
            class Checks
            {
                bool Client(HttpResponseMessage response) => HttpStatusCatalog.IsClientError((int)response.StatusCode);
                bool NotServer(int statusCode) => !HttpStatusCatalog.IsServerError(statusCode);
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesClassifierGivenRelationalPatterns()
    {
        string source = Usings + """
            class Checks
            {
                bool Client(HttpContext context) => {|HSK004:context.Response.StatusCode is >= 400 and < 500|};
                bool Server(int statusCode) => {|HSK004:statusCode is >= 500|};
                bool Success(HttpResponseMessage response) => {|HSK004:(int)response.StatusCode is > 199 and <= 299|};
            }
            """;
        string fixedSource = Usings + """
            class Checks
            {
                bool Client(HttpContext context) => HttpStatusCatalog.IsClientError(context.Response.StatusCode);
                bool Server(int statusCode) => HttpStatusCatalog.IsServerError(statusCode);
                bool Success(HttpResponseMessage response) => HttpStatusCatalog.IsSuccess((int)response.StatusCode);
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task AddsUsingDirectiveGivenFileWithoutIt()
    {
        string source = """
            class Checks
            {
                bool Failed(int statusCode) => {|HSK004:statusCode >= 400 && statusCode < 500|};
            }
            """;
        string fixedSource = """
            using HttpStatusKit;

            class Checks
            {
                bool Failed(int statusCode) => HttpStatusCatalog.IsClientError(statusCode);
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task NamesTheCallGivenMessage()
    {
        string source = Usings + """
            class Checks
            {
                bool Client(HttpResponseMessage response) => {|#0:(int)response.StatusCode / 100 != 4|};
            }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic("HSK004").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("Write !HttpStatusCatalog.IsClientError((int)response.StatusCode) instead of this range check"));
    }

    [Fact]
    public async Task ReportsNothingGivenRangesNoClassifierStates()
    {
        string source = Usings + """
            class Checks
            {
                bool Narrow(int statusCode) => statusCode >= 400 && statusCode < 450;
                bool FromTwoHundred(int statusCode) => statusCode >= 200;
                bool Below(int statusCode) => statusCode < 400;
                bool Split(bool retry, int statusCode) => retry && statusCode >= 400 && statusCode < 450;
                bool Pattern(int statusCode) => statusCode is >= 400 and < 450;
                bool Digit(int statusCode) => statusCode / 100 == 6;
                bool Tens(int statusCode) => statusCode / 10 == 40;
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenValuesThatAreNotStatusCodes()
    {
        string source = Usings + """
            class Checks
            {
                bool Range(int count) => count >= 400 && count < 500;
                bool Open(int age) => age >= 500;
                bool Digit(int size) => size / 100 == 4;
                bool Pattern(int length) => length is >= 400 and < 500;
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenNullableStatusCodesOrRepeatedCalls()
    {
        // The classifiers take an int; a call would run twice in the check but once in the fix.
        string source = Usings + """
            using Microsoft.AspNetCore.Mvc;

            class Checks
            {
                bool Nullable(ObjectResult result) => result.StatusCode >= 400 && result.StatusCode < 500;
                bool Calls(Checks checks) => checks.NextStatusCode() >= 400 && checks.NextStatusCode() < 500;
                int NextStatusCode() => 404;
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenClassifierAlreadyUsed()
    {
        string source = Usings + """
            class Checks
            {
                bool Client(int statusCode) => HttpStatusCatalog.IsClientError(statusCode);
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenGeneratedCode()
    {
        var test = new Verify.AnalyzerTest();
        test.TestState.Sources.Add(("Checks.cs", """
            // <auto-generated>
            //     Generated by a tool.
            // </auto-generated>
            class GeneratedChecks
            {
                bool Client(int statusCode) => statusCode >= 400 && statusCode < 500;
            }
            """));

        await test.RunAsync();
    }
}
