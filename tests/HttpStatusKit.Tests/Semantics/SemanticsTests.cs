using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>
/// The semantic properties of every record agree with the reference facts in Data/semantics.csv, each of which names
/// the RFC section it comes from. Every code from 100 to 599 is checked, so a status the file does not list for a fact
/// must not have it either.
/// </summary>
public sealed class SemanticsTests
{
    private static readonly string[] s_headerNames = ["Location", "Allow", "WWW-Authenticate", "Proxy-Authenticate", "Retry-After", "Content-Range", "Upgrade"];

    /// <summary>
    /// Header expectations stated by an RFC that the reference file does not list, each checked against its section:
    /// 300 Location when there is a preferred choice (RFC 9110, 15.4.1), 201 Location identifying the new resource
    /// (RFC 9110, 15.3.2), 303 Location as part of the definition (RFC 9110, 15.4.4).
    /// </summary>
    private static readonly (int Code, string Name, HttpHeaderRequirement Requirement, string Source)[] s_headersBeyondTheReference =
    [
        (300, "Location", HttpHeaderRequirement.Should, "RFC 9110, Section 15.4.1"),
        (201, "Location", HttpHeaderRequirement.May, "RFC 9110, Section 15.3.2"),
        (303, "Location", HttpHeaderRequirement.Implied, "RFC 9110, Section 15.4.4"),
    ];

    public static IEnumerable<HttpStatusInfo> EveryCode => Enumerable.Range(100, 500).Select(HttpStatusCatalog.Describe);

    [Fact]
    public void OneToOneNineNineAreInterimAndTheRestFinalGivenReferenceFacts()
    {
        HashSet<int> interim = Codes("interim_response", "true");
        HashSet<int> final = Codes("final_response", "true");
        interim.Should().HaveCount(100);
        final.Should().HaveCount(400);

        foreach (HttpStatusInfo info in EveryCode)
        {
            info.IsInterim.Should().Be(interim.Contains(info.Code), "{0}", info);
            info.IsFinal.Should().Be(final.Contains(info.Code), "{0}", info);
        }
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(600)]
    [InlineData(999)]
    [InlineData(int.MaxValue)]
    public void InvalidValuesAreFinalLikeA5xxGivenReferenceFacts(int code)
    {
        TestData.Facts("client_should_process_invalid_code_as").Should().Contain(r => r.Value == "5xx");
        HttpStatusInfo info = HttpStatusCatalog.Describe(code);

        info.IsInterim.Should().BeFalse();
        info.IsFinal.Should().BeTrue();
        info.IsHeuristicallyCacheable.Should().BeFalse();
        info.MustNotBeStored.Should().BeFalse();
        info.ContentRule.Should().Be(HttpContentRule.Allowed);
        info.RedirectMethod.Should().Be(HttpRedirectMethod.None);
        info.IsDeprecated.Should().BeFalse();
        info.ExpectedHeaders.Should().BeEmpty();
    }

    [Fact]
    public void ExactlyTheListedCodesAreHeuristicallyCacheableGivenReferenceFacts()
    {
        HashSet<int> cacheable = Codes("heuristically_cacheable", "true");
        cacheable.UnionWith(Codes("cacheable_by_default", "true"));
        HashSet<int> notCacheable = Codes("heuristically_cacheable", "false");
        notCacheable.UnionWith(Codes("cacheable_by_default", "false"));
        cacheable.Should().Contain([200, 404, 451]).And.NotContain(421);
        notCacheable.Should().Contain([226, 421, 425]);

        foreach (HttpStatusInfo info in EveryCode)
        {
            info.IsHeuristicallyCacheable.Should().Be(cacheable.Contains(info.Code), "{0}", info);
        }
    }

    [Fact]
    public void UnassignedCodesAreNotHeuristicallyCacheableGivenTheirClassCodeIs()
    {
        // RFC 9111, Section 4.2.2: heuristic freshness is only for a status defined as heuristically cacheable.
        HttpStatusCatalog.OK.IsHeuristicallyCacheable.Should().BeTrue();
        HttpStatusCatalog.Describe(299).IsHeuristicallyCacheable.Should().BeFalse();
        HttpStatusCatalog.Describe(399).IsHeuristicallyCacheable.Should().BeFalse();
    }

    [Fact]
    public void CachesMustNotStoreInterimResponsesAndTheListedCodesGivenReferenceFacts()
    {
        // RFC 9111, Section 3: a cache stores only final responses; the listed codes come from RFC 6585.
        HashSet<int> never = Codes("must_not_be_stored_by_cache", "true");
        never.Should().BeEquivalentTo([428, 429, 431, 511]);
        never.UnionWith(Codes("interim_response", "true"));

        foreach (HttpStatusInfo info in EveryCode)
        {
            info.MustNotBeStored.Should().Be(never.Contains(info.Code), "{0}", info);
        }
    }

