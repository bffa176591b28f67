using System.Collections.Generic;

namespace HttpStatusKit;

// What the specifications say about responses with this status: interim or final, caching, content, redirects and
// header fields. What a client does with a response is computed from EquivalentCode, so an unassigned code follows the
// x00 code of its class and an invalid value follows 500, as a client handles them (RFC 9110, Section 15). What a cache
// or a server does is tied to the code itself: a cache uses heuristics only for a status defined as heuristically
// cacheable (RFC 9111, Section 4.2.2), and a server sending an unassigned code is bound by no status definition, so
// those rules switch on Code and name catalog codes only. No property allocates.
public sealed partial record HttpStatusInfo
{
    private static readonly SpecificationReference s_rfc9110Section10_2_3 = SpecificationReference.Rfc(9110, "10.2.3");

    private static readonly HttpHeaderExpectation s_retryAfterRedirect = new(
        "Retry-After", HttpHeaderRequirement.May, "the minimum time to wait before making the redirected request", s_rfc9110Section10_2_3);

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers101 = Headers(
        new HttpHeaderExpectation("Upgrade", HttpHeaderRequirement.Must, "naming the protocols in use after this response", Rfc9110("15.2.2")));

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers201 = Headers(
        new HttpHeaderExpectation("Location", HttpHeaderRequirement.May, "naming the primary resource created, which is otherwise the target URI", Rfc9110("15.3.2")));

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers206 = Headers(
        new HttpHeaderExpectation("Content-Range", HttpHeaderRequirement.Must, "when a single part is sent", Rfc9110("15.3.7.1")));

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers300 = Headers(
        new HttpHeaderExpectation("Location", HttpHeaderRequirement.Should, "when the server has a preferred choice", Rfc9110("15.4.1")),
        s_retryAfterRedirect);

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers301 = Headers(
        new HttpHeaderExpectation("Location", HttpHeaderRequirement.Should, null, Rfc9110("15.4.2")), s_retryAfterRedirect);

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers302 = Headers(
        new HttpHeaderExpectation("Location", HttpHeaderRequirement.Should, null, Rfc9110("15.4.3")), s_retryAfterRedirect);

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers303 = Headers(
        new HttpHeaderExpectation("Location", HttpHeaderRequirement.Implied, null, Rfc9110("15.4.4")), s_retryAfterRedirect);

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers307 = Headers(
        new HttpHeaderExpectation("Location", HttpHeaderRequirement.Should, null, Rfc9110("15.4.8")), s_retryAfterRedirect);

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers308 = Headers(
        new HttpHeaderExpectation("Location", HttpHeaderRequirement.Should, null, Rfc9110("15.4.9")), s_retryAfterRedirect);

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headersOther3xx = Headers(s_retryAfterRedirect);

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers401 = Headers(
        new HttpHeaderExpectation("WWW-Authenticate", HttpHeaderRequirement.Must, "with at least one challenge", Rfc9110("15.5.2")));

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers405 = Headers(
        new HttpHeaderExpectation("Allow", HttpHeaderRequirement.Must, "listing the methods the target resource supports", Rfc9110("15.5.6")));

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers407 = Headers(
        new HttpHeaderExpectation("Proxy-Authenticate", HttpHeaderRequirement.Must, "with at least one challenge", Rfc9110("15.5.8")));

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers413 = Headers(
        new HttpHeaderExpectation("Retry-After", HttpHeaderRequirement.Should, "if the condition is temporary", Rfc9110("15.5.14")));

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers416 = Headers(
        new HttpHeaderExpectation("Content-Range", HttpHeaderRequirement.Should, "for a byte-range request, giving the current length", Rfc9110("15.5.17")));

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers426 = Headers(
        new HttpHeaderExpectation("Upgrade", HttpHeaderRequirement.Must, "naming the required protocols", Rfc9110("15.5.22")));

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers429 = Headers(
        new HttpHeaderExpectation("Retry-After", HttpHeaderRequirement.May, "how long to wait before a new request", SpecificationReference.Rfc(6585, "4")));

    private static readonly ReadOnlyArray<HttpHeaderExpectation> s_headers503 = Headers(
        new HttpHeaderExpectation("Retry-After", HttpHeaderRequirement.May, "how long to wait before retrying", Rfc9110("15.6.4")));

    /// <summary>
    /// Whether this is an interim response: every 1xx (Informational) status, including unassigned ones. An interim
    /// response tells the client something before the final response to the same request arrives (RFC 9110, Section 15).
    /// </summary>
    public bool IsInterim => EquivalentCode < 200;

    /// <summary>
    /// Whether this is a final response, which completes the request: every status that is not 1xx, and an invalid value,
    /// which a client handles as a 5xx (RFC 9110, Section 15).
    /// </summary>
    public bool IsFinal => EquivalentCode >= 200;

