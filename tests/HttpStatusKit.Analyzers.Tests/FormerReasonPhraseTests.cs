using System.Threading.Tasks;
using Verify = HttpStatusKit.Analyzers.Tests.Support.Verifier<HttpStatusKit.Analyzers.ReasonPhraseAnalyzer, HttpStatusKit.Analyzers.ReasonPhraseCodeFixProvider>;

namespace HttpStatusKit.Analyzers.Tests;

/// <summary>HSK003: a reason phrase or problem title that an earlier RFC gave a code, and its fix.</summary>
public sealed class FormerReasonPhraseTests
{
    private const string Usings = """
        using System.Net;
        using System.Net.Http;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Http.Features;
        using Microsoft.AspNetCore.Mvc;

        """;

    [Fact]
    public async Task WritesCurrentPhraseGivenReasonPhraseAssignments()
    {
        string source = Usings + """
            class Responses
            {
                void Server(HttpContext context) =>
                    context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = {|HSK003:"Request Entity Too Large"|};

                HttpResponseMessage Client() =>
                    new((HttpStatusCode)422) { ReasonPhrase = {|HSK003:"Unprocessable Entity"|} };

                string Local()
                {
                    string reasonPhrase = {|HSK003:"Payload Too Large"|};
                    return reasonPhrase;
                }
            }
            """;
        string fixedSource = Usings + """
            class Responses
            {
                void Server(HttpContext context) =>
                    context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "Content Too Large";

                HttpResponseMessage Client() =>
                    new((HttpStatusCode)422) { ReasonPhrase = "Unprocessable Content" };

                string Local()
                {
                    string reasonPhrase = "Content Too Large";
                    return reasonPhrase;
                }
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesCurrentPhraseGivenProblemTitles()
    {
        string source = Usings + """
            class Problems : ControllerBase
            {
                IResult Minimal() => Results.Problem(title: {|HSK003:"Unprocessable Entity"|}, statusCode: 422);
                IResult Typed() => TypedResults.Problem(title: {|HSK003:"Request-URI Too Long"|}, statusCode: 414);
                IActionResult Mvc() => Problem(title: {|HSK003:"Gateway Time-out"|}, statusCode: 504);
                ProblemDetails Details() => new() { Title = {|HSK003:"Requested Range Not Satisfiable"|}, Status = 416 };
                ValidationProblemDetails Validation() => new() { Title = {|HSK003:"Unprocessable Entity"|} };
            }
            """;
        string fixedSource = Usings + """
            class Problems : ControllerBase
            {
                IResult Minimal() => Results.Problem(title: "Unprocessable Content", statusCode: 422);
                IResult Typed() => TypedResults.Problem(title: "URI Too Long", statusCode: 414);
                IActionResult Mvc() => Problem(title: "Gateway Timeout", statusCode: 504);
                ProblemDetails Details() => new() { Title = "Range Not Satisfiable", Status = 416 };
                ValidationProblemDetails Validation() => new() { Title = "Unprocessable Content" };
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task WritesCurrentPhraseGivenFormerPhraseThatDiffersOnlyInCase()
    {
        string source = Usings + """
            class Responses
            {
                HttpResponseMessage Old() => new((HttpStatusCode)505) { ReasonPhrase = {|HSK003:"HTTP Version not supported"|} };
            }
            """;
        string fixedSource = Usings + """
            class Responses
            {
                HttpResponseMessage Old() => new((HttpStatusCode)505) { ReasonPhrase = "HTTP Version Not Supported" };
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task NamesBothRfcsGivenMessage()
    {
        string source = Usings + """
            class Problems
            {
                IResult Large() => Results.Problem(title: {|#0:"Request Entity Too Large"|}, statusCode: 413);
            }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic("HSK003").WithLocation(0)
                .WithMessage("\"Request Entity Too Large\" is the reason phrase RFC 2616 gave 413; the current one is \"Content Too Large\" (RFC 9110, Section 15.5.14)"));
    }

    [Fact]
    public async Task ReportsNothingGivenCurrentPhrasesAndOtherTexts()
    {
        string source = Usings + """
            class Problems
            {
                IResult Current() => Results.Problem(title: "Content Too Large", statusCode: 413);
                IResult Teapot() => Results.Problem(title: "I'm a teapot", statusCode: 418);
                IResult Own() => Results.Problem(title: "Order too large to ship", statusCode: 413);
                IResult Detail() => Results.Problem(detail: "Request Entity Too Large", statusCode: 413);
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenComparisonsAndTextsThatAreNotPhrases()
    {
        // A peer may still send an old phrase, so comparing with one is left alone.
        string source = Usings + """
            class Client
            {
                bool IsOld(HttpResponseMessage response) => response.ReasonPhrase == "Request Entity Too Large";
                string Log() => "Request Entity Too Large";
                void Title(string title) { }
                void Call() => Title("Request Entity Too Large");
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ReportsNothingGivenGeneratedCode()
    {
        var test = new Verify.AnalyzerTest();
        test.TestState.Sources.Add(("Problems.g.cs", Usings + """
            class GeneratedProblems
            {
                IResult Large() => Results.Problem(title: "Request Entity Too Large", statusCode: 413);
            }
            """));

        await test.RunAsync();
    }
}
