using System.Threading.Tasks;
using Verify = HttpStatusKit.Analyzers.Tests.Support.Verifier<HttpStatusKit.Analyzers.StatusCodeLiteralAnalyzer, HttpStatusKit.Analyzers.StatusCodeConstantCodeFixProvider>;

namespace HttpStatusKit.Analyzers.Tests;

/// <summary>HSK001: a number where a status code goes, for each API the rule names, and its fix.</summary>
public sealed class StatusCodeConstantTests
{
    private const string Usings = """
        using System.Net;
        using System.Net.Http;
        using HttpStatusKit;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;

        """;

    [Fact]
    public async Task WritesConstantGivenResponseStatusCodeAssignment()
    {
        string source = Usings + """
            class Middleware
            {
                void Run(HttpContext context) => context.Response.StatusCode = {|HSK001:404|};
            }
            """;
        string fixedSource = Usings + """
            class Middleware
            {
                void Run(HttpContext context) => context.Response.StatusCode = HttpStatus.NotFound;
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesConstantGivenControllerHelpersAndMvcResults()
    {
        string source = Usings + """
            class OrdersController : ControllerBase
            {
                IActionResult Gone() => StatusCode({|HSK001:410|});
                IActionResult GoneWithBody() => StatusCode({|HSK001:410|}, new { reason = "archived" });
                IActionResult Conflict() => new StatusCodeResult({|HSK001:409|});
                IActionResult Accepted() => new ObjectResult("queued") { StatusCode = {|HSK001:202|} };
                IActionResult Problem() => Problem(statusCode: {|HSK001:503|});
            }
            """;
        string fixedSource = Usings + """
            class OrdersController : ControllerBase
            {
                IActionResult Gone() => StatusCode(HttpStatus.Gone);
                IActionResult GoneWithBody() => StatusCode(HttpStatus.Gone, new { reason = "archived" });
                IActionResult Conflict() => new StatusCodeResult(HttpStatus.Conflict);
                IActionResult Accepted() => new ObjectResult("queued") { StatusCode = HttpStatus.Accepted };
                IActionResult Problem() => Problem(statusCode: HttpStatus.ServiceUnavailable);
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesConstantGivenMinimalApiResults()
    {
        string source = Usings + """
            class Endpoints
            {
                IResult Teapot() => Results.StatusCode({|HSK001:418|});
                IResult Typed() => TypedResults.StatusCode({|HSK001:429|});
                IResult Problem() => Results.Problem(statusCode: {|HSK001:422|}, title: "Invalid order");
                IResult Json() => Results.Json(new { }, statusCode: {|HSK001:201|});
            }
            """;
        string fixedSource = Usings + """
            class Endpoints
            {
                IResult Teapot() => Results.StatusCode(HttpStatus.ImATeapot);
                IResult Typed() => TypedResults.StatusCode(HttpStatus.TooManyRequests);
                IResult Problem() => Results.Problem(statusCode: HttpStatus.UnprocessableContent, title: "Invalid order");
                IResult Json() => Results.Json(new { }, statusCode: HttpStatus.Created);
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesConstantGivenResponseMetadata()
    {
        string source = Usings + """
            class OrdersController : ControllerBase
            {
                [ProducesResponseType({|HSK001:404|})]
                [ProducesResponseType(typeof(string), {|HSK001:200|})]
                [ProducesResponseType<ProblemDetails>({|HSK001:400|})]
                public IActionResult Get() => Ok();
            }

            static class Routes
            {
                static void Map(WebApplication app) =>
                    app.MapGet("/orders", () => "none").Produces({|HSK001:204|}).ProducesProblem({|HSK001:500|});
            }
            """;
        string fixedSource = Usings + """
            class OrdersController : ControllerBase
            {
                [ProducesResponseType(HttpStatus.NotFound)]
                [ProducesResponseType(typeof(string), HttpStatus.OK)]
                [ProducesResponseType<ProblemDetails>(HttpStatus.BadRequest)]
                public IActionResult Get() => Ok();
            }

            static class Routes
            {
                static void Map(WebApplication app) =>
                    app.MapGet("/orders", () => "none").Produces(HttpStatus.NoContent).ProducesProblem(HttpStatus.InternalServerError);
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesConstantGivenProblemDetailsStatusAndStatusCodeVariables()
    {
        string source = Usings + """
            class Errors
            {
                int _statusCode = {|HSK001:500|};

                ProblemDetails Create()
                {
                    int statusCode = {|HSK001:409|};
                    _statusCode = statusCode;
                    return new ProblemDetails { Status = {|HSK001:409|}, Title = "Conflict" };
                }
            }
            """;
        string fixedSource = Usings + """
            class Errors
            {
                int _statusCode = HttpStatus.InternalServerError;

                ProblemDetails Create()
                {
                    int statusCode = HttpStatus.Conflict;
                    _statusCode = statusCode;
                    return new ProblemDetails { Status = HttpStatus.Conflict, Title = "Conflict" };
                }
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesConstantGivenComparisonsWithStatusCodes()
    {
        string source = Usings + """
            class Client
            {
                bool IsMissing(HttpResponseMessage response) => (int)response.StatusCode == {|HSK001:404|};
                bool IsPresent(HttpResponseMessage response) => {|HSK001:404|} != (int)response.StatusCode;
                bool IsCreated(HttpContext context) => context.Response.StatusCode == {|HSK001:201|};
                bool IsAccepted(ObjectResult result) => result.StatusCode == {|HSK001:202|};
            }
            """;
        string fixedSource = Usings + """
            class Client
            {
                bool IsMissing(HttpResponseMessage response) => (int)response.StatusCode == HttpStatus.NotFound;
                bool IsPresent(HttpResponseMessage response) => HttpStatus.NotFound != (int)response.StatusCode;
                bool IsCreated(HttpContext context) => context.Response.StatusCode == HttpStatus.Created;
                bool IsAccepted(ObjectResult result) => result.StatusCode == HttpStatus.Accepted;
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesConstantGivenCaseLabelsAndPatternsOnStatusCodes()
    {
        string source = Usings + """
            class Client
            {
                string Describe(HttpResponseMessage response)
                {
                    switch ((int)response.StatusCode)
                    {
                        case {|HSK001:404|}:
                            return "missing";
                        case {|HSK001:410|} or {|HSK001:451|}:
                            return "gone";
                        default:
                            return "other";
                    }
                }

                string Short(int statusCode) => statusCode switch
                {
                    {|HSK001:200|} => "ok",
                    _ => "other",
                };

                bool IsTooMany(HttpContext context) => context.Response.StatusCode is {|HSK001:429|};
                bool IsTooManyResult(ObjectResult result) => result is { StatusCode: {|HSK001:429|} };
            }
            """;
        string fixedSource = Usings + """
            class Client
            {
                string Describe(HttpResponseMessage response)
                {
                    switch ((int)response.StatusCode)
                    {
                        case HttpStatus.NotFound:
                            return "missing";
                        case HttpStatus.Gone or HttpStatus.UnavailableForLegalReasons:
                            return "gone";
                        default:
                            return "other";
                    }
                }

                string Short(int statusCode) => statusCode switch
                {
                    HttpStatus.OK => "ok",
                    _ => "other",
                };

                bool IsTooMany(HttpContext context) => context.Response.StatusCode is HttpStatus.TooManyRequests;
                bool IsTooManyResult(ObjectResult result) => result is { StatusCode: HttpStatus.TooManyRequests };
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesHttpStatusCodeMemberGivenCastToHttpStatusCode()
    {
        string source = Usings + """
            class Client
            {
                HttpResponseMessage TooMany() => new({|HSK001:(HttpStatusCode)429|});
                bool IsFound(HttpResponseMessage response) => response.StatusCode == {|HSK001:(HttpStatusCode)302|};
                HttpStatusCode Moved() => {|HSK001:(HttpStatusCode)301|};
            }
            """;
        string fixedSource = Usings + """
            class Client
            {
                HttpResponseMessage TooMany() => new(HttpStatusCode.TooManyRequests);
                bool IsFound(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.Found;
                HttpStatusCode Moved() => HttpStatusCode.MovedPermanently;
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesCastOfConstantGivenCodeThatHttpStatusCodeDoesNotName()
    {
        // .NET 8's HttpStatusCode has no member for 104 Upload Resumption Supported (provisional).
        string source = Usings + """
            class Client
            {
                HttpStatusCode Resumable() => {|HSK001:(HttpStatusCode)104|};
            }
            """;
        string fixedSource = Usings + """
            class Client
            {
                HttpStatusCode Resumable() => (HttpStatusCode)HttpStatus.UploadResumptionSupported;
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task AddsUsingDirectivesGivenFileWithoutThem()
    {
        string source = """
            class Client
            {
                int Status(Microsoft.AspNetCore.Http.HttpContext context) => context.Response.StatusCode = {|HSK001:404|};
                System.Net.HttpStatusCode Code() => {|HSK001:(System.Net.HttpStatusCode)404|};
            }
            """;
        string fixedSource = """
            using System.Net;
            using HttpStatusKit;

            class Client
            {
                int Status(Microsoft.AspNetCore.Http.HttpContext context) => context.Response.StatusCode = HttpStatus.NotFound;
                System.Net.HttpStatusCode Code() => HttpStatusCode.NotFound;
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task KeepsQualifiedNameGivenTypeOfTheSameNameInScope()
    {
        string source = """
            namespace Shop
            {
                class HttpStatus { }

                class Middleware
                {
                    void Run(Microsoft.AspNetCore.Http.HttpContext context) => context.Response.StatusCode = {|HSK001:404|};
                }
            }
            """;
        string fixedSource = """
            namespace Shop
            {
                class HttpStatus { }

                class Middleware
                {
                    void Run(Microsoft.AspNetCore.Http.HttpContext context) => context.Response.StatusCode = HttpStatusKit.HttpStatus.NotFound;
                }
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task ReportsNothingGivenConstantsAlreadyUsed()
    {
        string source = Usings + """
            class OrdersController : ControllerBase
            {
                const int ClientClosedRequest = 499;

                [ProducesResponseType(StatusCodes.Status404NotFound)]
                IActionResult Get() => StatusCode(HttpStatus.NotFound);
                IActionResult Closed() => StatusCode(ClientClosedRequest);
                HttpResponseMessage Message() => new(HttpStatusCode.NotFound);
                HttpResponseMessage Cast() => new((HttpStatusCode)HttpStatus.NotFound);
                bool IsMissing(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.NotFound;
                bool IsMissingNumber(HttpResponseMessage response) => (int)response.StatusCode == (int)HttpStatusCode.NotFound;
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenNumbersThatAreNotStatusCodes()
    {
        string source = Usings + """
            using System.Threading;

            class Work
            {
                void Run(HttpContext context, HttpResponseMessage response, int statusCode)
                {
                    Thread.Sleep(404);
                    var buffer = new byte[404];
                    int count = 404;
                    int total = statusCode + 404;
                    bool many = count == 404;
                    bool sameLength = response.Content.Headers.ContentLength == 404;
                    context.Response.ContentLength = 404;
                    const int statusCodeConstant = 404;
                    switch (count)
                    {
                        case 404:
                            break;
                    }
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenNumbersPassedToTheCatalog()
    {
        // The catalog takes any value on purpose: Describe(499) is how an application asks about an unassigned code.
        string source = Usings + """
            class Lookups
            {
                object[] Run() => [HttpStatusCatalog.Get(404), HttpStatusCatalog.Describe(499), HttpStatusCatalog.IsClientError(404)];
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenGeneratedCode()
    {
        var test = new Verify.AnalyzerTest();
        test.TestState.Sources.Add(("Orders.g.cs", Usings + """
            class GeneratedController : ControllerBase
            {
                IActionResult Gone() => StatusCode(410);
            }
            """));
        test.TestState.Sources.Add(("Client.cs", """
            // <auto-generated/>
            class GeneratedClient
            {
                System.Net.HttpStatusCode Code() => (System.Net.HttpStatusCode)429;
            }
            """));

        await test.RunAsync();
    }

    [Fact]
    public async Task NamesTheConstantAndTheNumberGivenMessage()
    {
        string source = Usings + """
            class Endpoints
            {
                IResult Missing() => Results.StatusCode({|#0:404|});
                HttpStatusCode TooMany() => {|#1:(HttpStatusCode)429|};
            }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic("HSK001").WithLocation(0).WithMessage("Write HttpStatus.NotFound instead of the number 404"),
            Verify.Diagnostic("HSK001").WithLocation(1).WithMessage("Write HttpStatusCode.TooManyRequests instead of the number 429"));
    }
}
