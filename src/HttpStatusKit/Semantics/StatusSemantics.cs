namespace HttpStatusKit;

/// <summary>
/// The semantic facts of one status, behind the semantic properties of <see cref="HttpStatusInfo"/>. A catalog entry's
/// facts come from its line in the status table with the class rules applied here; an unassigned code or an invalid
/// value gets the client-side facts of the code a client handles it as (RFC 9110, Section 15) and none of the facts
/// that belong to a status definition.
/// </summary>
internal sealed class StatusSemantics
{
    private StatusSemantics(
        bool isHeuristicallyCacheable,
        bool mustNotBeStored,
        HttpContentRule contentRule,
        HttpRedirectMethod redirectMethod,
        bool isDeprecated,
        ReadOnlyArray<HttpHeaderExpectation> expectedHeaders,
        HttpRetryAdvice retryAdvice)
    {
        IsHeuristicallyCacheable = isHeuristicallyCacheable;
        MustNotBeStored = mustNotBeStored;
        ContentRule = contentRule;
        RedirectMethod = redirectMethod;
        IsDeprecated = isDeprecated;
        ExpectedHeaders = expectedHeaders;
        RetryAdvice = retryAdvice;
    }

    internal bool IsHeuristicallyCacheable { get; }

    internal bool MustNotBeStored { get; }

    internal HttpContentRule ContentRule { get; }

    internal HttpRedirectMethod RedirectMethod { get; }

    internal bool IsDeprecated { get; }

    internal ReadOnlyArray<HttpHeaderExpectation> ExpectedHeaders { get; }

    internal HttpRetryAdvice RetryAdvice { get; }

    /// <summary>
    /// The facts of a catalog entry: what its line in the table states, and the class rules. Every 1xx response is
    /// interim, has no content and is never stored by a cache (RFC 9110, Section 15.2; RFC 9111, Section 3); every 3xx
    /// may carry Retry-After (RFC 9110, Section 10.2.3); retry advice is <see cref="HttpRetryAdvice.NotApplicable"/>
    /// below 400 and <see cref="HttpRetryAdvice.DoNotRetry"/> from 400 unless the entry says otherwise.
    /// </summary>
    internal static StatusSemantics ForEntry(
        int code,
        bool heuristicallyCacheable,
        bool mustNotBeStored,
        HttpContentRule content,
        HttpRedirectMethod redirectMethod,
        bool deprecated,
        HttpHeaderExpectation[]? expectedHeaders,
        HttpRetryAdvice? retryAdvice)
    {
        bool informational = code < 200;
        ReadOnlyArray<HttpHeaderExpectation> headers = code is >= 300 and < 400
            ? new ReadOnlyArray<HttpHeaderExpectation>([.. expectedHeaders ?? [], RedirectHeaders.RetryAfter])
            : ReadOnlyArray<HttpHeaderExpectation>.From(expectedHeaders);

        return new StatusSemantics(
            heuristicallyCacheable,
            informational || mustNotBeStored,
            informational ? HttpContentRule.Never : content,
            redirectMethod,
            deprecated,
            headers,
            retryAdvice ?? (code < 400 ? HttpRetryAdvice.NotApplicable : HttpRetryAdvice.DoNotRetry));
    }

    /// <summary>
    /// The facts of a code outside the table, handled by a client as <paramref name="equivalent"/> (the x00 code of its
    /// class, or 500 for an invalid value): what a client does follows that code; what a cache or a server does belongs
    /// to a status definition, so such a code is not heuristically cacheable and has only the class's Retry-After rule.
    /// </summary>
    internal static StatusSemantics ForUnlisted(StatusSemantics equivalent, bool isRedirection) => new(
        false,
        equivalent.MustNotBeStored,
        equivalent.ContentRule,
        equivalent.RedirectMethod,
        equivalent.IsDeprecated,
        isRedirection ? RedirectHeaders.RetryAfterOnly : ReadOnlyArray<HttpHeaderExpectation>.Empty,
        equivalent.RetryAdvice);

    /// <summary>The header every 3xx response may carry, built when the first 3xx record is, not with the first record of any class.</summary>
    private static class RedirectHeaders
    {
        // Every 3xx response may carry Retry-After, the minimum time to wait before making the redirected request (RFC 9110, Section 10.2.3).
        internal static readonly HttpHeaderExpectation RetryAfter = new(
            "Retry-After", HttpHeaderRequirement.May, "the minimum time to wait before making the redirected request", SpecificationReference.Rfc(9110, "10.2.3"));

        internal static readonly ReadOnlyArray<HttpHeaderExpectation> RetryAfterOnly = new([RetryAfter]);
    }
}
