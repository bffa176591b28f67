using System;

namespace HttpStatusKit.Resilience;

/// <summary>
/// Settings for the retry decision that <see cref="HttpRetryDecision.For"/> makes and that
/// <see cref="HttpStatusKitRetryExtensions.UseHttpStatusKit{TOptions}(TOptions, Action{HttpStatusKitRetryOptions})"/> wires into a
/// retry strategy: which status codes to consider, the longest Retry-After to wait for, and the clock that turns a
/// Retry-After date into a wait. A new instance has the defaults.
/// </summary>
public sealed class HttpStatusKitRetryOptions
{
    private HttpRetryPreset _preset = HttpRetryPresets.Recommended;
    private TimeSpan _maxRetryAfter = TimeSpan.FromSeconds(30);
    private TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>
    /// The set of status codes that may be retried, narrowed by each status's <see cref="HttpStatusInfo.RetryAdvice"/>:
    /// a status the preset retries is still retried only when its advice allows it for this response (the method for
    /// <see cref="HttpRetryAdvice.IfIdempotent"/>, never for <see cref="HttpRetryAdvice.DoNotRetry"/>). Defaults to
    /// <see cref="HttpRetryPresets.Recommended"/>, which is exactly the set the advice can retry.
    /// </summary>
    /// <remarks>
    /// A preset answers for the status code alone, so none includes 413 (Content Too Large), whose advice
    /// (<see cref="HttpRetryAdvice.OnlyWithRetryAfter"/>) depends on a header field: a 413 is retried when it carries
    /// Retry-After, whatever the preset (RFC 9110, Section 15.5.14).
    /// </remarks>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public HttpRetryPreset Preset
    {
        get => _preset;
        set => _preset = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// A set of status codes of your own, used instead of <see cref="Preset"/> when not <see langword="null"/>, and
    /// narrowed by the advice in the same way: for example <c>code =&gt; code != 429 &amp;&amp; HttpRetryPresets.Recommended.ShouldRetry(code)</c>.
    /// It is called with the response's status code (0 to 999) and must not throw. Defaults to <see langword="null"/>.
    /// </summary>
    public Func<int, bool>? ShouldRetryStatusCode { get; set; }

    /// <summary>
    /// The longest wait that a Retry-After header field may ask for. A response whose Retry-After asks for more is not
    /// retried but returned to the caller, Retry-After included: retrying earlier than the server asked is expected to fail
    /// again (RFC 9110, Section 10.2.3), and waiting longer would hold the caller past most timeouts. Defaults to 30
    /// seconds, the standard resilience handler's total request timeout. <see cref="TimeSpan.Zero"/> retries only a
    /// Retry-After of 0 or of a date that has passed; <see cref="TimeSpan.MaxValue"/> sets no limit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan MaxRetryAfter
    {
        get => _maxRetryAfter;
        set => _maxRetryAfter = value >= TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxRetryAfter cannot be negative.");
    }

    /// <summary>
    /// The clock that a Retry-After HTTP-date is measured against: the wait is that date minus
    /// <see cref="TimeProvider.GetUtcNow"/>, and a date in the past means no wait. Defaults to
    /// <see cref="TimeProvider.System"/>; <see cref="HttpStatusKitRetryExtensions.AddHttpStatusKitRetry"/> takes the
    /// pipeline builder's <see cref="Polly.ResiliencePipelineBuilderBase.TimeProvider"/> when it has one.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
    }
}
