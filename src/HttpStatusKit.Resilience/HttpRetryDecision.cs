using System;
using System.Globalization;
using System.Net.Http;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace HttpStatusKit.Resilience;

/// <summary>
/// Whether an HTTP outcome is retried and why: the status, the <see cref="HttpRetryAdvice"/> that applied, the wait that
/// Retry-After asked for, and a sentence that names the rule. The retry strategy that
/// <see cref="HttpStatusKitRetryExtensions.UseHttpStatusKit{TOptions}(TOptions)"/> sets up stores the decision for each
/// attempt in the <see cref="ResilienceContext.Properties"/> under <see cref="PropertyKey"/>, so <c>OnRetry</c> and
/// logging can read it; <see cref="For"/> makes one directly.
/// </summary>
public sealed record HttpRetryDecision
{
    private static readonly HttpStatusKitRetryOptions s_defaultOptions = new();

    private HttpRetryDecision(bool shouldRetry, int? statusCode, HttpRetryAdvice? advice, TimeSpan? retryAfter, string reason)
    {
        ShouldRetry = shouldRetry;
        StatusCode = statusCode;
        Advice = advice;
        RetryAfter = retryAfter;
        Reason = reason;
    }

    /// <summary>
    /// The key under which the retry strategy stores the decision for the latest attempt in
    /// <see cref="ResilienceContext.Properties"/>: read it in <c>OnRetry</c> with
    /// <c>args.Context.Properties.TryGetValue(HttpRetryDecision.PropertyKey, out HttpRetryDecision? decision)</c>.
    /// Its name is <c>"HttpStatusKit.Resilience.RetryDecision"</c>.
    /// </summary>
    public static ResiliencePropertyKey<HttpRetryDecision> PropertyKey { get; } = new("HttpStatusKit.Resilience.RetryDecision");

    /// <summary>Whether the outcome is retried.</summary>
    public bool ShouldRetry { get; }

    /// <summary>The response's status code; <see langword="null"/> when the outcome is an exception.</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// The status's <see cref="HttpStatusInfo.RetryAdvice"/>, which an invalid code (below 100 or above 599) takes from
    /// 500; <see langword="null"/> when the outcome is an exception.
    /// </summary>
    public HttpRetryAdvice? Advice { get; }

    /// <summary>
    /// The wait that the response's Retry-After header field asks for, measured from now (zero for a date that has
    /// passed); <see langword="null"/> when the response has no valid Retry-After or the outcome is an exception. A
    /// retried response waits exactly this long.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>One sentence that says what was decided and by which rule, for logs.</summary>
    public string Reason { get; }

    /// <summary>
    /// Decides whether an outcome is retried, as the retry strategy does:
    /// <list type="bullet">
    /// <item><description>An exception is retried when Microsoft.Extensions.Http.Resilience treats it as transient:
    /// <see cref="HttpRequestException"/>, <see cref="Polly.Timeout.TimeoutRejectedException"/> and a connection timeout.</description></item>
    /// <item><description>A response follows its status's <see cref="HttpStatusInfo.RetryAdvice"/>: <see cref="HttpRetryAdvice.Retry"/>
    /// and <see cref="HttpRetryAdvice.RetryWithoutEarlyData"/> are retried, <see cref="HttpRetryAdvice.AfterDelay"/> is retried after
    /// Retry-After or the strategy's back-off, <see cref="HttpRetryAdvice.IfIdempotent"/> only when the request's method is idempotent
    /// (GET, HEAD, OPTIONS, TRACE, PUT or DELETE; RFC 9110, Section 9.2.2), <see cref="HttpRetryAdvice.OnlyWithRetryAfter"/> only with
    /// a Retry-After, and <see cref="HttpRetryAdvice.NotApplicable"/> and <see cref="HttpRetryAdvice.DoNotRetry"/> never. The first four
    /// must also be in <see cref="HttpStatusKitRetryOptions.Preset"/>, and a response whose Retry-After asks for more than
    /// <see cref="HttpStatusKitRetryOptions.MaxRetryAfter"/> is not retried.</description></item>
    /// </list>
    /// Never throws for any outcome; a <see cref="HttpStatusKitRetryOptions.ShouldRetryStatusCode"/> that throws is the one
    /// exception, whose exception propagates.
    /// </summary>
    /// <param name="outcome">A response or an exception.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The decision; never <see langword="null"/>.</returns>
    public static HttpRetryDecision For(Outcome<HttpResponseMessage> outcome, HttpStatusKitRetryOptions? options = null) =>
        Decide(outcome, options ?? s_defaultOptions, context: null);

