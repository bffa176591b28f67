using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace HttpStatusKit.Resilience;

/// <summary>
/// Wires HttpStatusKit's retry decision into Polly retry strategies for <see cref="HttpResponseMessage"/>: on
/// Microsoft.Extensions.Http.Resilience's <see cref="HttpRetryStrategyOptions"/> (as in
/// <c>AddStandardResilienceHandler(o =&gt; o.Retry.UseHttpStatusKit())</c>), on Polly's own
/// <see cref="RetryStrategyOptions{TResult}"/>, and on a <see cref="ResiliencePipelineBuilder{TResult}"/>.
/// </summary>
public static class HttpStatusKitRetryExtensions
{
    /// <summary>
    /// Makes the retry strategy follow <see cref="HttpRetryPresets.Recommended"/> and each status's
    /// <see cref="HttpStatusInfo.RetryAdvice"/>, with the default <see cref="HttpStatusKitRetryOptions"/>; see
    /// <see cref="UseHttpStatusKit{TOptions}(TOptions, Action{HttpStatusKitRetryOptions})"/>.
    /// </summary>
    /// <typeparam name="TOptions">The retry options' type, such as <see cref="HttpRetryStrategyOptions"/>.</typeparam>
    /// <param name="options">The retry options to change.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static TOptions UseHttpStatusKit<TOptions>(this TOptions options)
        where TOptions : RetryStrategyOptions<HttpResponseMessage> =>
        Apply(options, new HttpStatusKitRetryOptions());

    /// <summary>
    /// Makes the retry strategy retry the statuses of <paramref name="preset"/> that each status's
    /// <see cref="HttpStatusInfo.RetryAdvice"/> allows for the response; see
    /// <see cref="UseHttpStatusKit{TOptions}(TOptions, Action{HttpStatusKitRetryOptions})"/>.
    /// </summary>
    /// <typeparam name="TOptions">The retry options' type, such as <see cref="HttpRetryStrategyOptions"/>.</typeparam>
    /// <param name="options">The retry options to change.</param>
    /// <param name="preset">One of <see cref="HttpRetryPresets"/>.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="preset"/> is <see langword="null"/>.</exception>
    public static TOptions UseHttpStatusKit<TOptions>(this TOptions options, HttpRetryPreset preset)
        where TOptions : RetryStrategyOptions<HttpResponseMessage>
    {
        if (preset is null)
        {
            throw new ArgumentNullException(nameof(preset));
        }

        return Apply(options, new HttpStatusKitRetryOptions { Preset = preset });
    }

    /// <summary>
    /// Makes the retry strategy decide as <see cref="HttpRetryDecision.For"/> does: sets
    /// <see cref="RetryStrategyOptions{TResult}.ShouldHandle"/> to that decision, which it also stores in
    /// <see cref="ResilienceContext.Properties"/> under <see cref="HttpRetryDecision.PropertyKey"/> for <c>OnRetry</c> and
    /// logging, and <see cref="RetryStrategyOptions{TResult}.DelayGenerator"/> to wait as Retry-After asks (never longer
    /// than <see cref="HttpStatusKitRetryOptions.MaxRetryAfter"/>) and otherwise to leave the strategy's back-off. Every other
    /// setting (attempts, back-off, jitter, <c>OnRetry</c>) is kept.
    /// </summary>
    /// <remarks>
    /// Both delegates are replaced, so call this after anything else that sets them: setting
    /// <see cref="HttpRetryStrategyOptions.ShouldRetryAfterHeader"/> afterwards replaces the delay generator again.
    /// </remarks>
    /// <typeparam name="TOptions">The retry options' type, such as <see cref="HttpRetryStrategyOptions"/>.</typeparam>
    /// <param name="options">The retry options to change.</param>
    /// <param name="configure">Changes the defaults of a new <see cref="HttpStatusKitRetryOptions"/>.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static TOptions UseHttpStatusKit<TOptions>(this TOptions options, Action<HttpStatusKitRetryOptions> configure)
        where TOptions : RetryStrategyOptions<HttpResponseMessage>
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var settings = new HttpStatusKitRetryOptions();
        configure(settings);
        return Apply(options, settings);
    }

    /// <summary>
    /// Adds a retry strategy that decides as <see cref="UseHttpStatusKit{TOptions}(TOptions, Action{HttpStatusKitRetryOptions})"/>
    /// does. Retry-After dates are measured against the builder's <see cref="ResiliencePipelineBuilderBase.TimeProvider"/>
    /// when it has one (a pipeline registered through dependency injection takes the registered
    /// <see cref="TimeProvider"/>), unless <paramref name="configure"/> sets another.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">
    /// The retry options (attempts, back-off, <c>OnRetry</c>); <see langword="null"/> for a new
    /// <see cref="HttpRetryStrategyOptions"/>, which has Microsoft.Extensions.Http.Resilience's defaults for HTTP: 3 retries,
    /// exponential back-off from 2 seconds, with jitter. Its <c>ShouldHandle</c> and <c>DelayGenerator</c> are replaced.
    /// </param>
    /// <param name="configure">Changes the defaults of the <see cref="HttpStatusKitRetryOptions"/>; may be <see langword="null"/>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddHttpStatusKitRetry(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder,
        RetryStrategyOptions<HttpResponseMessage>? options = null,
        Action<HttpStatusKitRetryOptions>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        var settings = new HttpStatusKitRetryOptions { TimeProvider = builder.TimeProvider ?? TimeProvider.System };
        configure?.Invoke(settings);
        return builder.AddRetry(Apply(options ?? new HttpRetryStrategyOptions(), settings));
    }

    private static TOptions Apply<TOptions>(TOptions options, HttpStatusKitRetryOptions settings)
        where TOptions : RetryStrategyOptions<HttpResponseMessage>
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        options.ShouldHandle = args =>
        {
            HttpRetryDecision decision = HttpRetryDecision.Decide(args.Outcome, settings, args.Context);
            args.Context.Properties.Set(HttpRetryDecision.PropertyKey, decision);
            return new ValueTask<bool>(decision.ShouldRetry);
        };
        options.DelayGenerator = args =>
            args.Outcome.Result is { } response && RetryAfterHeader.Wait(response, settings.TimeProvider) is { } wait
                ? new ValueTask<TimeSpan?>(wait > settings.MaxRetryAfter ? settings.MaxRetryAfter : wait)
                : new ValueTask<TimeSpan?>((TimeSpan?)null);
        return options;
    }
}
