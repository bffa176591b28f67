using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace HttpStatusKit.Resilience;

/// <summary>Reads the wait that a Retry-After header field asks for (RFC 9110, Section 10.2.3).</summary>
internal static class RetryAfterHeader
{
    /// <summary>
    /// The wait from now: the delta-seconds, or the HTTP-date minus the clock's now, and zero for a date that has passed
    /// (as Microsoft.Extensions.Http.Resilience's RetryAfterHelper does). <see langword="null"/> when the response has no
    /// Retry-After or one that does not parse, which <see cref="HttpResponseHeaders.RetryAfter"/> reports as absent.
    /// </summary>
    public static TimeSpan? Wait(HttpResponseMessage response, TimeProvider timeProvider)
    {
        RetryConditionHeaderValue? retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            TimeSpan wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
