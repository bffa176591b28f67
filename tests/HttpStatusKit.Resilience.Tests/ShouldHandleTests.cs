using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using FluentAssertions.Execution;
using HttpStatusKit.Resilience.Tests.Support;
using Microsoft.Extensions.Http.Resilience;

namespace HttpStatusKit.Resilience.Tests;

/// <summary>
/// The predicate that UseHttpStatusKit installs, over every status 100 to 599 and a sample of invalid values, for
/// idempotent and other methods, with and without Retry-After. The expectation is stated once per advice value, from the
/// package's contract, and each status's advice is read from its record, never from a copy of the status table.
/// </summary>
public sealed class ShouldHandleTests
{
    /// <summary>Every status code, and values outside 100 to 599 that an HttpResponseMessage can hold.</summary>
    public static readonly int[] Codes = [.. Enumerable.Range(100, 500), 0, 1, 99, 600, 601, 700, 999];

    public static TheoryData<string> Methods => [.. Http.IdempotentMethods, .. Http.OtherMethods];

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task FollowsEachStatusAdviceGivenMethod(string method)
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit();
        bool idempotent = Http.IdempotentMethods.Contains(method);

        using var scope = new AssertionScope();
        foreach (int code in Codes)
        {
            HttpRetryAdvice advice = HttpStatusCatalog.Describe(code).RetryAdvice;
            foreach (bool withRetryAfter in new[] { false, true })
            {
                using HttpResponseMessage response = Http.Response(code, method, withRetryAfter ? TimeSpan.FromSeconds(1) : null);

                bool retried = await Http.ShouldHandleAsync(options, response);

                retried.Should().Be(Expected(advice, idempotent, withRetryAfter), "{0} to {1} {2} Retry-After has the advice {3}", code, method, withRetryAfter ? "with" : "without", advice);
            }
        }
    }

    [Theory]
    [InlineData(408, "POST")]
    [InlineData(421, "POST")]
    [InlineData(425, "POST")]
    [InlineData(429, "POST")]
    [InlineData(503, "POST")]
    [InlineData(500, "GET")]
    [InlineData(502, "PUT")]
    [InlineData(504, "DELETE")]
    [InlineData(599, "GET")]
    [InlineData(600, "GET")]
    [InlineData(999, "HEAD")]
    public async Task RetriesGivenStatusThatRfcsLetRepeat(int code, string method)
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit();
        using HttpResponseMessage response = Http.Response(code, method);

        bool retried = await Http.ShouldHandleAsync(options, response);

        retried.Should().BeTrue();
    }

    [Theory]
    [InlineData(400, "GET")]
    [InlineData(404, "GET")]
    [InlineData(413, "GET")]
    [InlineData(500, "POST")]
    [InlineData(501, "GET")]
    [InlineData(502, "POST")]
    [InlineData(502, "PATCH")]
    [InlineData(504, "POST")]
    [InlineData(505, "GET")]
    [InlineData(507, "PUT")]
    [InlineData(511, "GET")]
    [InlineData(600, "POST")]
    [InlineData(200, "GET")]
    [InlineData(304, "GET")]
    public async Task DoesNotRetryGivenStatusThatRepeatingCannotFixOrRequestThatIsUnsafeToRepeat(int code, string method)
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit();
        using HttpResponseMessage response = Http.Response(code, method);

        bool retried = await Http.ShouldHandleAsync(options, response);

        retried.Should().BeFalse();
    }

    [Fact]
    public async Task DoesNotRetryIdempotentOnlyStatusGivenResponseWithoutRequest()
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit();
        using HttpResponseMessage response = Http.Response(502, method: null);

        bool retried = await Http.ShouldHandleAsync(options, response);
        HttpRetryDecision decision = HttpRetryDecision.For(Polly.Outcome.FromResult(response));

        retried.Should().BeFalse();
        decision.Reason.Should().Be("502 Bad Gateway is not retried: the request, and so its method, is unknown, and only an idempotent request may be repeated (HttpRetryAdvice.IfIdempotent; RFC 9110, Section 9.2.2).");
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task RetriesOnlyWhatBothPresetAndAdviceAllowGivenPreset(string presetName)
    {
        HttpRetryPreset preset = HttpRetryPresets.All.Single(p => p.Name == presetName);
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit(preset);

        using var scope = new AssertionScope();
        foreach (int code in Codes)
        {
            HttpRetryAdvice advice = HttpStatusCatalog.Describe(code).RetryAdvice;
            foreach (string method in new[] { "GET", "POST" })
            {
                foreach (bool withRetryAfter in new[] { false, true })
                {
                    using HttpResponseMessage response = Http.Response(code, method, withRetryAfter ? TimeSpan.FromSeconds(1) : null);
                    bool inSet = preset.ShouldRetry(code) || advice == HttpRetryAdvice.OnlyWithRetryAfter;

                    bool retried = await Http.ShouldHandleAsync(options, response);

                    retried.Should().Be(inSet && Expected(advice, method == "GET", withRetryAfter), "{0} to {1} {2} Retry-After under {3}", code, method, withRetryAfter ? "with" : "without", preset);
                }
            }
        }
    }

    public static TheoryData<string> Presets => [.. HttpRetryPresets.All.Select(p => p.Name)];

    [Fact]
    public async Task RetriesOnlyWhatBothCustomSetAndAdviceAllowGivenShouldRetryStatusCode()
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit(o => o.ShouldRetryStatusCode = code => code is 404 or 501 or 503);

        using var scope = new AssertionScope();
        foreach (int code in Codes)
        {
            HttpRetryAdvice advice = HttpStatusCatalog.Describe(code).RetryAdvice;
            using HttpResponseMessage response = Http.Response(code, "GET");

            bool retried = await Http.ShouldHandleAsync(options, response);

            retried.Should().Be(code == 503, "{0} has the advice {1}, and only 503 of the custom set may be retried", code, advice);
        }
    }

    [Fact]
    public async Task StoresDecisionForOnRetryGivenEvaluation()
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit();
        using HttpResponseMessage response = Http.Response(503, "POST", TimeSpan.FromSeconds(2));
        Polly.ResilienceContext context = Polly.ResilienceContextPool.Shared.Get();

        bool retried = await options.ShouldHandle(new Polly.Retry.RetryPredicateArguments<HttpResponseMessage>(context, Polly.Outcome.FromResult(response), 0));

        retried.Should().BeTrue();
        context.Properties.TryGetValue(HttpRetryDecision.PropertyKey, out HttpRetryDecision? decision).Should().BeTrue();
        decision!.ShouldRetry.Should().BeTrue();
        decision.StatusCode.Should().Be(503);
        decision.Advice.Should().Be(HttpRetryAdvice.AfterDelay);
        decision.RetryAfter.Should().Be(TimeSpan.FromSeconds(2));
        decision.Reason.Should().Be("503 Service Unavailable is retried after 2 s, as its Retry-After asks: the condition is temporary (HttpRetryAdvice.AfterDelay).");
        Polly.ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public void KeepsOtherRetrySettingsGivenConfiguredOptions()
    {
        var options = new HttpRetryStrategyOptions { MaxRetryAttempts = 7, Delay = TimeSpan.FromMilliseconds(300), UseJitter = false };

        HttpRetryStrategyOptions same = options.UseHttpStatusKit();

        same.Should().BeSameAs(options);
        same.MaxRetryAttempts.Should().Be(7);
        same.Delay.Should().Be(TimeSpan.FromMilliseconds(300));
        same.UseJitter.Should().BeFalse();
    }

    /// <summary>The package's contract for one advice value, as the package README states it.</summary>
    private static bool Expected(HttpRetryAdvice advice, bool idempotent, bool withRetryAfter) => advice switch
    {
        HttpRetryAdvice.Retry or HttpRetryAdvice.RetryWithoutEarlyData or HttpRetryAdvice.AfterDelay => true,
        HttpRetryAdvice.IfIdempotent => idempotent,
        HttpRetryAdvice.OnlyWithRetryAfter => withRetryAfter,
        _ => false,
    };
}
