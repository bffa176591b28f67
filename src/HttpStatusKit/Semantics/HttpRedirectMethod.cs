namespace HttpStatusKit;

/// <summary>
/// Which request method a user agent uses when it follows a redirect automatically (RFC 9110, Section 15.4).
/// </summary>
public enum HttpRedirectMethod
{
    /// <summary>
    /// The status is not a redirect with a method rule: every status other than 301, 302, 303, 307 and 308. 300 (Multiple
    /// Choices) may name a preferred choice in Location, but RFC 9110, Section 15.4.1 sets no rule for the method, and
    /// 304, 305 and 306 are not followed as redirects.
    /// </summary>
    None,

    /// <summary>
    /// 301 (Moved Permanently) and 302 (Found): the user agent may change a POST into a GET for the redirected request,
    /// for historical reasons (RFC 9110, Sections 15.4.2 and 15.4.3). Use 307 or 308 when the method must be kept.
    /// </summary>
    MayChangeToGet,

    /// <summary>
    /// 303 (See Other): the user agent retrieves the resource named in Location with GET (or HEAD, when the request was
    /// HEAD), whatever the method of the original request (RFC 9110, Section 15.4.4).
    /// </summary>
    ChangesToGet,

    /// <summary>
    /// 307 (Temporary Redirect) and 308 (Permanent Redirect), the method-preserving redirects (RFC 9110, Section 15.4). A
    /// user agent that follows a 307 automatically must not change the request method (RFC 9110, Section 15.4.8); 308 is
    /// the permanent counterpart, which, unlike 301, does not allow a POST to be turned into a GET (RFC 7538, Section 3).
    /// </summary>
    Preserved,
}