    /// <summary>The decision of the retry strategy, which also knows the execution's context.</summary>
    internal static HttpRetryDecision Decide(in Outcome<HttpResponseMessage> outcome, HttpStatusKitRetryOptions options, ResilienceContext? context)
    {
        if (outcome.Exception is { } exception)
        {
            return DecideException(exception, context);
        }

        if (outcome.Result is not { } response)
        {
            return new(false, null, null, null, "The outcome has neither a response nor an exception, so there is nothing to retry.");
        }

        int code = (int)response.StatusCode;
        HttpStatusInfo status = HttpStatusCatalog.Describe(code);
        HttpRetryAdvice advice = status.RetryAdvice;
        TimeSpan? retryAfter = RetryAfterHeader.Wait(response, options.TimeProvider);

        HttpRetryDecision Retry(string why) =>
            retryAfter is { } wait && wait > options.MaxRetryAfter
                ? new(false, code, advice, retryAfter, $"{status} is not retried: its Retry-After asks for a wait of {Seconds(wait)}, longer than MaxRetryAfter ({Seconds(options.MaxRetryAfter)}).")
                : new(true, code, advice, retryAfter, retryAfter is { } delay
                    ? $"{status} is retried after {Seconds(delay)}, as its Retry-After asks: {why}"
                    : $"{status} is retried: {why}");

        HttpRetryDecision DoNotRetry(string why) => new(false, code, advice, retryAfter, $"{status} is not retried: {why}");

        switch (advice)
        {
            case HttpRetryAdvice.NotApplicable:
                return new(false, code, advice, retryAfter, $"{status} is not a failure, so there is nothing to retry (HttpRetryAdvice.NotApplicable).");
            case HttpRetryAdvice.DoNotRetry:
                return DoNotRetry("repeating the same request is expected to fail the same way (HttpRetryAdvice.DoNotRetry).");
            case HttpRetryAdvice.OnlyWithRetryAfter:
                return retryAfter is null
                    ? DoNotRetry("it has no Retry-After, which alone would mark the condition as temporary (HttpRetryAdvice.OnlyWithRetryAfter; RFC 9110, Section 15.5.14).")
                    : Retry("Retry-After marks the condition as temporary (HttpRetryAdvice.OnlyWithRetryAfter; RFC 9110, Section 15.5.14).");
            case HttpRetryAdvice.Retry:
            case HttpRetryAdvice.RetryWithoutEarlyData:
            case HttpRetryAdvice.AfterDelay:
            case HttpRetryAdvice.IfIdempotent:
                break;
            default:
                return DoNotRetry($"its advice, {advice}, is not one this version knows how to follow.");
        }

        if (options.ShouldRetryStatusCode is { } filter ? !filter(code) : !options.Preset.ShouldRetry(code))
        {
            return DoNotRetry(options.ShouldRetryStatusCode is null
                ? $"the preset \"{options.Preset.Name}\" does not retry it."
                : "ShouldRetryStatusCode does not retry it.");
        }

        switch (advice)
        {
            case HttpRetryAdvice.Retry:
                return Retry("the server did not act on the request, so it may be repeated whatever its method (HttpRetryAdvice.Retry).");
            case HttpRetryAdvice.RetryWithoutEarlyData:
                return Retry("HttpClient does not send TLS early data, so the repeat is outside it, as RFC 8470, Section 5.2 asks (HttpRetryAdvice.RetryWithoutEarlyData).");
            case HttpRetryAdvice.AfterDelay:
                return Retry(retryAfter is null
                    ? "the condition is temporary and there is no Retry-After, so the strategy's back-off applies (HttpRetryAdvice.AfterDelay)."
                    : "the condition is temporary (HttpRetryAdvice.AfterDelay).");
            default:
                HttpRequestMessage? request = response.RequestMessage ?? context?.GetRequestMessage();
                if (request is null)
                {
                    return DoNotRetry("the request, and so its method, is unknown, and only an idempotent request may be repeated (HttpRetryAdvice.IfIdempotent; RFC 9110, Section 9.2.2).");
                }

                string method = request.Method.Method;
                return IdempotentMethods.Contains(method)
                    ? Retry($"{method} is idempotent (HttpRetryAdvice.IfIdempotent; RFC 9110, Section 9.2.2).")
                    : DoNotRetry($"{method} is not idempotent, and the server may already have acted on the request (HttpRetryAdvice.IfIdempotent; RFC 9110, Section 9.2.2).");
        }
    }

    // The exceptions that Microsoft.Extensions.Http.Resilience's default retry predicate handles. Read in dotnet/extensions,
    // src/Libraries/Microsoft.Extensions.Http.Resilience/Polly/HttpClientResiliencePredicates.cs (commit 5862342c; the
    // 10.11.0 package is built from 25f07afa): HttpRetryStrategyOptions's ShouldHandle calls IsTransient(outcome,
    // cancellationToken), which adds a connection timeout (IsHttpConnectionTimeout) to IsTransient(outcome). That overload
    // is experimental, so its rule is repeated here instead of called; the tests compare both with the package's.
    private static HttpRetryDecision DecideException(Exception exception, ResilienceContext? context)
    {
        string type = exception.GetType().Name;
        if (HttpClientResiliencePredicates.IsTransient(Outcome.FromException<HttpResponseMessage>(exception)))
        {
            return new(true, null, null, null, $"{type} is retried: it is a transient failure, as Microsoft.Extensions.Http.Resilience treats it.");
        }

        bool cancelled = context?.CancellationToken.IsCancellationRequested ?? false;
        if (!cancelled && exception is OperationCanceledException { Source: "System.Private.CoreLib", InnerException: TimeoutException })
        {
            return new(true, null, null, null, $"{type} is retried: it is a connection timeout, a transient failure as Microsoft.Extensions.Http.Resilience treats it.");
        }

        return new(false, null, null, null, $"{type} is not retried: it is not a transient failure.");
    }

    private static string Seconds(TimeSpan wait) =>
        wait == TimeSpan.MaxValue ? "no limit" : wait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
