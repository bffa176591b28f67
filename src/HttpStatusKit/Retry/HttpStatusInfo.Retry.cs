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
    /// <item><term><see cref="HttpRetryAdvice.Retry"/></term><description><include file="../Table/StatusLists.xml" path="lists/list[@name='retry-retry']/c"/></description></item>
    /// <item><term><see cref="HttpRetryAdvice.RetryWithoutEarlyData"/></term><description><include file="../Table/StatusLists.xml" path="lists/list[@name='retry-retry-without-early-data']/c"/></description></item>
    /// <item><term><see cref="HttpRetryAdvice.AfterDelay"/></term><description><include file="../Table/StatusLists.xml" path="lists/list[@name='retry-after-delay']/c"/></description></item>
    /// <item><term><see cref="HttpRetryAdvice.IfIdempotent"/></term><description><include file="../Table/StatusLists.xml" path="lists/list[@name='retry-if-idempotent']/c"/>, unassigned 5xx, invalid values</description></item>
    /// <item><term><see cref="HttpRetryAdvice.OnlyWithRetryAfter"/></term><description><include file="../Table/StatusLists.xml" path="lists/list[@name='retry-only-with-retry-after']/c"/></description></item>
    /// <item><term><see cref="HttpRetryAdvice.DoNotRetry"/></term><description>every other 4xx and 5xx</description></item>
    /// </list>
    /// </remarks>
    public HttpRetryAdvice RetryAdvice => _semantics.RetryAdvice;
}
