namespace HttpStatusKit;

// Whether repeating a request that got this status can help.
public sealed partial record HttpStatusInfo
{
    /// <summary>
    /// What a client can do about this response if it wants the request to succeed; see <see cref="HttpRetryAdvice"/>
    /// for each value and its source. An unassigned code gets the advice of the x00 code of its class (499 that of 400,
    /// <see cref="HttpRetryAdvice.DoNotRetry"/>; 599 that of 500, <see cref="HttpRetryAdvice.IfIdempotent"/>) and an
    /// invalid value that of 500, because that is how a client handles them (RFC 9110, Section 15). Does not allocate.
    /// </summary>
    /// <remarks>
    /// <list type="table">
    /// <listheader><term>Advice</term><description>Statuses</description></listheader>
    /// <item><term><see cref="HttpRetryAdvice.NotApplicable"/></term><description>every 1xx, 2xx and 3xx</description></item>
    /// <item><term><see cref="HttpRetryAdvice.Retry"/></term><description>408, 421</description></item>
    /// <item><term><see cref="HttpRetryAdvice.RetryWithoutEarlyData"/></term><description>425</description></item>
    /// <item><term><see cref="HttpRetryAdvice.AfterDelay"/></term><description>429, 503</description></item>
    /// <item><term><see cref="HttpRetryAdvice.IfIdempotent"/></term><description>500, 502, 504, unassigned 5xx, invalid values</description></item>
    /// <item><term><see cref="HttpRetryAdvice.OnlyWithRetryAfter"/></term><description>413</description></item>
    /// <item><term><see cref="HttpRetryAdvice.DoNotRetry"/></term><description>every other 4xx and 5xx</description></item>
    /// </list>
    /// </remarks>
    public HttpRetryAdvice RetryAdvice => _semantics.RetryAdvice;
}
