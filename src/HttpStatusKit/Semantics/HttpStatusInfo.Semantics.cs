using System.Collections.Generic;

namespace HttpStatusKit;

// What the specifications say about responses with this status: interim or final, caching, content, redirects and
// header fields. The facts come from the status table (Table/StatusTable.yaml) through StatusSemantics, which also
// holds the class rules. What a client does follows EquivalentCode, so an unassigned code follows the x00 code of its
// class and an invalid value follows 500, as a client handles them (RFC 9110, Section 15). What a cache or a server
// does is tied to a status definition: a cache uses heuristics only for a status defined as heuristically cacheable
// (RFC 9111, Section 4.2.2), and a server sending an unassigned code is bound by no status definition. No property
// allocates.
public sealed partial record HttpStatusInfo
{
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
    /// controls say otherwise: <include file="../Table/StatusLists.xml" path="lists/list[@name='heuristically-cacheable']/c"/> (RFC 9110, Section 15.1; 451 by RFC 7725,
    /// Section 3).
    /// </summary>
    /// <remarks>
    /// Every other status is <see langword="false"/>. 421 is not heuristically cacheable: RFC 7540 made it so, and RFC 9110,
    /// Appendix B.3 removed that. 425 is not cacheable by default (RFC 8470, Section 5.2). 226 is not either: RFC 3229,
    /// Section 10.4.1 lets only a cache that implements delta encoding reuse it, under the conditions of Section 10.6
    /// (matching A-IM and If-None-Match), which a cache that knows just the status cannot check; Section 5.4 gave
    /// instance-manipulated responses a status of their own so that other caches would not keep them. A cache may still store any other
    /// final response that carries explicit freshness information such as <c>Cache-Control: max-age</c> or Expires
    /// (RFC 9111, Section 3), and that includes a status the cache does not recognise, which is why an unassigned or
    /// invalid code is <see langword="false"/> here (it does not follow its class) but is not forbidden from being stored;
    /// see <see cref="MustNotBeStored"/>.
    /// </remarks>
    public bool IsHeuristicallyCacheable => _semantics.IsHeuristicallyCacheable;

    /// <summary>
    /// Whether a cache must not store the response whatever its header fields say: every 1xx response, because a cache
    /// stores only final responses (RFC 9111, Section 3), and <include file="../Table/StatusLists.xml" path="lists/list[@name='must-not-be-stored']/c"/> (RFC 6585, Sections 3 to 6).
    /// </summary>
    public bool MustNotBeStored => _semantics.MustNotBeStored;

    /// <summary>
    /// Whether the response can carry content: <see cref="HttpContentRule.Never"/> for every 1xx status and
    /// <include file="../Table/StatusLists.xml" path="lists/list[@name='content-never']/c"/> (RFC 9110, Section 6.4.1), <see cref="HttpContentRule.MustBeEmpty"/> for
    /// <include file="../Table/StatusLists.xml" path="lists/list[@name='content-must-be-empty']/c"/> (RFC 9110, Section 15.3.6), and
    /// <see cref="HttpContentRule.Allowed"/> for every other status.
    /// </summary>
    public HttpContentRule ContentRule => _semantics.ContentRule;

    /// <summary>
    /// Which method a user agent uses when it follows this redirect: <see cref="HttpRedirectMethod.MayChangeToGet"/> for
    /// <include file="../Table/StatusLists.xml" path="lists/list[@name='redirect-may-change-to-get']/c"/>, <see cref="HttpRedirectMethod.ChangesToGet"/> for
    /// <include file="../Table/StatusLists.xml" path="lists/list[@name='redirect-changes-to-get']/c"/>, <see cref="HttpRedirectMethod.Preserved"/> for
    /// <include file="../Table/StatusLists.xml" path="lists/list[@name='redirect-preserved']/c"/>, and <see cref="HttpRedirectMethod.None"/> for every other status (RFC 9110, Section 15.4).
    /// </summary>
    public HttpRedirectMethod RedirectMethod => _semantics.RedirectMethod;

    /// <summary>
    /// Whether the status is deprecated: only <include file="../Table/StatusLists.xml" path="lists/list[@name='deprecated']/c"/> (Use Proxy), deprecated by RFC 7231, Appendix B for security reasons
    /// and kept so by RFC 9110, Section 15.4.6. 306 is reserved and 510 obsoleted instead; see <see cref="Registration"/>.
    /// </summary>
    public bool IsDeprecated => _semantics.IsDeprecated;

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
    public IReadOnlyList<HttpHeaderExpectation> ExpectedHeaders => _semantics.ExpectedHeaders;

}
