using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using CsCheck;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>
/// Retry advice per status, and the presets: each preset answers exactly as the tool it reproduces, for every int,
/// checked against the tool's rule written out here and against the reference rows in Data/semantics.csv.
/// </summary>
public sealed class RetryAdviceTests
{
    private const long Iterations = 20_000;

    private static readonly HashSet<int> s_registeredCodes = TestData.Iana.Select(r => r.Code).ToHashSet();

    private static readonly Gen<int> s_anyInt = Gen.Frequency(
        (4, (IGen<int>)Gen.Int),
        (4, Gen.Int[-2_000, 2_000]),
        (1, Gen.OneOf(int.MinValue, -1, 0, 99, 100, 407, 408, 409, 428, 429, 430, 499, 500, 501, 599, 600, 999, 1000, int.MaxValue)));

    /// <summary>The tools' rules, written from their sources (see each preset's Source), not from the library.</summary>
    public static TheoryData<string, Func<int, bool>> ToolRules => new()
    {
        { nameof(HttpRetryPresets.Polly), code => code >= 500 || code == 408 },
        { nameof(HttpRetryPresets.MicrosoftExtensionsHttpResilience), code => code >= 500 || code == 408 || code == 429 },
        { nameof(HttpRetryPresets.JsHttpStatuses), code => code == 502 || code == 503 || code == 504 },
    };

    public static TheoryData<string, string> ReferenceRows => new()
    {
        { nameof(HttpRetryPresets.Polly), "polly_handle_transient_http_error" },
        { nameof(HttpRetryPresets.MicrosoftExtensionsHttpResilience), "ms_extensions_http_resilience_transient" },
        { nameof(HttpRetryPresets.JsHttpStatuses), "jshttp_statuses_retry" },
    };

    [Theory]
    [InlineData("client_expected_to_retry")]
    [InlineData("client_that_used_early_data_must_retry")]
    [InlineData("user_agent_should_retry_automatically")]
    [InlineData("retry_must_not_use_early_data")]
    public void TooEarlyIsRetriedOutsideEarlyDataGivenReferenceFact(string fact)
    {
        SemanticsRow row = TestData.Facts(fact).Single();

        row.First.Should().Be(425);
        HttpStatusCatalog.Get(row.First).RetryAdvice.Should().Be(HttpRetryAdvice.RetryWithoutEarlyData);
    }

    [Fact]
    public void InsufficientStorageIsNeverRetriedAutomaticallyGivenReferenceFacts()
    {
        // RFC 4918, Section 11.5: temporary, but a request from a user action must wait for a new user action; only
        // DoNotRetry keeps a client from repeating it on its own.
        SemanticsRow userAction = TestData.Facts("must_not_repeat_if_user_action_until_new_user_action").Single();
        SemanticsRow temporary = TestData.Facts("condition_temporary").Single();

        userAction.First.Should().Be(507);
        temporary.First.Should().Be(507);
        HttpStatusCatalog.Get(userAction.First).RetryAdvice.Should().Be(HttpRetryAdvice.DoNotRetry);
    }

    [Fact]
    public void RetryAfterCodesOutsideRedirectsAreRetriedOnlyAfterADelayOrWithRetryAfterGivenReferenceFacts()
    {
        var codes = TestData.Facts("retry_after_applicable").Where(r => r.First >= 400).Select(r => r.First).ToList();

        codes.Should().BeEquivalentTo([413, 429, 503]);
        foreach (int code in codes)
        {
            HttpStatusCatalog.Get(code).RetryAdvice.Should().BeOneOf(HttpRetryAdvice.AfterDelay, HttpRetryAdvice.OnlyWithRetryAfter);
        }
    }

    [Fact]
    public void AdviceFollowsTheDocumentedTableGivenAnyInt()
    {
        s_anyInt.Sample(code =>
        {
            HttpStatusCatalog.Describe(code).RetryAdvice.Should().Be(ExpectedAdvice(code), "code {0}", code);
        }, iter: Iterations);
    }

    [Fact]
    public void AdviceFollowsTheDocumentedTableGivenEveryValueFromMinus1000To2000()
    {
        for (int code = -1_000; code <= 2_000; code++)
        {
            HttpStatusCatalog.Describe(code).RetryAdvice.Should().Be(ExpectedAdvice(code), "code {0}", code);
        }
    }

