using System;
using System.Net.Http;
using System.Threading.Tasks;
using HttpStatusKit.Resilience.Tests.Support;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace HttpStatusKit.Resilience.Tests;

/// <summary>Retry-After (RFC 9110, Section 10.2.3): the wait, the HTTP-date against the clock, and the limit.</summary>
public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset s_now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task WaitsDeltaSecondsGivenRetryAfterSeconds()
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit();
        using HttpResponseMessage response = Http.Response(503, "GET", TimeSpan.FromSeconds(7));

        TimeSpan? delay = await Http.DelayAsync(options, Outcome.FromResult(response));
        HttpRetryDecision decision = HttpRetryDecision.For(Outcome.FromResult(response));

        delay.Should().Be(TimeSpan.FromSeconds(7));
        decision.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task WaitsUntilDateByTheGivenClockGivenRetryAfterDate()
    {
        var time = new FakeTimeProvider(s_now);
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit(o => o.TimeProvider = time);
        using HttpResponseMessage response = Http.Response(429, "POST", s_now.AddSeconds(12));

        TimeSpan? delay = await Http.DelayAsync(options, Outcome.FromResult(response));
        bool retried = await Http.ShouldHandleAsync(options, response);

        delay.Should().Be(TimeSpan.FromSeconds(12));
        retried.Should().BeTrue();
    }

    [Fact]
    public async Task RetriesAtOnceGivenRetryAfterDateInThePast()
    {
        var time = new FakeTimeProvider(s_now);
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit(o => o.TimeProvider = time);
        using HttpResponseMessage response = Http.Response(503, "GET", s_now.AddMinutes(-5));

        TimeSpan? delay = await Http.DelayAsync(options, Outcome.FromResult(response));
        HttpRetryDecision decision = HttpRetryDecision.For(Outcome.FromResult(response), new HttpStatusKitRetryOptions { TimeProvider = time });

        delay.Should().Be(TimeSpan.Zero);
        decision.ShouldRetry.Should().BeTrue();
        decision.RetryAfter.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task LeavesBackOffToStrategyGivenNoRetryAfter()
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit();
        using HttpResponseMessage response = Http.Response(503, "GET");

        TimeSpan? delay = await Http.DelayAsync(options, Outcome.FromResult(response));
        bool retried = await Http.ShouldHandleAsync(options, response);

        delay.Should().BeNull();
        retried.Should().BeTrue();
    }

    [Fact]
    public async Task LeavesBackOffToStrategyGivenException()
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit();

        TimeSpan? delay = await Http.DelayAsync(options, Outcome.FromException<HttpResponseMessage>(new HttpRequestException()));

        delay.Should().BeNull();
    }

    [Theory]
    [InlineData(429, "GET")]
    [InlineData(503, "POST")]
    [InlineData(413, "PUT")]
    [InlineData(502, "GET")]
    public async Task DoesNotRetryGivenRetryAfterLongerThanMaxRetryAfter(int code, string method)
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit(o => o.MaxRetryAfter = TimeSpan.FromSeconds(10));
        using HttpResponseMessage response = Http.Response(code, method, TimeSpan.FromSeconds(11));

        bool retried = await Http.ShouldHandleAsync(options, response);
        HttpRetryDecision decision = HttpRetryDecision.For(Outcome.FromResult(response), new HttpStatusKitRetryOptions { MaxRetryAfter = TimeSpan.FromSeconds(10) });

        retried.Should().BeFalse();
        decision.RetryAfter.Should().Be(TimeSpan.FromSeconds(11));
        decision.Reason.Should().EndWith("is not retried: its Retry-After asks for a wait of 11 s, longer than MaxRetryAfter (10 s).");
    }

    [Fact]
    public async Task RetriesGivenRetryAfterEqualToMaxRetryAfter()
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit(o => o.MaxRetryAfter = TimeSpan.FromSeconds(10));
        using HttpResponseMessage response = Http.Response(503, "GET", TimeSpan.FromSeconds(10));

        bool retried = await Http.ShouldHandleAsync(options, response);
        TimeSpan? delay = await Http.DelayAsync(options, Outcome.FromResult(response));

        retried.Should().BeTrue();
        delay.Should().Be(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task DefaultsToThirtySecondsGivenDefaultOptions()
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit();
        using HttpResponseMessage thirty = Http.Response(503, "GET", TimeSpan.FromSeconds(30));
        using HttpResponseMessage thirtyOne = Http.Response(503, "GET", TimeSpan.FromSeconds(31));

        bool retriedThirty = await Http.ShouldHandleAsync(options, thirty);
        bool retriedThirtyOne = await Http.ShouldHandleAsync(options, thirtyOne);

        new HttpStatusKitRetryOptions().MaxRetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        retriedThirty.Should().BeTrue();
        retriedThirtyOne.Should().BeFalse();
    }

    [Fact]
    public async Task WaitsAtMostMaxRetryAfterGivenPredicateThatRetriesAnyway()
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit(o => o.MaxRetryAfter = TimeSpan.FromSeconds(10));
        options.ShouldHandle = _ => ValueTask.FromResult(true);
        using HttpResponseMessage response = Http.Response(503, "GET", TimeSpan.FromHours(1));

        TimeSpan? delay = await Http.DelayAsync(options, Outcome.FromResult(response));

        delay.Should().Be(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("")]
    public async Task TreatsHeaderAsAbsentGivenRetryAfterThatDoesNotParse(string value)
    {
        var options = new HttpRetryStrategyOptions().UseHttpStatusKit();
        using HttpResponseMessage tooLarge = Http.Response(413, "GET");
        using HttpResponseMessage unavailable = Http.Response(503, "GET");
        tooLarge.Headers.TryAddWithoutValidation("Retry-After", value);
        unavailable.Headers.TryAddWithoutValidation("Retry-After", value);

        bool tooLargeRetried = await Http.ShouldHandleAsync(options, tooLarge);
        bool unavailableRetried = await Http.ShouldHandleAsync(options, unavailable);
        TimeSpan? delay = await Http.DelayAsync(options, Outcome.FromResult(unavailable));

        tooLargeRetried.Should().BeFalse();
        unavailableRetried.Should().BeTrue();
        delay.Should().BeNull();
    }

    [Fact]
    public async Task RetriesContentTooLargeWhateverThePresetGivenRetryAfter()
    {
        using HttpResponseMessage response = Http.Response(413, "POST", TimeSpan.FromSeconds(3));

        foreach (HttpRetryPreset preset in HttpRetryPresets.All)
        {
            bool retried = await Http.ShouldHandleAsync(new HttpRetryStrategyOptions().UseHttpStatusKit(preset), response);

            retried.Should().BeTrue(preset.Name);
        }
    }
}
