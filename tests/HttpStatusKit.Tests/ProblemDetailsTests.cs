using System;
using System.Collections.Generic;
using System.Linq;
using HttpStatusKit.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace HttpStatusKit.Tests;

/// <summary>
/// The Problem Details type and title of every record (RFC 9457): linked to the record's own specification section,
/// about:blank where no section defines the code, and different from what the real ASP.NET Core gives only where
/// Data/aspnetcore-problem-details.csv says so, for every code from 100 to 599.
/// </summary>
public sealed class ProblemDetailsTests
{
    private static readonly HashSet<int> s_registered = TestData.Iana.Select(r => r.Code).ToHashSet();

    [Fact]
    public void AspNetCoreHasDefaultsExactlyForTheListedCodesGivenEveryCodeFrom100To599()
    {
        var withDefaults = Enumerable.Range(100, 500).Where(code => AspNetCoreProblem(code).Type is not null).ToList();

        withDefaults.Should().Equal(AspNetCoreDifferences.CodesWithDefaults);
    }

    [Fact]
    public void TypeAndTitleDifferFromAspNetCoreOnlyAsListedGivenEveryCodeFrom100To599()
    {
        var differences = new List<string>();
        for (int code = 100; code <= 599; code++)
        {
            ProblemDetails aspNet = AspNetCoreProblem(code);
            HttpStatusInfo info = HttpStatusCatalog.Describe(code);

            // RFC 9457, Section 3.1.1: a problem without a type member has the type about:blank.
            string aspNetType = aspNet.Type ?? "about:blank";
            if (aspNetType != info.ProblemType.OriginalString)
            {
                differences.Add($"{code} type: {aspNetType}");
            }

            if (aspNet.Title != info.ProblemTitle)
            {
                differences.Add($"{code} title: {aspNet.Title ?? "(none)"}");
            }
        }

        differences.Should().BeEquivalentTo(ExpectedDifferences());
    }

    [Fact]
    public void ReasonPhrasesDifferFromTheCatalogOnlyAsListedGivenEveryRegisteredCode()
    {
        var differences = new List<string>();
        foreach (int code in s_registered)
        {
            string aspNet = ReasonPhrases.GetReasonPhrase(code);
            if (aspNet != HttpStatusCatalog.Get(code).ReasonPhrase)
            {
                differences.Add($"{code} reason-phrase: {(aspNet.Length == 0 ? "(none)" : aspNet)}");
            }
        }

        differences.Should().BeEquivalentTo(AspNetCoreDifferences.Rows.Where(r => r.Member == "reason-phrase").Select(r => r.ToString()));
    }

    /// <summary>
    /// The differences the data file lists, and those that follow from ASP.NET Core's rule: no type for a code without a
    /// default (every other registered code, by the IANA registry copy, has one in the catalog), and no title for an
    /// unassigned code that ReasonPhrases does not know (the catalog titles it by class).
    /// </summary>
    private static IEnumerable<string> ExpectedDifferences()
    {
        List<AspNetCoreDifference> listed = AspNetCoreDifferences.Rows.Where(r => r.Member is "type" or "title").ToList();
        foreach (AspNetCoreDifference row in listed)
        {
            yield return row.ToString();
        }

        for (int code = 100; code <= 599; code++)
        {
            if (s_registered.Contains(code) && !AspNetCoreDifferences.CodesWithDefaults.Contains(code))
            {
                yield return $"{code} type: about:blank";
            }

            if (!s_registered.Contains(code) && !listed.Any(r => r.Code == code && r.Member == "title"))
            {
                yield return $"{code} title: (none)";
            }
        }
    }

    [Fact]
    public void KnownDifferencesFollowTheCatalogGivenRecordsFor422And500()
    {
        HttpStatusCatalog.UnprocessableContent.ProblemType.AbsoluteUri.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.21");
        HttpStatusCatalog.UnprocessableContent.ProblemTitle.Should().Be("Unprocessable Content");
        HttpStatusCatalog.InternalServerError.ProblemTitle.Should().Be("Internal Server Error");
    }

    [Fact]
    public void TeapotTitleComesFromRfc2324AndTypeFromRfc9110GivenReferenceFacts()
    {
        SemanticsRow phrase = TestData.Facts("former_phrase").Single(r => r.First == 418);
        SemanticsRow reserved = TestData.Facts("reserved_unused").Single(r => r.First == 418);
        HttpStatusInfo teapot = HttpStatusCatalog.Get(418);

        phrase.Source.Should().StartWith("RFC2324");
        teapot.ProblemTitle.Should().Be(phrase.Value).And.Be(teapot.ReasonPhrase);
        reserved.Source.Should().Be("RFC9110, Section 15.5.19");
        teapot.Specification.ToString().Should().Be("RFC 9110, Section 15.5.19");
        teapot.ProblemType.AbsoluteUri.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.19");
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
