using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HttpStatusKit.Tests;

/// <summary>
/// The Problem Details type and title of every record (RFC 9457): the same as ASP.NET Core's own defaults where it has
/// them, linked to the record's own specification section, and about:blank where no section defines the code.
/// </summary>
public sealed class ProblemDetailsTests
{
    /// <summary>
    /// Where ASP.NET Core's defaults differ, and why: it links 422 to its former definition in RFC 4918 with the former
    /// phrase, where the catalog follows RFC 9110, Section 15.5.21; and its title for 500 is a sentence.
    /// </summary>
    private static readonly string[] s_knownDifferences =
    [
        "422 type: https://tools.ietf.org/html/rfc4918#section-11.2",
        "422 title: Unprocessable Entity",
        "500 title: An error occurred while processing your request.",
    ];

    [Fact]
    public void TypeAndTitleAreAspNetCoresExceptTheKnownDifferencesGivenEveryCodeAspNetCoreHasDefaultsFor()
    {
        var compared = new List<int>();
        var differences = new List<string>();
        for (int code = 100; code <= 599; code++)
        {
            ProblemDetails aspNet = AspNetCoreProblem(code);
            if (aspNet.Type is null)
            {
                continue;
            }

            HttpStatusInfo info = HttpStatusCatalog.Describe(code);
            if (info.ProblemType.AbsoluteUri != aspNet.Type)
            {
                differences.Add($"{code} type: {aspNet.Type}");
            }

            if (info.ProblemTitle != aspNet.Title)
            {
                differences.Add($"{code} title: {aspNet.Title}");
            }

            compared.Add(code);
        }

        compared.Should().Contain([400, 401, 403, 404, 405, 409, 422, 500, 503], "ASP.NET Core has defaults for the common error codes");
        differences.Should().Equal(s_knownDifferences);
    }

    [Fact]
    public void KnownDifferencesFollowTheCatalogGivenRecordsFor422And500()
    {
        HttpStatusCatalog.UnprocessableContent.ProblemType.AbsoluteUri.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.21");
        HttpStatusCatalog.UnprocessableContent.ProblemTitle.Should().Be("Unprocessable Content");
        HttpStatusCatalog.InternalServerError.ProblemTitle.Should().Be("Internal Server Error");
    }

    [Fact]
    public void TypeLinksToTheRecordsOwnSectionGivenEveryCatalogCode()
    {
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            Uri type = info.ProblemType;

            type.IsAbsoluteUri.Should().BeTrue();
            type.Scheme.Should().Be("https");
            type.Fragment.Should().Be(info.Specification.Uri.Fragment, "{0} links to its own section", info);
            if (info.Specification.Document.StartsWith("RFC ", StringComparison.Ordinal))
            {
                type.Host.Should().Be("tools.ietf.org");
                type.AbsolutePath.Should().Be("/html/rfc" + info.Specification.Document["RFC ".Length..]);
            }
            else
            {
                type.Should().Be(info.Specification.Uri, "{0} is defined by an Internet-Draft", info);
            }
        }
    }

    [Fact]
    public void TitleIsTheReasonPhraseGivenEveryCatalogCode()
    {
        // RFC 9457, Section 4.2.1: with no more specific type, the title is the status phrase.
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            info.ProblemTitle.Should().Be(info.ReasonPhrase);
        }
    }

    [Theory]
    [InlineData(150, "Informational")]
    [InlineData(299, "Success")]
    [InlineData(399, "Redirection")]
    [InlineData(499, "Client Error")]
    [InlineData(599, "Server Error")]
    [InlineData(600, "Server Error")]
    [InlineData(-1, "Server Error")]
    [InlineData(int.MaxValue, "Server Error")]
    public void TypeIsAboutBlankAndTitleTheClassGivenCodeNoSectionDefines(int code, string title)
    {
        HttpStatusInfo info = HttpStatusCatalog.Describe(code);

        info.ProblemType.OriginalString.Should().Be("about:blank");
        info.ProblemTitle.Should().Be(title);
    }

    [Fact]
    public void TypeIsTheSameInstanceGivenRepeatedReads()
    {
        foreach (HttpStatusInfo info in HttpStatusCatalog.All.Append(HttpStatusCatalog.Describe(499)))
        {
            info.ProblemType.Should().BeSameAs(info.ProblemType);
        }
    }

    [Fact]
    public void AProblemResponseCanBeBuiltFromTheCatalogGivenAspNetCoreResults()
    {
        HttpStatusInfo status = HttpStatusCatalog.TooManyRequests;

        var result = (ProblemHttpResult)Results.Problem(statusCode: status.Code, title: status.ProblemTitle, type: status.ProblemType.AbsoluteUri);

        result.StatusCode.Should().Be(429);
        result.ProblemDetails.Type.Should().Be("https://tools.ietf.org/html/rfc6585#section-4");
        result.ProblemDetails.Title.Should().Be("Too Many Requests");
    }

    private static ProblemDetails AspNetCoreProblem(int code) => ((ProblemHttpResult)Results.Problem(statusCode: code)).ProblemDetails;
}