    [Theory]
    [MemberData(nameof(ToolRules))]
    public void PresetAnswersAsTheToolsRuleGivenAnyInt(string preset, Func<int, bool> rule)
    {
        HttpRetryPreset subject = Preset(preset);

        s_anyInt.Sample(code =>
        {
            subject.ShouldRetry(code).Should().Be(rule(code), "{0} for {1}", subject, code);
            subject.ShouldRetry((HttpStatusCode)code).Should().Be(rule(code), "{0} for (HttpStatusCode){1}", subject, code);
        }, iter: Iterations);

        for (int code = -1_000; code <= 2_000; code++)
        {
            subject.ShouldRetry(code).Should().Be(rule(code), "{0} for {1}", subject, code);
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void PresetRetriesExactlyTheReferenceRowsGiven100To599(string preset, string key)
    {
        HttpRetryPreset subject = Preset(preset);
        HashSet<int> expected = TestData.Facts(key).Where(r => r.Value == "true")
            .SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).ToHashSet();
        expected.Should().NotBeEmpty();
        TestData.Facts(key).Select(r => r.Source).Distinct().Should().ContainSingle()
            .Which.Should().StartWith(subject.Source.Split(',')[0], "the preset names the project the reference took the set from");

        for (int code = 100; code <= 599; code++)
        {
            subject.ShouldRetry(code).Should().Be(expected.Contains(code), "{0} for {1}", subject, code);
        }
    }

    [Fact]
    public void ToolPresetsRetryBeyond599WhereTheirRuleComparesGivenEdgeValues()
    {
        foreach (int code in new[] { 600, 999, 1000, int.MaxValue })
        {
            HttpRetryPresets.Polly.ShouldRetry(code).Should().BeTrue();
            HttpRetryPresets.MicrosoftExtensionsHttpResilience.ShouldRetry(code).Should().BeTrue();
            HttpRetryPresets.JsHttpStatuses.ShouldRetry(code).Should().BeFalse();
        }

        HttpRetryPresets.Polly.ShouldRetry(429).Should().BeFalse();
        HttpRetryPresets.Polly.ShouldRetry(-500).Should().BeFalse();
    }

    [Fact]
    public void RecommendedRetriesExactlyTheRetryableAdviceGivenAnyInt()
    {
        s_anyInt.Sample(code =>
        {
            HttpRetryAdvice advice = HttpStatusCatalog.Describe(code).RetryAdvice;
            bool expected = advice is HttpRetryAdvice.Retry or HttpRetryAdvice.RetryWithoutEarlyData or HttpRetryAdvice.AfterDelay or HttpRetryAdvice.IfIdempotent;

            HttpRetryPresets.Recommended.ShouldRetry(code).Should().Be(expected, "code {0} ({1})", code, advice);
            HttpRetryPresets.Recommended.ShouldRetry((HttpStatusCode)code).Should().Be(expected, "code {0} ({1})", code, advice);
        }, iter: Iterations);
    }

    [Fact]
    public void PresetsAreListedNamedAndSourcedGivenAll()
    {
        HttpRetryPresets.All.Should().Equal(HttpRetryPresets.Recommended, HttpRetryPresets.Polly, HttpRetryPresets.MicrosoftExtensionsHttpResilience, HttpRetryPresets.JsHttpStatuses);
        HttpRetryPresets.All.Should().NotBeAssignableTo<IList>().And.NotBeAssignableTo<ICollection<HttpRetryPreset>>();
        HttpRetryPresets.All.Select(p => p.Name).Should().OnlyHaveUniqueItems();
        foreach (HttpRetryPreset preset in HttpRetryPresets.All)
        {
            preset.ToString().Should().Be(preset.Name);
            preset.Source.Should().MatchRegex(@"^\S.*\.$").And.NotContain("  ");
            preset.SourceUri.IsAbsoluteUri.Should().BeTrue();
            preset.SourceUri.Scheme.Should().Be("https");
        }

        HttpRetryPresets.Polly.Source.Should().Contain("3.0.0").And.Contain("HttpPolicyExtensions.cs");
        HttpRetryPresets.MicrosoftExtensionsHttpResilience.Source.Should().Contain("10.11.0").And.Contain("tag v10.9.0").And.Contain("HttpClientResiliencePredicates.cs");
        HttpRetryPresets.MicrosoftExtensionsHttpResilience.SourceUri.AbsolutePath.Should().Contain("/blob/v10.9.0/", "the link shows the file as it was read, not whatever main holds later");
        HttpRetryPresets.JsHttpStatuses.Source.Should().Contain("2.0.2").And.Contain("index.js");
    }

    [Fact]
    public void PresetsAllocateNothingGivenRepeatedCalls()
    {
        HttpRetryPreset[] presets = HttpRetryPresets.All.ToArray();
        Func<int> body = () =>
        {
            int sum = 0;
            for (int code = -100; code < 1_100; code++)
            {
                foreach (HttpRetryPreset preset in presets)
                {
                    sum += preset.ShouldRetry(code) ? 1 : 0;
                    sum += preset.ShouldRetry((HttpStatusCode)code) ? 1 : 0;
                }
            }

            return sum;
        };
        body();
        long before = GC.GetAllocatedBytesForCurrentThread();

        int result = body();

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, "the presets (result {0}) must not allocate", result);
    }

    /// <summary>
    /// The advice table as the documentation states it: an unassigned code follows the x00 code of its class and an invalid
    /// value follows 500; 1xx to 3xx are not failures; 408 and 421 are repeated whatever the method; 425 outside early
    /// data; 429 and 503 after a delay; 500, 502 and 504 only when idempotent; 413 only with Retry-After; the rest never.
    /// </summary>
    /// <summary>
    /// The advice for any value from the sourced rows of Data/semantics.csv (retry_advice, then the class default), for
    /// the code a client handles the value as: a registered code itself (by the IANA registry copy), the x00 code of its
    /// class for an unassigned one, and 500 for an invalid value (RFC 9110, Section 15).
    /// </summary>
    private static HttpRetryAdvice ExpectedAdvice(int code)
    {
        int equivalent = code is < 100 or > 599 ? 500 : s_registeredCodes.Contains(code) ? code : code / 100 * 100;
        SemanticsRow row = TestData.Facts("retry_advice").SingleOrDefault(r => r.First == equivalent)
            ?? TestData.Facts("retry_advice_default").Single(r => r.First <= equivalent && equivalent <= r.Last);
        return Enum.Parse<HttpRetryAdvice>(row.Value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
    }

    private static HttpRetryPreset Preset(string name) =>
        (HttpRetryPreset)typeof(HttpRetryPresets).GetProperty(name)!.GetValue(null)!;
}
