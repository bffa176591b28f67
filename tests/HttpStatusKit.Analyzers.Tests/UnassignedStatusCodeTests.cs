using System.Threading.Tasks;
using Verify = HttpStatusKit.Analyzers.Tests.Support.Verifier<HttpStatusKit.Analyzers.StatusCodeLiteralAnalyzer, HttpStatusKit.Analyzers.StatusCodeConstantCodeFixProvider>;

namespace HttpStatusKit.Analyzers.Tests;

/// <summary>HSK002: a number where a status code goes that the registry has not assigned, or that is no status code at all.</summary>
public sealed class UnassignedStatusCodeTests
{
    private const string Usings = """
        using System.Net;
        using System.Net.Http;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;

        """;

    [Fact]
    public async Task NamesTheClassFallbackGivenUnassignedCode()
    {
        string source = Usings + """
            class Endpoints
            {
                IResult Closed() => Results.StatusCode({|#0:499|});
                IResult Origin() => Results.StatusCode({|#1:520|});
                IResult Unknown() => Results.StatusCode({|#2:299|});
            }
            """;

        // The fallbacks are RFC 9110, Section 15: a client treats an unrecognised code as the x00 code of its class.
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic("HSK002").WithLocation(0).WithMessage("499 is not a registered status code; clients handle it as 400 Bad Request (unofficially: Esri ArcGIS Server's Token Required, nginx's Client Closed Request)"),
            Verify.Diagnostic("HSK002").WithLocation(1).WithMessage("520 is not a registered status code; clients handle it as 500 Internal Server Error (unofficially: Cloudflare's Web Server Returns an Unknown Error)"),
            Verify.Diagnostic("HSK002").WithLocation(2).WithMessage("299 is not a registered status code; clients handle it as 200 OK"));
    }

    [Fact]
    public async Task NamesServerErrorGivenValueOutsideTheValidRange()
    {
        string source = Usings + """
            class Middleware
            {
                void Run(HttpContext context)
                {
                    context.Response.StatusCode = {|#0:600|};
                    context.Response.StatusCode = {|#1:99|};
                    context.Response.StatusCode = {|#2:-1|};
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic("HSK002").WithLocation(0).WithMessage("600 is not a valid status code (100 to 599); clients handle it as 500 Internal Server Error"),
            Verify.Diagnostic("HSK002").WithLocation(1).WithMessage("99 is not a valid status code (100 to 599); clients handle it as 500 Internal Server Error"),
            Verify.Diagnostic("HSK002").WithLocation(2).WithMessage("-1 is not a valid status code (100 to 599); clients handle it as 500 Internal Server Error"));
    }

    [Fact]
    public async Task IsAWarningWithoutFixGivenUnassignedCode()
    {
        string source = Usings + """
            class OrdersController : ControllerBase
            {
                [ProducesResponseType({|HSK002:499|})]
                IActionResult Closed() => StatusCode({|HSK002:499|});
                HttpResponseMessage Message() => new({|HSK002:(HttpStatusCode)499|});
                bool IsClosed(HttpContext context) => context.Response.StatusCode == {|HSK002:499|};
            }
            """;

        await Verify.VerifyCodeFixAsync(source, source);
    }

    [Fact]
    public async Task ReportsNothingGivenVendorTheApplicationNamesInEditorConfig()
    {
        var test = new Verify.AnalyzerTest
        {
            TestCode = Usings + """
                class Endpoints
                {
                    IResult Closed() => Results.StatusCode(499);
                    IResult NoResponse() => Results.StatusCode(444);
                    IResult Origin() => Results.StatusCode({|HSK002:520|});
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            httpstatuskit.vendors = Nginx, esriarcgis, 7, NotAVendor
            """));

        await test.RunAsync();
    }

    [Fact]
    public async Task ReportsNothingGivenCodeTheApplicationNamesInItsOwnConstant()
    {
        string source = Usings + """
            class Endpoints
            {
                const int ClientClosedRequest = 499;

                IResult Closed() => Results.StatusCode(ClientClosedRequest);
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenComparisonWithZero()
    {
        string source = Usings + """
            class Checks
            {
                bool NotSet(HttpContext context) => context.Response.StatusCode == 0;
                bool NoStatus(HttpResponseMessage response) => response.StatusCode != (HttpStatusCode)0;
                bool Zero(int statusCode) => statusCode is 0;
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenRangeBoundsOutsideTheValidRange()
    {
        string source = Usings + """
            class Checks
            {
                bool Invalid(int statusCode) => statusCode < 100 || statusCode >= 600;
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenGeneratedCode()
    {
        var test = new Verify.AnalyzerTest();
        test.TestState.Sources.Add(("Proxy.g.cs", Usings + """
            class GeneratedProxy
            {
                IResult Closed() => Results.StatusCode(499);
            }
            """));

        await test.RunAsync();
    }
}