    [Fact]
    public void ContentRuleFollowsTheListedCodesGivenReferenceFacts()
    {
        HashSet<int> none = Codes("no_content", "true");
        HashSet<int> empty = Codes("server_must_not_generate_content", "true");
        none.Should().Contain([100, 204, 304]);
        empty.Should().BeEquivalentTo([205]);

        foreach (HttpStatusInfo info in EveryCode)
        {
            HttpContentRule expected = none.Contains(info.Code) ? HttpContentRule.Never
                : empty.Contains(info.Code) ? HttpContentRule.MustBeEmpty
                : HttpContentRule.Allowed;
            info.ContentRule.Should().Be(expected, "{0}", info);
        }
    }

    [Fact]
    public void FinalStatusesWithoutContentAreTheEmptySetOfJsHttpStatusesGivenReferenceFacts()
    {
        // An independent cross-check: the npm package statuses lists the final statuses with an empty body.
        HashSet<int> jsEmpty = Codes("jshttp_statuses_empty", "true");

        HttpStatusCatalog.All.Where(i => i.IsFinal && i.ContentRule != HttpContentRule.Allowed).Select(i => i.Code)
            .Should().BeEquivalentTo(jsEmpty);
    }

    [Fact]
    public void RedirectMethodFollowsTheListedCodesGivenReferenceFacts()
    {
        HashSet<int> preserved = Codes("method_preserving_redirect", "true");
        HashSet<int> mayChange = Codes("user_agent_may_change_post_to_get", "true");
        HashSet<int> changes = Codes("redirect_retrieval_method", "GET or HEAD");
        preserved.Should().BeEquivalentTo([307, 308]);
        mayChange.Should().BeEquivalentTo([301, 302]);
        changes.Should().BeEquivalentTo([303]);

        foreach (HttpStatusInfo info in EveryCode)
        {
            HttpRedirectMethod expected = preserved.Contains(info.Code) ? HttpRedirectMethod.Preserved
                : mayChange.Contains(info.Code) ? HttpRedirectMethod.MayChangeToGet
                : changes.Contains(info.Code) ? HttpRedirectMethod.ChangesToGet
                : HttpRedirectMethod.None;
            info.RedirectMethod.Should().Be(expected, "{0}", info);
        }
    }

    [Fact]
    public void OnlyTheTemporaryRedirectCarriesAMustNotChangeMethodRuleGivenReferenceFacts()
    {
        // RFC 9110, Section 15.4.8 states the MUST NOT for 307 only; 308's rule (RFC 7538, Section 3) has no keyword.
        HashSet<int> mustNotChange = Codes("user_agent_must_not_change_method", "true");

        mustNotChange.Should().BeEquivalentTo([307]);
        HttpStatusCatalog.Get(307).RedirectMethod.Should().Be(HttpRedirectMethod.Preserved);
    }

    [Fact]
    public void OnlyTheListedCodeIsDeprecatedGivenReferenceFacts()
    {
        HashSet<int> deprecated = Codes("deprecated", "true");
        deprecated.Should().BeEquivalentTo([305]);

        foreach (HttpStatusInfo info in EveryCode)
        {
            info.IsDeprecated.Should().Be(deprecated.Contains(info.Code), "{0}", info);
        }
    }

    [Theory]
    [InlineData("server_must_send_header", HttpHeaderRequirement.Must)]
    [InlineData("server_should_send_header", HttpHeaderRequirement.Should)]
    public void ListsEveryRequiredHeaderWithItsSectionGivenReferenceFacts(string key, HttpHeaderRequirement requirement)
    {
        List<SemanticsRow> rows = TestData.Facts(key).ToList();
        rows.Should().NotBeEmpty();

        foreach (SemanticsRow row in rows)
        {
            (string name, string? condition) = SplitHeaderFact(row.Value);
            for (int code = row.First; code <= row.Last; code++)
            {
                HttpStatusInfo info = HttpStatusCatalog.Get(code);
                HttpHeaderExpectation? expectation = info.ExpectedHeaders.SingleOrDefault(h => h.Name == name && h.Requirement == requirement);

                expectation.Should().NotBeNull("{0} {1} {2} ({3})", info, requirement, name, row.Source);
                Citations(row.Source).Should().Contain(Normalise(expectation!.Specification.ToString()), "{0} {1}", info, name);
                if (condition is not null)
                {
                    expectation.Condition.Should().NotBeNullOrWhiteSpace("the reference qualifies {0} for {1} with \"{2}\"", name, info, condition);
                }
            }
        }
    }

    [Fact]
    public void ListsRetryAfterExactlyWhereItAppliesGivenReferenceFacts()
    {
        HashSet<int> applicable = Codes("retry_after_applicable", "true");
        applicable.Should().Contain([300, 399, 413, 429, 503]);

        foreach (HttpStatusInfo info in EveryCode)
        {
            info.ExpectedHeaders.Count(h => h.Name == "Retry-After").Should().Be(applicable.Contains(info.Code) ? 1 : 0, "{0}", info);
        }
    }

