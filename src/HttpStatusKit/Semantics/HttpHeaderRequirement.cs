namespace HttpStatusKit;

/// <summary>
/// How strongly a specification asks the server to send a header field with a status, in the terms of BCP 14
/// (RFC 2119, RFC 8174). Ordered from the strongest to the weakest.
/// </summary>
public enum HttpHeaderRequirement
{
    /// <summary>The server MUST send the field (within the stated condition, if any).</summary>
    Must,

    /// <summary>
    /// The definition of the status relies on the field without a requirement keyword: 303 (See Other) redirects to the
    /// URI in Location (RFC 9110, Section 15.4.4), so a 303 without it tells the client nothing. Treat it as a MUST.
    /// </summary>
    Implied,

    /// <summary>The server SHOULD send the field (within the stated condition, if any).</summary>
    Should,

    /// <summary>
    /// The field is optional: the specification says the server MAY send it, or describes what it means when present
    /// without asking for it (Location in 201, Retry-After in 3xx).
    /// </summary>
    May,
}
