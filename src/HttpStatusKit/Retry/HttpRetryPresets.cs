using System;
using System.Collections.Generic;
using System.Globalization;

namespace HttpStatusKit;

/// <summary>
/// Named sets of status codes to retry: the catalog's own recommendation, and the exact sets that common tools use, each
/// with its source, so a caller can choose one and know what it chose. Every member is thread-safe.
/// </summary>
/// <remarks>
/// The tools' predicates are reproduced for every <see cref="int"/>: where a tool compares (<c>status &gt;= 500</c>),
/// the preset compares the same way, so 600 or 999 are retried too. An <see cref="System.Net.Http.HttpResponseMessage"/>
/// holds only 0 to 999; the preset applies the same rule to the values beyond.
/// </remarks>
public static class HttpRetryPresets
{
    /// <summary>
    /// The catalog's recommendation, following <see cref="HttpStatusInfo.RetryAdvice"/>: retries a status whose advice is
    /// <see cref="HttpRetryAdvice.Retry"/> (<include file="../Table/StatusLists.xml" path="lists/list[@name='retry-retry']/c"/>), <see cref="HttpRetryAdvice.RetryWithoutEarlyData"/>
    /// (<include file="../Table/StatusLists.xml" path="lists/list[@name='retry-retry-without-early-data']/c"/>), <see cref="HttpRetryAdvice.AfterDelay"/> (<include file="../Table/StatusLists.xml" path="lists/list[@name='retry-after-delay']/c"/>) or
    /// <see cref="HttpRetryAdvice.IfIdempotent"/> (<include file="../Table/StatusLists.xml" path="lists/list[@name='retry-if-idempotent']/c"/>,
    /// unassigned 5xx codes, and every value outside 100 to 599, which a client handles as 500).
    /// </summary>
    /// <remarks>
    /// A status code alone cannot carry the whole advice: retry an <see cref="HttpRetryAdvice.IfIdempotent"/> status only
    /// for an idempotent request, wait for Retry-After on <see cref="HttpRetryAdvice.AfterDelay"/>, and send a 425 retry
    /// outside early data. 413 is not retried here because only a Retry-After header field makes it retryable
    /// (<see cref="HttpRetryAdvice.OnlyWithRetryAfter"/>).
    /// </remarks>
    public static HttpRetryPreset Recommended { get; } = new(
        "HttpStatusKit recommended",
        "HttpStatusKit, HttpStatusInfo.RetryAdvice: retries " + RecommendedCodes() + ", unassigned 5xx codes, and values outside 100 to 599 (handled as 500).",
        new Uri("https://www.rfc-editor.org/rfc/rfc9110.html#section-15"),
        code => IsRetryable(HttpSemantics.RetryAdvice(code)));

    /// <summary>
    /// Polly's transient HTTP errors, as <c>HttpPolicyExtensions.HandleTransientHttpError()</c> in the
    /// Polly.Extensions.Http package (version 3.0.0) handles them: a status code of 500 or more, or 408. Every value from
    /// 500 up is retried, 600 and 999 included; 429 is not.
    /// </summary>
    public static HttpRetryPreset Polly { get; } = new(
        "Polly.Extensions.Http HandleTransientHttpError",
        "App-vNext/Polly.Extensions.Http, package 3.0.0, src/Polly.Extensions.Http/HttpPolicyExtensions.cs: TransientHttpStatusCodePredicate is (int)StatusCode >= 500 || StatusCode == RequestTimeout (408).",
        new Uri("https://github.com/App-vNext/Polly.Extensions.Http/blob/master/src/Polly.Extensions.Http/HttpPolicyExtensions.cs"),
        code => code >= 500 || code == 408);

    /// <summary>
    /// The transient failures of Microsoft.Extensions.Http.Resilience, as <c>HttpClientResiliencePredicates.IsTransient</c>
    /// judges a response (the default for the standard resilience handler's retry and circuit breaker): a status code of
    /// 500 or more, 408 or 429. Every value from 500 up is retried, 600 and 999 included. The rule is read in
    /// dotnet/extensions at tag v10.9.0, where it has not changed since June 2024, and the package 10.11.0 gives the same
    /// answer for every status from 0 to 999.
    /// </summary>
    public static HttpRetryPreset MicrosoftExtensionsHttpResilience { get; } = new(
        "Microsoft.Extensions.Http.Resilience transient failure",
        "dotnet/extensions, src/Libraries/Microsoft.Extensions.Http.Resilience/Polly/HttpClientResiliencePredicates.cs at tag v10.9.0 (commit b10f9c0a; the file is unchanged since commit c13c8efa, June 2024): IsTransientHttpFailure is status >= 500 || status == 408 || status == 429. Package Microsoft.Extensions.Http.Resilience 10.11.0 (built from commit 25f07afa, as its package metadata states) gives the same answer for every status from 0 to 999.",
        new Uri("https://github.com/dotnet/extensions/blob/v10.9.0/src/Libraries/Microsoft.Extensions.Http.Resilience/Polly/HttpClientResiliencePredicates.cs"),
        code => code >= 500 || code == 408 || code == 429);

    /// <summary>
    /// The retry set of the npm package statuses (jshttp/statuses, version 2.0.2), <c>status.retry</c>: exactly 502, 503
    /// and 504.
    /// </summary>
    public static HttpRetryPreset JsHttpStatuses { get; } = new(
        "jshttp/statuses status.retry",
        "jshttp/statuses, npm package statuses 2.0.2, index.js: status.retry is { 502: true, 503: true, 504: true }.",
        new Uri("https://github.com/jshttp/statuses/blob/master/index.js"),
        code => code is 502 or 503 or 504);

    private static bool IsRetryable(HttpRetryAdvice advice) =>
        advice is HttpRetryAdvice.Retry or HttpRetryAdvice.RetryWithoutEarlyData or HttpRetryAdvice.AfterDelay or HttpRetryAdvice.IfIdempotent;

    /// <summary>The catalog codes that <see cref="Recommended"/> retries, from the table: "408, 421, ... and 504".</summary>
    private static string RecommendedCodes()
    {
        var codes = new List<string>();
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            if (IsRetryable(info.RetryAdvice))
            {
                codes.Add(info.Code.ToString(CultureInfo.InvariantCulture));
            }
        }

        return string.Join(", ", codes.GetRange(0, codes.Count - 1)) + " and " + codes[codes.Count - 1];
    }

    /// <summary>Every preset: <see cref="Recommended"/>, <see cref="Polly"/>, <see cref="MicrosoftExtensionsHttpResilience"/> and <see cref="JsHttpStatuses"/>, in that order. The list cannot be changed, through any cast.</summary>
    public static IReadOnlyList<HttpRetryPreset> All { get; } = new ReadOnlyArray<HttpRetryPreset>([Recommended, Polly, MicrosoftExtensionsHttpResilience, JsHttpStatuses]);
}
