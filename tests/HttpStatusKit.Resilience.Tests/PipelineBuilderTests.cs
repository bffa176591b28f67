using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using HttpStatusKit.Resilience.Tests.Support;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace HttpStatusKit.Resilience.Tests;

/// <summary>AddHttpStatusKitRetry on a plain Polly pipeline builder: the builder's clock, and the options it is given.</summary>
public sealed class PipelineBuilderTests
{
    [Fact]
    public async Task WaitsUntilDateOnBuildersClockGivenRetryAfterDate()
    {
        var time = new RecordingTimeProvider();
        ResiliencePipeline<HttpResponseMessage> pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddHttpStatusKitRetry()
            .Build();
        DateTimeOffset date = time.GetUtcNow().AddSeconds(4);
        int attempts = 0;

        ValueTask<HttpResponseMessage> executing = pipeline.ExecuteAsync(_ => ValueTask.FromResult(
            ++attempts == 1 ? Http.Response(429, "POST", date) : Http.Response(200, "POST")));
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(4));
        time.Advance(TimeSpan.FromSeconds(4) - TimeSpan.FromMilliseconds(1));
        int attemptsBeforeTheDate = attempts;
        time.Advance(TimeSpan.FromMilliseconds(1));
        using HttpResponseMessage response = await executing;

        attemptsBeforeTheDate.Should().Be(1);
        attempts.Should().Be(2);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UsesGivenRetryOptionsAndSettingsGivenBoth()
    {
        var time = new FakeTimeProvider();
        int retries = 0;
        var options = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 5,
            Delay = TimeSpan.Zero,
            OnRetry = _ =>
            {
                retries++;
                return default;
            },
        };
        ResiliencePipeline<HttpResponseMessage> pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddHttpStatusKitRetry(options, kit => kit.Preset = HttpRetryPresets.JsHttpStatuses)
            .Build();

        using HttpResponseMessage badGateway = await pipeline.ExecuteAsync(_ => ValueTask.FromResult(Http.Response(502, "GET")));
        int badGatewayRetries = retries;
        retries = 0;
        using HttpResponseMessage serverError = await pipeline.ExecuteAsync(_ => ValueTask.FromResult(Http.Response(500, "GET")));

        badGatewayRetries.Should().Be(5);
        retries.Should().Be(0, "jshttp/statuses does not retry 500");
        serverError.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
    }
}