    [Fact]
    public void ListsNoHeaderThatNeitherTheReferenceNorItsRfcSectionStatesGivenEveryCode()
    {
        var stated = new HashSet<(int, string, HttpHeaderRequirement)>();
        foreach ((string key, HttpHeaderRequirement requirement) in new[] { ("server_must_send_header", HttpHeaderRequirement.Must), ("server_should_send_header", HttpHeaderRequirement.Should) })
        {
            foreach (SemanticsRow row in TestData.Facts(key))
            {
                for (int code = row.First; code <= row.Last; code++)
                {
                    stated.Add((code, SplitHeaderFact(row.Value).Name, requirement));
                }
            }
        }

        foreach ((int code, string name, HttpHeaderRequirement requirement, string source) in s_headersBeyondTheReference)
        {
            stated.Add((code, name, requirement));
            HttpStatusCatalog.Get(code).ExpectedHeaders.Single(h => h.Name == name).Specification.ToString().Should().Be(source);
        }

        foreach (HttpStatusInfo info in EveryCode)
        {
            foreach (HttpHeaderExpectation header in info.ExpectedHeaders.Where(h => h.Name != "Retry-After"))
            {
                stated.Should().Contain((info.Code, header.Name, header.Requirement), "{0} lists {1}", info, header);
            }

            info.ExpectedHeaders.Select(h => h.Name).Should().OnlyHaveUniqueItems().And.BeSubsetOf(s_headerNames);
        }
    }

    [Fact]
    public void ExpectationsArePlainOneLineTextsGivenEveryHeader()
    {
        foreach (HttpHeaderExpectation header in EveryCode.SelectMany(i => i.ExpectedHeaders).Distinct())
        {
            header.ToString().Should().StartWith(header.Name + " (").And.EndWith(header.Specification + ")");
            header.ToString().All(c => c is >= ' ' and <= '~').Should().BeTrue(header.ToString());
            header.Specification.Uri.Fragment.Should().Be("#section-" + header.Specification.Section);
            if (header.Condition is not null)
            {
                header.Condition.Should().MatchRegex("^[a-z][^;]*[A-Za-z]$", "a condition is a phrase that starts in lower case");
                header.ToString().Should().Contain(header.Condition);
            }
        }
    }

    [Fact]
    public void HeaderListsAreSharedAndNotCastableToAnythingMutableGivenEveryCode()
    {
        foreach (HttpStatusInfo info in EveryCode.Append(HttpStatusCatalog.Describe(-1)))
        {
            IReadOnlyList<HttpHeaderExpectation> headers = info.ExpectedHeaders;

            headers.Should().BeSameAs(info.ExpectedHeaders);
            headers.Should().NotBeAssignableTo<IList>().And.NotBeAssignableTo<ICollection<HttpHeaderExpectation>>();
        }
    }

    [Fact]
    public void SemanticPropertiesAllocateNothingGivenRepeatedReads()
    {
        HttpStatusInfo[] infos = EveryCode.ToArray();
        Func<int> body = () =>
        {
            int sum = 0;
            foreach (HttpStatusInfo info in infos)
            {
                sum += (info.IsInterim ? 1 : 0) + (info.IsFinal ? 2 : 0) + (info.IsHeuristicallyCacheable ? 4 : 0) + (info.MustNotBeStored ? 8 : 0);
                sum += (int)info.ContentRule + (int)info.RedirectMethod + (info.IsDeprecated ? 1 : 0) + info.ExpectedHeaders.Count;
                sum += (int)info.RetryAdvice + info.ProblemType.OriginalString.Length + info.ProblemTitle.Length;
            }

            return sum;
        };
        body();
        long before = GC.GetAllocatedBytesForCurrentThread();

        int result = body();

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, "reading the properties (result {0}) must not allocate", result);
    }

    private static HashSet<int> Codes(string key, string value) =>
        TestData.Facts(key).Where(r => r.Value == value)
            .SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1))
            .ToHashSet();

    /// <summary>Splits a reference value such as <c>Content-Range (single part)</c> into the field name and its condition.</summary>
    private static (string Name, string? Condition) SplitHeaderFact(string value)
    {
        int open = value.IndexOf(" (", StringComparison.Ordinal);
        return open < 0 ? (value, null) : (value[..open], value[(open + 2)..^1]);
    }

    /// <summary>The citations of a reference source, which separates several with "; ".</summary>
    private static string[] Citations(string source) => source.Split("; ").Select(Normalise).ToArray();

    /// <summary>The reference writes "RFC9110, Section 15.5.6"; the library writes "RFC 9110, Section 15.5.6".</summary>
    private static string Normalise(string citation) => citation.Replace(" ", "", StringComparison.Ordinal);
}
