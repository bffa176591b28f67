using System;
using System.Net.Http;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace HttpStatusKit.Resilience.Tests;

/// <summary>Bad arguments get a clear exception at configuration time, never a failure later in a request.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void HasDocumentedDefaultsGivenNewOptions()
    {
        var options = new HttpStatusKitRetryOptions();

        options.Preset.Should().BeSameAs(HttpRetryPresets.Recommended);
        options.ShouldRetryStatusCode.Should().BeNull();
        options.MaxRetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        options.TimeProvider.Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public void ThrowsGivenNegativeMaxRetryAfter()
    {
        var options = new HttpStatusKitRetryOptions();

        Action act = () => options.MaxRetryAfter = TimeSpan.FromTicks(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Fact]
    public void ThrowsGivenNullPresetOrTimeProvider()
    {
        var options = new HttpStatusKitRetryOptions();

        Action setPreset = () => options.Preset = null!;
        Action setTime = () => options.TimeProvider = null!;

        setPreset.Should().Throw<ArgumentNullException>();
        setTime.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ThrowsGivenNullArguments()
    {
        HttpRetryStrategyOptions? none = null;
        var options = new HttpRetryStrategyOptions();
        ResiliencePipelineBuilder<HttpResponseMessage>? noBuilder = null;

        Action noOptions = () => none!.UseHttpStatusKit();
        Action noPreset = () => options.UseHttpStatusKit((HttpRetryPreset)null!);
        Action noConfigure = () => options.UseHttpStatusKit((Action<HttpStatusKitRetryOptions>)null!);
        Action noPipeline = () => noBuilder!.AddHttpStatusKitRetry();

        noOptions.Should().Throw<ArgumentNullException>().WithParameterName("options");
        noPreset.Should().Throw<ArgumentNullException>().WithParameterName("preset");
        noConfigure.Should().Throw<ArgumentNullException>().WithParameterName("configure");
        noPipeline.Should().Throw<ArgumentNullException>().WithParameterName("builder");
    }

    [Fact]
    public void WorksOnPollysOwnOptionsGivenRetryStrategyOptions()
    {
        var options = new RetryStrategyOptions<HttpResponseMessage>();

        RetryStrategyOptions<HttpResponseMessage> same = options.UseHttpStatusKit(HttpRetryPresets.Polly);

        same.Should().BeSameAs(options);
        same.DelayGenerator.Should().NotBeNull();
    }

    [Fact]
    public void ReturnsDecisionGivenOutcomeWithNeitherResponseNorException()
    {
        HttpRetryDecision decision = HttpRetryDecision.For(Outcome.FromResult<HttpResponseMessage>(null!));

        decision.ShouldRetry.Should().BeFalse();
        decision.StatusCode.Should().BeNull();
    }
}
