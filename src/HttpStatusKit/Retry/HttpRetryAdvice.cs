namespace HttpStatusKit;

/// <summary>
/// What a client can do about a response with a given status if it wants the request to succeed: whether repeating the
/// same request can help, and under what condition. <see cref="HttpStatusInfo.RetryAdvice"/> gives the advice for each
/// status; an unassigned code gets the advice of the x00 code of its class and an invalid value that of 500, because
/// that is how a client handles them (RFC 9110, Section 15).
/// </summary>
/// <remarks>
/// A status alone cannot say everything: the request method matters (<see cref="IfIdempotent"/>), and so do header fields
/// such as Retry-After. Whatever the advice, a client should cap the number of attempts and the total time it spends.
/// </remarks>
public enum HttpRetryAdvice
{
    /// <summary>
    /// The response is not a failure, so there is nothing to retry: every 1xx, 2xx and 3xx status. A redirect is followed,
    /// not retried.
    /// </summary>
    NotApplicable,

    /// <summary>
    /// Repeating the same request is expected to fail the same way: the client has to change the request (its content,
    /// credentials, conditions or target) or give up. Most 4xx statuses; the 5xx statuses that describe a lasting
    /// condition of the server: 501, 505, 506, 508, 510 and 511; and 507 (Insufficient Storage). RFC 4918, Section 11.5
    /// calls 507's condition temporary, but a request that came from a user action must not be repeated until the user
    /// asks for it again in a separate action; for a request no user started it sets no rule, and a repeat is likely to
    /// fail the same way until the server has room again, so it is not repeated automatically either.
    /// </summary>
    DoNotRetry,

    /// <summary>
    /// The server did not act on the request, so the client may repeat it whatever its method. 408 (Request Timeout): the
    /// server did not receive the complete request in time, and the client may repeat it, on a new connection if the
    /// current one is no longer usable (RFC 9110, Section 15.5.9). 421 (Misdirected Request): the client may retry over a
    /// different connection, whether or not the method is idempotent (RFC 9110, Section 15.5.20).
    /// </summary>
    Retry,

    /// <summary>
    /// 425 (Too Early): the server would not risk processing a request that arrived in TLS early data and might be
    /// replayed. A client that sent the request in early data must repeat it (RFC 8470, Section 4), and a user agent
    /// should do so automatically; the repeated request must not be sent in early data, so it goes out after the handshake
    /// has completed or on a new connection (RFC 8470, Section 5.2).
    /// </summary>
    RetryWithoutEarlyData,

    /// <summary>
    /// The condition is temporary: wait, then repeat. Honour a Retry-After header field when the response has one
    /// (RFC 9110, Section 10.2.3); otherwise back off. 429 (Too Many Requests, RFC 6585, Section 4) and 503 (Service
    /// Unavailable, RFC 9110, Section 15.6.4).
    /// </summary>
    AfterDelay,

    /// <summary>
    /// The failure may be transient, but the server, or a server behind a gateway, may already have acted on the request
    /// before it failed. Repeat it automatically only when the method is idempotent, such as GET, HEAD, PUT or DELETE, or
    /// when the client knows the request is safe to repeat (RFC 9110, Section 9.2.2). 500 (Internal Server Error),
    /// 502 (Bad Gateway) and 504 (Gateway Timeout); RFC 9110 gives no retry rule for them.
    /// </summary>
    IfIdempotent,

    /// <summary>
    /// Do not repeat the request unless the response carries a Retry-After header field, which marks the condition as
    /// temporary and says when the client may try again. 413 (Content Too Large) (RFC 9110, Section 15.5.14).
    /// </summary>
    OnlyWithRetryAfter,
}