    /// <summary>
    /// Whether a cache may reuse the response with a heuristic expiration time when it has no explicit freshness
    /// information (RFC 9110, Section 15.1; RFC 9111, Section 4.2.2), unless the method definition or explicit cache
    /// controls say otherwise: 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414 and 501 (RFC 9110, Section 15.1), and
    /// 451 (RFC 7725, Section 3).
    /// </summary>
    /// <remarks>
    /// Every other status is <see langword="false"/>. 421 is not heuristically cacheable: RFC 7540 made it so, and RFC 9110,
    /// Appendix B.3 removed that. 425 is not cacheable by default (RFC 8470, Section 5.2). A cache may still store any other
    /// final response that carries explicit freshness information such as <c>Cache-Control: max-age</c> or Expires
    /// (RFC 9111, Section 3), and that includes a status the cache does not recognise, which is why an unassigned or
    /// invalid code is <see langword="false"/> here (it does not follow its class) but is not forbidden from being stored;
    /// see <see cref="MustNotBeStored"/>.
    /// </remarks>
    public bool IsHeuristicallyCacheable => Code switch
    {
        200 or 203 or 204 or 206 or 300 or 301 or 308 or 404 or 405 or 410 or 414 or 451 or 501 => true,
        _ => false,
    };

    /// <summary>
    /// Whether a cache must not store the response whatever its header fields say: every 1xx response, because a cache
    /// stores only final responses (RFC 9111, Section 3), and 428, 429, 431 and 511 (RFC 6585, Sections 3 to 6).
    /// </summary>
    public bool MustNotBeStored => EquivalentCode is < 200 or 428 or 429 or 431 or 511;

    /// <summary>
    /// Whether the response can carry content: <see cref="HttpContentRule.Never"/> for every 1xx status, 204 and 304
    /// (RFC 9110, Section 6.4.1), <see cref="HttpContentRule.MustBeEmpty"/> for 205 (RFC 9110, Section 15.3.6), and
    /// <see cref="HttpContentRule.Allowed"/> for every other status.
    /// </summary>
    public HttpContentRule ContentRule => EquivalentCode switch
    {
        < 200 or 204 or 304 => HttpContentRule.Never,
        205 => HttpContentRule.MustBeEmpty,
        _ => HttpContentRule.Allowed,
    };

    /// <summary>
    /// Which method a user agent uses when it follows this redirect: <see cref="HttpRedirectMethod.MayChangeToGet"/> for
    /// 301 and 302, <see cref="HttpRedirectMethod.ChangesToGet"/> for 303, <see cref="HttpRedirectMethod.Preserved"/> for
    /// 307 and 308, and <see cref="HttpRedirectMethod.None"/> for every other status (RFC 9110, Section 15.4).
    /// </summary>
    public HttpRedirectMethod RedirectMethod => EquivalentCode switch
    {
        301 or 302 => HttpRedirectMethod.MayChangeToGet,
        303 => HttpRedirectMethod.ChangesToGet,
        307 or 308 => HttpRedirectMethod.Preserved,
        _ => HttpRedirectMethod.None,
    };

    /// <summary>
    /// Whether the status is deprecated: only 305 (Use Proxy), deprecated by RFC 7231, Appendix B for security reasons
    /// and kept so by RFC 9110, Section 15.4.6. 306 is reserved and 510 obsoleted instead; see <see cref="Registration"/>.
    /// </summary>
    public bool IsDeprecated => EquivalentCode == 305;

    /// <summary>
    /// The header fields that a specification asks a server to send with this status, among Location, Allow,
    /// WWW-Authenticate, Proxy-Authenticate, Retry-After, Content-Range and Upgrade, each with its requirement, condition
    /// and section; empty when there are none. Every 3xx status lists Retry-After, which gives the minimum time to wait
    /// before following the redirect (RFC 9110, Section 10.2.3); that is the only entry an unassigned code has, since
    /// the other rules belong to the definition of each status. The list cannot be changed, through any cast, and the
    /// same instance is returned on every call.
    /// </summary>
    /// <remarks>
    /// Fields that a status asks for only by reference to another response, such as the 304 rule to repeat Date, ETag and
    /// Vary from the 200 response (RFC 9110, Section 15.4.5), are not listed.
    /// </remarks>
    public IReadOnlyList<HttpHeaderExpectation> ExpectedHeaders => Code switch
    {
        101 => s_headers101,
        201 => s_headers201,
        206 => s_headers206,
        300 => s_headers300,
        301 => s_headers301,
        302 => s_headers302,
        303 => s_headers303,
        307 => s_headers307,
        308 => s_headers308,
        401 => s_headers401,
        405 => s_headers405,
        407 => s_headers407,
        413 => s_headers413,
        416 => s_headers416,
        426 => s_headers426,
        429 => s_headers429,
        503 => s_headers503,
        _ when EquivalentCode is >= 300 and < 400 => s_headersOther3xx,
        _ => ReadOnlyArray<HttpHeaderExpectation>.Empty,
    };

    private static SpecificationReference Rfc9110(string section) => SpecificationReference.Rfc(9110, section);

    private static ReadOnlyArray<HttpHeaderExpectation> Headers(params HttpHeaderExpectation[] items) => new(items);
}
