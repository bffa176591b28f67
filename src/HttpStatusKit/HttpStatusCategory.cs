namespace HttpStatusKit;

/// <summary>
/// The five classes of HTTP status codes, named by the first digit of the code (RFC 9110, Section 15).
/// The numeric value of each member is that digit.
/// </summary>
public enum HttpStatusCategory
{
    /// <summary>1xx: an interim response; the request was received and the final response is still to come (RFC 9110, Section 15.2).</summary>
    Informational = 1,

    /// <summary>2xx: the request was received, understood and accepted (RFC 9110, Section 15.3).</summary>
    Success = 2,

    /// <summary>3xx: the user agent must take further action to complete the request (RFC 9110, Section 15.4).</summary>
    Redirection = 3,

    /// <summary>4xx: the request contains bad syntax or cannot be fulfilled; the fault lies with the client (RFC 9110, Section 15.5).</summary>
    ClientError = 4,

    /// <summary>5xx: the server failed to fulfil an apparently valid request (RFC 9110, Section 15.6).</summary>
    ServerError = 5,
}
