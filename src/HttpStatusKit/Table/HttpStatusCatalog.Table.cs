// Generated from StatusTable.yaml in this folder; do not edit by hand. After editing the table, run
//   HTTPSTATUSKIT_UPDATE=1 dotnet test tests/HttpStatusKit.Repository.Tests
// (see ARCHITECTURE.md).
namespace HttpStatusKit;

public static partial class HttpStatusCatalog
{

    // The record of a catalog code, or null for any other value.
    private static HttpStatusInfo? Create(int code) => code switch
    {
        100 => Create100(),
        101 => Create101(),
        102 => Create102(),
        103 => Create103(),
        104 => Create104(),
        200 => Create200(),
        201 => Create201(),
        202 => Create202(),
        203 => Create203(),
        204 => Create204(),
        205 => Create205(),
        206 => Create206(),
        207 => Create207(),
        208 => Create208(),
        226 => Create226(),
        300 => Create300(),
        301 => Create301(),
        302 => Create302(),
        303 => Create303(),
        304 => Create304(),
        305 => Create305(),
        306 => Create306(),
        307 => Create307(),
        308 => Create308(),
        400 => Create400(),
        401 => Create401(),
        402 => Create402(),
        403 => Create403(),
        404 => Create404(),
        405 => Create405(),
        406 => Create406(),
        407 => Create407(),
        408 => Create408(),
        409 => Create409(),
        410 => Create410(),
        411 => Create411(),
        412 => Create412(),
        413 => Create413(),
        414 => Create414(),
        415 => Create415(),
        416 => Create416(),
        417 => Create417(),
        418 => Create418(),
        421 => Create421(),
        422 => Create422(),
        423 => Create423(),
        424 => Create424(),
        425 => Create425(),
        426 => Create426(),
        428 => Create428(),
        429 => Create429(),
        431 => Create431(),
        451 => Create451(),
        500 => Create500(),
        501 => Create501(),
        502 => Create502(),
        503 => Create503(),
        504 => Create504(),
        505 => Create505(),
        506 => Create506(),
        507 => Create507(),
        508 => Create508(),
        510 => Create510(),
        511 => Create511(),
        _ => null,
    };

    // 1xx Informational
    /// <summary>100 Continue, RFC 9110, Section 15.2.1.</summary>
    public static HttpStatusInfo Continue => Record(100);

    private static HttpStatusInfo Create100() => Define(
        100, nameof(Continue), "Continue", Rfc(9110, "15.2.1"),
        description: "The server has received the first part of the request and not rejected it yet; a final response will follow. It is an interim (1xx) response with no content; when the request carried \"Expect: 100-continue\", it invites the client to send the request content (RFC 9110, Section 10.1.1). Without that expectation the client can simply discard it, and a server must not send 1xx responses to an HTTP/1.0 client.",
        whenToExpect: "A client that sends \"Expect: 100-continue\" before a large upload (in .NET, HttpRequestHeaders.ExpectContinue) waits briefly for 100 before sending the body, so the server can refuse early with a final status such as 401 or 405 instead. The client is not bound to wait any particular time, may send the content if no 100 arrives, and should not wait indefinitely; if it gets 417 (Expectation Failed), it should repeat the request without the expectation.");

    /// <summary>101 Switching Protocols, RFC 9110, Section 15.2.2.</summary>
    public static HttpStatusInfo SwitchingProtocols => Record(101);

    private static HttpStatusInfo Create101() => Define(
        101, nameof(SwitchingProtocols), "Switching Protocols", Rfc(9110, "15.2.2"),
        expectedHeaders: [Header("Upgrade", HttpHeaderRequirement.Must, "naming the protocols in use after this response", Rfc(9110, "15.2.2"))],
        description: "The server accepts the client's Upgrade request and switches this connection to another application protocol. The server must send an Upgrade header naming the protocol(s) in effect after this response, and like every 1xx response it carries no content. It belongs to HTTP/1.1 only: HTTP/2 and HTTP/3 do not support 101 (RFC 9113, Section 8.6; RFC 9114, Section 4.5).",
        whenToExpect: "The usual case is the WebSocket opening handshake over HTTP/1.1, where a GET with \"Upgrade: websocket\" is answered with 101 and the connection then carries WebSocket frames (RFC 6455, Section 4.2.2). Over HTTP/2 a WebSocket is opened with extended CONNECT and a successful 2xx response instead (RFC 8441), so a client should not rely on seeing 101 there.");

    /// <summary>102 Processing, RFC 2518, Section 10.1.</summary>
    public static HttpStatusInfo Processing => Record(102);

    private static HttpStatusInfo Create102() => Define(
        102, nameof(Processing), "Processing", Rfc(2518, "10.1"),
        description: "The server has received the complete request and is still working on it; the final response will follow. WebDAV's RFC 2518 defined it so that clients do not time out during long methods, suggesting it once processing runs past about 20 seconds; as a 1xx response it has no content. RFC 4918, which obsoletes RFC 2518, no longer defines 102 (its status code section covers only 207, 422, 423, 424 and 507), so the IANA entry still points to RFC 2518 and the code is a legacy one.",
        whenToExpect: "Sent by some WebDAV servers during long-running methods, especially ones that use the Depth header, such as copying a large collection. A client treats it like any other interim response and keeps waiting for the final status; for new long-running operations, 202 (Accepted) with a status monitor is the alternative defined in RFC 9110.");

    /// <summary>103 Early Hints, RFC 8297, Section 2.</summary>
    public static HttpStatusInfo EarlyHints => Record(103);

    private static HttpStatusInfo Create103() => Define(
        103, nameof(EarlyHints), "Early Hints", Rfc(8297, "2"),
        description: "The server sends header fields, such as Link preload hints, that it expects to include in the final response. The client may act on them early, for example by starting to fetch a stylesheet, but they are only hints: they do not replace the final response's header fields and do not describe the 103 itself. RFC 8297 is an Experimental RFC; a server may send several 103 responses before the final one, and like all 1xx responses they carry no content.",
        whenToExpect: "Origin servers, or caching intermediaries, send it while the final page is still being produced, so a browser can preload stylesheets or scripts named in \"Link: rel=preload\". Because some HTTP/1.1 clients mishandle informational responses, RFC 8297 notes that servers may avoid sending 103 over HTTP/1.1 unless the client is known to cope; API clients that do not use the hints can ignore it.");

    /// <summary>104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload-05.</summary>
    public static HttpStatusInfo UploadResumptionSupported => Record(104);

    private static HttpStatusInfo Create104() => Define(
        104, nameof(UploadResumptionSupported), "Upload Resumption Supported", Draft("draft-ietf-httpbis-resumable-upload-05"),
        registration: HttpStatusRegistration.Provisional,
        registrationExpires: Date(2026, 11, 13),
        description: "The server can resume this upload and has created an upload resource through which the transfer can continue. It is an interim response, with no content, defined by the IETF draft \"Resumable Uploads for HTTP\", not by an RFC, and its IANA registration is temporary (registered on 2024-11-13 and extended on 2025-09-15 until 2026-11-13, as of the registry copy this catalog was built from). The first 104 carries a Location header with the upload resource's URI; later 104 responses can report progress in an Upload-Offset header.",
        whenToExpect: "A client starts an upload (for example POST, PUT or PATCH) with an Upload-Complete header, and a server that implements the draft answers 104 before the final response. If the connection then drops, the client asks the upload resource for the current offset with HEAD and sends the rest with PATCH; a client that does not implement the draft can ignore it like any unexpected 1xx response.");

    // 2xx Success
    /// <summary>200 OK, RFC 9110, Section 15.3.1.</summary>
    public static HttpStatusInfo OK => Record(200);

    private static HttpStatusInfo Create200() => Define(
        200, nameof(OK), "OK", Rfc(9110, "15.3.1"),
        legacy: [Legacy("Connection established", "Squid and Apache httpd mod_proxy_connect, in replies to CONNECT")],
        heuristicallyCacheable: true,
        description: "The request succeeded, and what the content means depends on the request method. For GET it is a representation of the target resource, for POST the status or result of the action, for PUT and DELETE the status of the action; a 200 to CONNECT has no content because a tunnel starts right after its header section. A 200 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Section 15.1).",
        whenToExpect: "The normal answer to a successful GET, and to other methods when the server has something to return. When the client asked for no content on success, or there is nothing to send, 204 fits better; when a new resource was created, 201 is more specific.");

    /// <summary>201 Created, RFC 9110, Section 15.3.2.</summary>
    public static HttpStatusInfo Created => Record(201);

    private static HttpStatusInfo Create201() => Define(
        201, nameof(Created), "Created", Rfc(9110, "15.3.2"),
        expectedHeaders: [Header("Location", HttpHeaderRequirement.May, "naming the primary resource created, which is otherwise the target URI", Rfc(9110, "15.3.2"))],
        description: "The request was fulfilled and one or more new resources were created. The primary new resource is identified by the Location header, or by the target URI when no Location is sent, and the content usually describes and links to what was created. A PUT that creates a resource which had no current representation must answer 201 (RFC 9110, Section 9.3.4).",
        whenToExpect: "Expected after a POST that adds an item to a collection, or after a PUT to a URI that did not exist yet. The client reads Location to find the new resource rather than guessing its URI.");

    /// <summary>202 Accepted, RFC 9110, Section 15.3.3.</summary>
    public static HttpStatusInfo Accepted => Record(202);

    private static HttpStatusInfo Create202() => Define(
        202, nameof(Accepted), "Accepted", Rfc(9110, "15.3.3"),
        description: "The request was accepted for processing, but processing has not finished and may still fail or be refused. The response is deliberately noncommittal: HTTP has no way to deliver a later status code for the same request when the work ends. Its representation ought to describe the current state and point to, or embed, a status monitor that can estimate when the work will be done.",
        whenToExpect: "Returned by APIs that queue work, such as batch jobs, exports or other long-running operations, instead of keeping the connection open until they finish. The client does not receive a follow-up 200 or 201 on the same exchange; it checks the status monitor the response points to, for example by polling it.");

    /// <summary>203 Non-Authoritative Information, RFC 9110, Section 15.3.4.</summary>
    public static HttpStatusInfo NonAuthoritativeInformation => Record(203);

    private static HttpStatusInfo Create203() => Define(
        203, nameof(NonAuthoritativeInformation), "Non-Authoritative Information", Rfc(9110, "15.3.4"),
        heuristicallyCacheable: true,
        description: "The request succeeded, but a transforming proxy changed the content of the origin server's 200 (OK) response. The code lets the proxy tell recipients that a transformation was applied, which can matter later; for example, cache validation may then only work along the same path through the same proxies. A 203 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Section 15.1).",
        whenToExpect: "Seen only when an intermediary changes a response on its way, for example a proxy that converts image formats to save bandwidth; origin servers do not normally send it. A client can use the content as it would a 200 but should not assume it matches the origin's exact bytes.");

    /// <summary>204 No Content, RFC 9110, Section 15.3.5.</summary>
    public static HttpStatusInfo NoContent => Record(204);

    private static HttpStatusInfo Create204() => Define(
        204, nameof(NoContent), "No Content", Rfc(9110, "15.3.5"),
        heuristicallyCacheable: true,
        content: HttpContentRule.Never,
        description: "The server successfully fulfilled the request and has no additional content to send. The response ends with its header section and cannot carry content or trailers; header fields such as an ETag after a successful PUT describe the target resource after the action. A 204 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Section 15.1).",
        whenToExpect: "Common for a successful PUT, PATCH or DELETE and for \"save\" actions, where the change was applied and nothing needs to be returned; a browser need not leave its current page. The client should not try to read a body and can apply any updated metadata from the headers.");

    /// <summary>205 Reset Content, RFC 9110, Section 15.3.6.</summary>
    public static HttpStatusInfo ResetContent => Record(205);

    private static HttpStatusInfo Create205() => Define(
        205, nameof(ResetContent), "Reset Content", Rfc(9110, "15.3.6"),
        content: HttpContentRule.MustBeEmpty,
        description: "The server fulfilled the request and wants the user agent to reset the form or view that sent it. Returning the view to its original state supports repeated data entry: the user submits, the input area is cleared, and the next entry can start. The server must not generate content in a 205 response.",
        whenToExpect: "Rare in APIs; it suits form or data-entry interfaces where the same form is submitted again and again. A client that receives it clears its input state and should not expect a body.");

    /// <summary>206 Partial Content, RFC 9110, Section 15.3.7.</summary>
    public static HttpStatusInfo PartialContent => Record(206);

    private static HttpStatusInfo Create206() => Define(
        206, nameof(PartialContent), "Partial Content", Rfc(9110, "15.3.7"),
        heuristicallyCacheable: true,
        expectedHeaders: [Header("Content-Range", HttpHeaderRequirement.Must, "when a single part is sent", Rfc(9110, "15.3.7.1"))],
        description: "The server is fulfilling a range request by sending one or more parts of the selected representation. A single part comes with a Content-Range header giving the range and the complete length; several parts come as multipart/byteranges content with a Content-Range in each part. A 206 response is heuristically cacheable unless explicit cache controls say otherwise (RFC 9110, Section 15.1).",
        whenToExpect: "Returned when the client sent a Range header, for example to resume an interrupted download or to seek in audio or video. The client must check Content-Type and Content-Range to learn which parts arrived and whether to ask for more; a server may also ignore Range and send the full 200, and answers 416 when no requested range can be satisfied.");

    /// <summary>207 Multi-Status, RFC 4918, Section 11.1.</summary>
    public static HttpStatusInfo MultiStatus => Record(207);

    private static HttpStatusInfo Create207() => Define(
        207, nameof(MultiStatus), "Multi-Status", Rfc(4918, "11.1"),
        description: "The response reports separate status codes for several independent operations or resources in an XML body. The body has a multistatus root element holding response elements, each with an href naming a resource and either a status or, for PROPFIND and PROPPATCH, per-property propstat entries. The 207 code alone says little, because it is used for full success, partial success and failure alike.",
        whenToExpect: "Seen with WebDAV, chiefly as the answer to PROPFIND and PROPPATCH and to methods that act on a collection and its members. A client must parse every response element in the body rather than treat 207 as plain success.");

    /// <summary>208 Already Reported, RFC 5842, Section 7.1.</summary>
    public static HttpStatusInfo AlreadyReported => Record(208);

    private static HttpStatusInfo Create208() => Define(
        208, nameof(AlreadyReported), "Already Reported", Rfc(5842, "7.1"),
        description: "Inside a WebDAV multistatus body, it marks a binding whose members were already listed in the response. When several bindings lead to one collection, only one is reported with 200; the others get 208 and their descendants are left out, which matters most when the bindings form a loop. It only occurs for \"Depth: infinity\" requests.",
        whenToExpect: "Comes from WebDAV servers that support bindings (RFC 5842), for example in a PROPFIND with Depth: infinity. The server should use it only if the client announced support in the DAV request header, and otherwise reports a binding loop with 508 (Loop Detected); a client can request the DAV:resource-id property to rebuild the binding structure exactly.");

    /// <summary>226 IM Used, RFC 3229, Section 10.4.1.</summary>
    public static HttpStatusInfo IMUsed => Record(226);

    private static HttpStatusInfo Create226() => Define(
        226, nameof(IMUsed), "IM Used", Rfc(3229, "10.4.1"),
        description: "The server answered a GET with the result of instance-manipulations, such as a delta, on the current instance. The request must have listed at least one instance-manipulation in an A-IM header, and the response must carry an ETag for the current instance. The full current instance may only be obtainable by combining this response with earlier or later ones; a cache that implements delta encoding may store a 226, reuse it under the rules of RFC 3229, Section 10.6, and may combine it with a cached base instance to build the current one.",
        whenToExpect: "Only with delta encoding (RFC 3229): a client that sends A-IM can receive just the changes since the instance it already holds and apply them locally. A client that never sends A-IM should not receive it.");

    // 3xx Redirection
    /// <summary>300 Multiple Choices, RFC 9110, Section 15.4.1.</summary>
    public static HttpStatusInfo MultipleChoices => Record(300);

    private static HttpStatusInfo Create300() => Define(
        300, nameof(MultipleChoices), "Multiple Choices", Rfc(9110, "15.4.1"),
        heuristicallyCacheable: true,
        expectedHeaders: [Header("Location", HttpHeaderRequirement.Should, "when the server has a preferred choice", Rfc(9110, "15.4.1"))],
        description: "The target resource has several representations, each at its own URI, and the client is asked to pick one. If the server has a preferred choice, it should name it in the Location header field, and except for HEAD it should send content listing the alternatives; HTTP defines no standard format for that list, so automatic selection needs a format both sides understand. A client must treat any 3xx code it does not recognize as 300, and a 300 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Sections 15 and 15.1).",
        whenToExpect: "Rare in APIs; it comes from servers that publish the same resource in several formats or languages and leave the choice to the client (reactive negotiation). A client that cannot choose automatically follows the Location URI when one is given or shows the list to the user.");

    /// <summary>301 Moved Permanently, RFC 9110, Section 15.4.2.</summary>
    public static HttpStatusInfo MovedPermanently => Record(301);

    private static HttpStatusInfo Create301() => Define(
        301, nameof(MovedPermanently), "Moved Permanently", Rfc(9110, "15.4.2"),
        heuristicallyCacheable: true,
        redirectMethod: HttpRedirectMethod.MayChangeToGet,
        expectedHeaders: [Header("Location", HttpHeaderRequirement.Should, null, Rfc(9110, "15.4.2"))],
        description: "The target resource has been given a new permanent URI, and future references ought to use it. The server should name the new URI in a Location header, which the user agent may follow automatically. As a historical exception, a user agent may turn a POST into a GET when it follows a 301; 308 Permanent Redirect is the method-preserving alternative, and 302 and 307 are the temporary counterparts. A 301 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Section 15.1).",
        whenToExpect: "A site or API has moved a resource for good, such as a renamed path, a new domain, or a canonical http-to-https or trailing-slash URL. Search engines and link-editing clients update stored links and browsers may cache the redirect, so a 301 sent by mistake is hard to take back; APIs that must keep POST or PUT bodies intact use 308 instead. In ASP.NET Core, RedirectPermanent and Results.Redirect(url, permanent: true) produce 301.");

    /// <summary>302 Found, RFC 9110, Section 15.4.3.</summary>
    public static HttpStatusInfo Found => Record(302);

    private static HttpStatusInfo Create302() => Define(
        302, nameof(Found), "Found", Rfc(9110, "15.4.3"),
        former: [Former("Moved Temporarily", Rfc(1945, "9.3"))],
        legacy: [Legacy("Temporary Redirect", "the JDK's com.sun.net.httpserver and jwebserver")],
        redirectMethod: HttpRedirectMethod.MayChangeToGet,
        expectedHeaders: [Header("Location", HttpHeaderRequirement.Should, null, Rfc(9110, "15.4.3"))],
        description: "The target resource is temporarily at a different URI; the client ought to keep using the original URI afterwards. The server should name the temporary URI in a Location header, which the user agent may follow automatically. As a historical exception, a user agent may turn a POST into a GET when it follows a 302; 307 Temporary Redirect is the method-preserving alternative, and 303 See Other asks for the switch to GET explicitly. Unlike 301, a 302 is not heuristically cacheable, so a cache reuses it only when explicit freshness information is present.",
        whenToExpect: "Web frameworks send it for short-lived redirects, such as sending an unauthenticated browser to a login page; ASP.NET Core's Redirect and Results.Redirect produce 302 by default. Browsers and most HTTP clients follow it automatically and in practice resend a POST as a GET, so an API that needs the method and body preserved uses 307.");

    /// <summary>303 See Other, RFC 9110, Section 15.4.4.</summary>
    public static HttpStatusInfo SeeOther => Record(303);

    private static HttpStatusInfo Create303() => Define(
        303, nameof(SeeOther), "See Other", Rfc(9110, "15.4.4"),
        redirectMethod: HttpRedirectMethod.ChangesToGet,
        expectedHeaders: [Header("Location", HttpHeaderRequirement.Implied, null, Rfc(9110, "15.4.4"))],
        description: "The server redirects the client to another resource, given in Location, that answers the request indirectly. The user agent retrieves that URI with GET (or HEAD) whatever the original method was, and the new URI is not treated as equivalent to the original target URI. The code applies to any method and is mainly used after a POST, so the result becomes a separate resource that can be bookmarked and cached; a 303 in reply to a GET means the origin server has no transferable representation of the target resource and points to one that describes it. Except for HEAD, the response ought to carry a short hypertext note linking to the Location URI.",
        whenToExpect: "The Post/Redirect/Get pattern: after a form submission, or a POST that starts a job, the server answers 303 so the browser loads a result or status page with GET and reloading that page does not submit the form again. Clients follow it with GET or HEAD and do not resend the original request body.");

    /// <summary>304 Not Modified, RFC 9110, Section 15.4.5.</summary>
    public static HttpStatusInfo NotModified => Record(304);

    private static HttpStatusInfo Create304() => Define(
        304, nameof(NotModified), "Not Modified", Rfc(9110, "15.4.5"),
        content: HttpContentRule.Never,
        description: "A conditional GET or HEAD would have got 200 OK, but its condition was false, so no representation is sent. Through If-None-Match or If-Modified-Since the request showed that the client (or a cache) already holds a valid representation, and the client uses its stored copy in place of a 200 response body. The server has to send any of Content-Location, Date, ETag, Vary, Cache-Control and Expires that a 200 to the same request would have carried, and little other representation metadata. A 304 response ends with its header section: it has no content and no trailers.",
        whenToExpect: "Browsers, CDNs and other HTTP caches revalidate a stale cached response with If-None-Match (an ETag) or If-Modified-Since (a date) and get 304 when the resource has not changed. An API client that sends these headers itself has to treat 304 as success and take the body from its own stored copy; it is not an error.");

    /// <summary>305 Use Proxy, RFC 9110, Section 15.4.6.</summary>
    public static HttpStatusInfo UseProxy => Record(305);

    private static HttpStatusInfo Create305() => Define(
        305, nameof(UseProxy), "Use Proxy", Rfc(9110, "15.4.6"),
        deprecated: true,
        description: "Deprecated: earlier HTTP/1.1 specifications used it to require access to the resource through a given proxy. Under RFC 2616 the Location header field named the proxy, and the client was to repeat that single request through it. RFC 7231 deprecated the code because letting a response configure a proxy in-band is a security risk (RFC 7231, Appendix B), and RFC 9110 keeps it only as a deprecated registration.",
        whenToExpect: "Current servers do not send it. A client that receives one is best off treating it as a failed redirect, not as an instruction to route traffic through the named proxy.");

    /// <summary>306 Unused, RFC 9110, Section 15.4.7.</summary>
    public static HttpStatusInfo Unused => Record(306);

    private static HttpStatusInfo Create306() => Define(
        306, nameof(Unused), "Unused", Rfc(9110, "15.4.7"),
        registration: HttpStatusRegistration.Reserved,
        legacy: [Legacy("Switch Proxy", "ASP.NET Core ReasonPhrases and laminas-diactoros")],
        description: "Reserved and unused; IANA lists it as \"(Unused)\" and the code is not assigned to any meaning. An earlier version of the HTTP specification defined it, and the number stays reserved so it is not reused. Some libraries still label it \"Switch Proxy\" (ASP.NET Core's ReasonPhrases, laminas-diactoros), which is not a registered name; System.Net.HttpStatusCode calls it Unused.",
        whenToExpect: "Conforming servers never send it and clients have no defined behavior for it. A 306 in a log points to a non-standard or faulty sender, and a client can only fall back to generic 3xx handling (RFC 9110, Section 15).");

    /// <summary>307 Temporary Redirect, RFC 9110, Section 15.4.8.</summary>
    public static HttpStatusInfo TemporaryRedirect => Record(307);

    private static HttpStatusInfo Create307() => Define(
        307, nameof(TemporaryRedirect), "Temporary Redirect", Rfc(9110, "15.4.8"),
        redirectMethod: HttpRedirectMethod.Preserved,
        expectedHeaders: [Header("Location", HttpHeaderRequirement.Should, null, Rfc(9110, "15.4.8"))],
        description: "The target resource is temporarily at another URI; a user agent following it automatically must not change the method. The server should send the temporary URI in the Location header field, and the client ought to keep using the original URI for later requests. It is the method-preserving form of 302, so a POST stays a POST with the same content; 308 Permanent Redirect is the permanent counterpart. A 307 is not heuristically cacheable.",
        whenToExpect: "A request, including a POST or PUT with a body, has to be repeated unchanged at another location for now; ASP.NET Core's UseHttpsRedirection uses 307 by default, and RedirectPreserveMethod or Results.Redirect(url, preserveMethod: true) produce it. Chrome also shows a browser-generated 307 (with Non-Authoritative-Reason: HSTS) when HSTS upgrades an http URL to https. Clients that follow it resend the same method and body, so a request body sent from a stream has to be re-readable.");

    /// <summary>308 Permanent Redirect, RFC 9110, Section 15.4.9.</summary>
    public static HttpStatusInfo PermanentRedirect => Record(308);

    private static HttpStatusInfo Create308() => Define(
        308, nameof(PermanentRedirect), "Permanent Redirect", Rfc(9110, "15.4.9"),
        heuristicallyCacheable: true,
        redirectMethod: HttpRedirectMethod.Preserved,
        expectedHeaders: [Header("Location", HttpHeaderRequirement.Should, null, Rfc(9110, "15.4.9"))],
        description: "The target resource has a new permanent URI, and a client that follows the redirect keeps the request method. It is the method-preserving form of 301: unlike 301, it does not allow a POST to be turned into a GET (RFC 7538, Section 3), and RFC 9110, Section 15.4 counts it with 307 among the method-preserving redirects. Future references ought to use the new URI; the server should give it in a Location header, which the user agent may follow automatically, and a client that edits links can replace stored references with it. It is younger than its siblings (RFC 7238 in June 2014, then RFC 7538), so some old clients treat it like an unknown 3xx, that is like 300, and do not follow it automatically (RFC 7538, Section 4). A 308 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Section 15.1).",
        whenToExpect: "APIs and sites that move a resource for good while POST, PUT or DELETE requests must keep their method and body, and servers that permanently redirect API traffic from http to https; ASP.NET Core's RedirectPermanentPreserveMethod produces it. Clients resend the same method and body to the new URI and update any stored URI.");

    // 4xx Client Error
    /// <summary>400 Bad Request, RFC 9110, Section 15.5.1.</summary>
    public static HttpStatusInfo BadRequest => Record(400);

    private static HttpStatusInfo Create400() => Define(
        400, nameof(BadRequest), "Bad Request", Rfc(9110, "15.5.1"),
        description: "The server refuses or is unable to process the request because it sees a client error in it. RFC 9110 names malformed request syntax, invalid message framing and deceptive request routing as typical causes. It is the generic client-error answer; more specific codes such as 413, 414, 415 or 422 say exactly what was wrong when one of them applies.",
        whenToExpect: "The request body is not valid JSON or XML, a required parameter or header is missing or malformed, or a value fails the API's input checks. The client corrects the request before sending it again; the response content normally explains the problem, as RFC 9110 Section 15.5 asks servers to do for every 4xx response.");

    /// <summary>401 Unauthorized, RFC 9110, Section 15.5.2.</summary>
    public static HttpStatusInfo Unauthorized => Record(401);

    private static HttpStatusInfo Create401() => Define(
        401, nameof(Unauthorized), "Unauthorized", Rfc(9110, "15.5.2"),
        expectedHeaders: [Header("WWW-Authenticate", HttpHeaderRequirement.Must, "with at least one challenge", Rfc(9110, "15.5.2"))],
        description: "The request carries no valid authentication credentials for the target resource, so it was not applied. The server must send a WWW-Authenticate header field with at least one challenge; if the request did include credentials, the 401 means those credentials were refused. Despite the phrase \"Unauthorized\" it is about authentication: 401 asks the client to authenticate (again), while 403 refuses a request the server understood and treats any credentials sent as insufficient.",
        whenToExpect: "A bearer token, API key or session cookie is missing, expired, malformed or revoked. The client obtains fresh credentials (for example by refreshing an OAuth access token) and repeats the request with a new Authorization header; if the same challenge comes back after it already tried, it stops retrying and shows the response content to the user.");

    /// <summary>402 Payment Required, RFC 9110, Section 15.5.3.</summary>
    public static HttpStatusInfo PaymentRequired => Record(402);

    private static HttpStatusInfo Create402() => Define(
        402, nameof(PaymentRequired), "Payment Required", Rfc(9110, "15.5.3"),
        description: "The 402 status code is reserved for future use and has no meaning defined by RFC 9110. No header field or client behavior is standardized for it, so whatever it signals comes from the application that sends it.",
        whenToExpect: "It appears only where an API has chosen to use it, for example a billing or subscription service reporting an unpaid account or exhausted credit; that meaning is set by the API's own documentation, not by HTTP. A generic client has no standard recovery step and handles it as a client error.");

    /// <summary>403 Forbidden, RFC 9110, Section 15.5.4.</summary>
    public static HttpStatusInfo Forbidden => Record(403);

    private static HttpStatusInfo Create403() => Define(
        403, nameof(Forbidden), "Forbidden", Rfc(9110, "15.5.4"),
        description: "The server understood the request and refuses to carry it out. Unlike 401 it is not a request to authenticate: credentials that were sent are judged insufficient, so the client should not repeat the request automatically with the same credentials (it may try new or different ones), and the refusal may also have reasons that have nothing to do with credentials. An origin server that prefers not to reveal that a forbidden resource exists may answer 404 instead.",
        whenToExpect: "An authenticated user lacks the role, scope or permission the action needs, or a server policy blocks the request, such as an IP allow list, a failed CSRF check or a disabled account. The client does not retry the same request; it reports the refusal, or retries only with different credentials or after the missing rights have been granted.");

    /// <summary>404 Not Found, RFC 9110, Section 15.5.5.</summary>
    public static HttpStatusInfo NotFound => Record(404);

    private static HttpStatusInfo Create404() => Define(
        404, nameof(NotFound), "Not Found", Rfc(9110, "15.5.5"),
        heuristicallyCacheable: true,
        description: "The origin server has no current representation for the target resource, or will not disclose that one exists. It does not say whether the absence is temporary or permanent; 410 Gone is the more specific answer when the resource is known to be gone for good. A 404 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Section 15.1).",
        whenToExpect: "The URL path, or an identifier in it, is wrong or names a resource that does not exist or no longer exists. Servers also answer 404 instead of 403 to hide a resource from a client that may not see it.");

    /// <summary>405 Method Not Allowed, RFC 9110, Section 15.5.6.</summary>
    public static HttpStatusInfo MethodNotAllowed => Record(405);

    private static HttpStatusInfo Create405() => Define(
        405, nameof(MethodNotAllowed), "Method Not Allowed", Rfc(9110, "15.5.6"),
        legacy: [Legacy("Not Allowed", "nginx")],
        heuristicallyCacheable: true,
        expectedHeaders: [Header("Allow", HttpHeaderRequirement.Must, "listing the methods the target resource supports", Rfc(9110, "15.5.6"))],
        description: "The origin server recognizes the request method, but the target resource does not support it. The origin server must include an Allow header field listing the methods the resource currently supports. It differs from 501 Not Implemented, which means the server does not support the method for any resource; a 405 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Section 15.1).",
        whenToExpect: "The client sends, for example, DELETE or PUT to an endpoint that implements only GET and POST, or POST to a read-only URL. The client reads the Allow header to learn which methods the resource accepts and corrects the method or the URL.");

    /// <summary>406 Not Acceptable, RFC 9110, Section 15.5.7.</summary>
    public static HttpStatusInfo NotAcceptable => Record(406);

    private static HttpStatusInfo Create406() => Define(
        406, nameof(NotAcceptable), "Not Acceptable", Rfc(9110, "15.5.7"),
        description: "No representation of the target resource fits the request's negotiation headers, and no default is sent. Those proactive negotiation header fields are Accept, Accept-Encoding, Accept-Language and the deprecated Accept-Charset (RFC 9110, Section 12); a server may also ignore them and send a default representation, so a 406 is the server's choice, not a requirement. The server should list the available representations in the response content; 406 is about the response format the client will take, whereas 415 is about the format of the content the client sent.",
        whenToExpect: "The client sends an Accept header the API cannot serve, such as Accept: application/xml to a JSON-only endpoint, or an Accept-Language for which no content exists. The client widens its Accept header (for example adding */*) or asks for a format the server offers.");

    /// <summary>407 Proxy Authentication Required, RFC 9110, Section 15.5.8.</summary>
    public static HttpStatusInfo ProxyAuthenticationRequired => Record(407);

    private static HttpStatusInfo Create407() => Define(
        407, nameof(ProxyAuthenticationRequired), "Proxy Authentication Required", Rfc(9110, "15.5.8"),
        legacy: [Legacy("Unauthorized", "HAProxy's built-in error page")],
        expectedHeaders: [Header("Proxy-Authenticate", HttpHeaderRequirement.Must, "with at least one challenge", Rfc(9110, "15.5.8"))],
        description: "The client needs to authenticate itself to a proxy before the proxy forwards the request. It works like 401 but for the proxy: the proxy must include a Proxy-Authenticate header field carrying its own challenge, and the client may retry with new or replacement credentials in a Proxy-Authorization header field. It is generated by the proxy, not by the origin server, whose own authentication uses 401 and WWW-Authenticate.",
        whenToExpect: "The application runs behind a corporate or outbound proxy that requires a login, and the HTTP client uses that proxy without credentials or with wrong ones. The fix is to configure proxy credentials in the client (in .NET, for example, on the WebProxy assigned to the HttpClientHandler), not to change anything in the request to the origin server.");

    /// <summary>408 Request Timeout, RFC 9110, Section 15.5.9.</summary>
    public static HttpStatusInfo RequestTimeout => Record(408);

    private static HttpStatusInfo Create408() => Define(
        408, nameof(RequestTimeout), "Request Timeout", Rfc(9110, "15.5.9"),
        former: [Former("Request Time-out", Rfc(2616, "6.1.1"))],
        retryAdvice: HttpRetryAdvice.Retry,
        description: "The server stopped waiting because a complete request message did not arrive in time. The client may send an outstanding request again, on a new connection if the current one can no longer be used (for example when HTTP/1.1 message boundaries have been lost). A 408 normally means the server is closing the connection, which is why RFC 7231, Section 6.5.7 asked servers to send the \"close\" connection option with it. It is a timeout between client and server, unlike 504, where a gateway or proxy timed out waiting for an upstream server.",
        whenToExpect: "A slow or stalled upload, a client that opens a connection but never finishes its request, or an idle keep-alive or preconnected connection that the server decides to shut down; some servers send 408 on such an idle connection even though no request is in progress. Retry helpers such as Polly's HandleTransientHttpError and Microsoft.Extensions.Http.Resilience treat 408 as transient, and the client repeats the request on a fresh connection.");

    /// <summary>409 Conflict, RFC 9110, Section 15.5.10.</summary>
    public static HttpStatusInfo Conflict => Record(409);

    private static HttpStatusInfo Create409() => Define(
        409, nameof(Conflict), "Conflict", Rfc(9110, "15.5.10"),
        description: "The request conflicts with the current state of the target resource, so the server did not complete it. The code is meant for conflicts the user may be able to resolve before resubmitting, and the server should include enough information to identify the source of the conflict. It differs from 412, which reports a failed precondition header field such as If-Match rather than a conflict found in the resource state.",
        whenToExpect: "Two clients edit the same record and the second PUT would overwrite newer changes, a create request uses a name or key that already exists, or a requested state change is not possible from the resource's current state. The client fetches the current state, resolves or merges the differences, and sends the request again.");

    /// <summary>410 Gone, RFC 9110, Section 15.5.11.</summary>
    public static HttpStatusInfo Gone => Record(410);

    private static HttpStatusInfo Create410() => Define(
        410, nameof(Gone), "Gone", Rfc(9110, "15.5.11"),
        heuristicallyCacheable: true,
        description: "The origin server has removed access to the target resource, and the condition is most likely permanent. A server that cannot tell whether the removal is permanent ought to use 404 instead; 410 mainly tells recipients that the resource was withdrawn on purpose and that its owners want links to it removed. A 410 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Section 15.1).",
        whenToExpect: "A deleted account, an ended promotion, a retired API version or a removed document is requested. The client stops requesting the URL and deletes stored links or bookmarks to it instead of retrying.");

    /// <summary>411 Length Required, RFC 9110, Section 15.5.12.</summary>
    public static HttpStatusInfo LengthRequired => Record(411);

    private static HttpStatusInfo Create411() => Define(
        411, nameof(LengthRequired), "Length Required", Rfc(9110, "15.5.12"),
        description: "The server refuses the request because it has no defined Content-Length. The client may send it again once it adds a valid Content-Length header field stating the length of the request content. In HTTP/1.1 a server may reject any request that has a message body but no Content-Length this way, and some services answer chunked requests with 411 even though they understand the chunked transfer coding (RFC 9112, Section 6.3).",
        whenToExpect: "The client streams a request body of unknown length with chunked transfer coding to a server or gateway that needs the length in advance. The client buffers the body or otherwise determines its size and sends it with Content-Length.");

    /// <summary>412 Precondition Failed, RFC 9110, Section 15.5.13.</summary>
    public static HttpStatusInfo PreconditionFailed => Record(412);

    private static HttpStatusInfo Create412() => Define(
        412, nameof(PreconditionFailed), "Precondition Failed", Rfc(9110, "15.5.13"),
        description: "A precondition header field in the request evaluated to false on the server, so the method was not applied. It answers a failed If-Match or If-Unmodified-Since, and a failed If-None-Match on methods other than GET and HEAD; on GET and HEAD a failed If-None-Match yields 304 Not Modified instead (RFC 9110, Section 13.1). Clients send these conditions so that a change is applied only while the resource is still in the state they last saw, which prevents lost updates; a state conflict without any failed precondition is 409 instead.",
        whenToExpect: "A PUT, PATCH or DELETE carries If-Match with an ETag the client read earlier, and another client has changed the resource since, so the ETag no longer matches; or a PUT with If-None-Match: * finds that the resource already exists. The client fetches the current representation and its ETag, reapplies or merges its change, and tries again.");

    /// <summary>413 Content Too Large, RFC 9110, Section 15.5.14.</summary>
    public static HttpStatusInfo ContentTooLarge => Record(413);

    private static HttpStatusInfo Create413() => Define(
        413, nameof(ContentTooLarge), "Content Too Large", Rfc(9110, "15.5.14"),
        former: [Former("Request Entity Too Large", Rfc(2616, "10.4.14")), Former("Payload Too Large", Rfc(7231, "6.5.11"))],
        expectedHeaders: [Header("Retry-After", HttpHeaderRequirement.Should, "if the condition is temporary", Rfc(9110, "15.5.14"))],
        retryAdvice: HttpRetryAdvice.OnlyWithRetryAfter,
        description: "The request content exceeds the size the server is willing or able to process, so the server refuses it. The server may end the request early if the protocol version allows it, or else close the connection; if the limit is only temporary it should send Retry-After to say when the client may try again. It concerns the content (body) only: an overlong URI gets 414 and oversized header fields get 431 (RFC 6585). RFC 9110 names it Content Too Large; RFC 7231 called it Payload Too Large and RFC 2616 Request Entity Too Large.",
        whenToExpect: "An upload or JSON body exceeds a configured limit, such as nginx client_max_body_size or Kestrel's MaxRequestBodySize. The client reduces the content or splits it across several requests (or uses the service's resumable upload if it has one), and waits for the Retry-After time when one is given.");

    /// <summary>414 URI Too Long, RFC 9110, Section 15.5.15.</summary>
    public static HttpStatusInfo UriTooLong => Record(414);

    private static HttpStatusInfo Create414() => Define(
        414, nameof(UriTooLong), "URI Too Long", Rfc(9110, "15.5.15"),
        former: [Former("Request-URI Too Large", Rfc(2616, "6.1.1")), Former("Request-URI Too Long", Rfc(2616, "10.4.15"))],
        heuristicallyCacheable: true,
        description: "The server refuses the request because the target URI exceeds the length it is willing to interpret. RFC 9110 calls this rare and names three usual causes: a POST wrongly turned into a GET that carries its data in a long query, a redirect loop in which the URI keeps growing, and an attack probing for security holes. A 414 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Section 15.1); RFC 2616 called it Request-URI Too Long.",
        whenToExpect: "A client puts large data (long filter lists, many IDs, encoded documents or tokens) into the query string, or a misconfigured redirect keeps appending to the URL. The client moves the data into the request content, for example with a POST to an endpoint that accepts a body, or fixes the redirect loop.");

    /// <summary>415 Unsupported Media Type, RFC 9110, Section 15.5.16.</summary>
    public static HttpStatusInfo UnsupportedMediaType => Record(415);

    private static HttpStatusInfo Create415() => Define(
        415, nameof(UnsupportedMediaType), "Unsupported Media Type", Rfc(9110, "15.5.16"),
        description: "The request content is in a format the origin server does not support for this method on the target resource. The cause can be the Content-Type, the Content-Encoding or the data itself; the server ought to send Accept-Encoding when an unsupported content coding is the cause, and can send Accept to list the media types it would take. It concerns the format of the request content, whereas 406 concerns the response format and 422 means the format was understood but the instructions in it could not be processed.",
        whenToExpect: "The client posts JSON without Content-Type: application/json (or labels it text/plain), sends XML or form data to a JSON-only endpoint, or compresses the body with a content coding the server does not accept. The client sets the correct Content-Type, converts the body to a supported format or drops the Content-Encoding.");

    /// <summary>416 Range Not Satisfiable, RFC 9110, Section 15.5.17.</summary>
    public static HttpStatusInfo RangeNotSatisfiable => Record(416);

    private static HttpStatusInfo Create416() => Define(
        416, nameof(RangeNotSatisfiable), "Range Not Satisfiable", Rfc(9110, "15.5.17"),
        former: [Former("Requested range not satisfiable", Rfc(2616, "6.1.1")), Former("Requested Range Not Satisfiable", Rfc(2616, "10.4.17"))],
        legacy: [Legacy("Requested range unsatisfiable", "HAProxy")],
        expectedHeaders: [Header("Content-Range", HttpHeaderRequirement.Should, "for a byte-range request, giving the current length", Rfc(9110, "15.5.17"))],
        description: "The server rejects the ranges listed in the Range header field of the request. Either none of the ranges can be satisfied, or the client asked for an excessive number of small or overlapping ranges, which can be a denial-of-service attempt. For a byte-range request the server should send a Content-Range header field with an unsatisfied-range value such as \"bytes */1234\", which gives the current length of the selected representation. Servers may ignore Range and answer 200 with the full representation, so clients cannot count on receiving 416; RFC 2616 called it Requested Range Not Satisfiable.",
        whenToExpect: "A download manager or media player resumes a file with a start offset at or beyond the end of the current file, for example because the download was already complete or the file was replaced by a shorter one. The client reads the length from Content-Range, then requests a valid range or the whole file without a Range header.");

    /// <summary>417 Expectation Failed, RFC 9110, Section 15.5.18.</summary>
    public static HttpStatusInfo ExpectationFailed => Record(417);

    private static HttpStatusInfo Create417() => Define(
        417, nameof(ExpectationFailed), "Expectation Failed", Rfc(9110, "15.5.18"),
        description: "An inbound server, one further along the request chain, cannot meet the expectation in the Expect header field. RFC 9110 defines only the 100-continue expectation, and a server may answer 417 to any other expectation. A client that receives 417 after sending Expect: 100-continue should repeat the request without that expectation, because the 417 only shows that something in the chain does not support expectations, such as an HTTP/1.0 server (RFC 9110, Section 10.1.1).",
        whenToExpect: "An HTTP client sends Expect: 100-continue before a large upload (in .NET, when HttpRequestHeaders.ExpectContinue is true) and a proxy or server on the way does not support it, or a request carries a custom Expect value. The client resends the request without the Expect header.");

    /// <summary>418 I'm a teapot, RFC 9110, Section 15.5.19.</summary>
    public static HttpStatusInfo ImATeapot => Record(418);

    private static HttpStatusInfo Create418() => Define(
        418, nameof(ImATeapot), "I'm a teapot", Rfc(9110, "15.5.19"),
        registration: HttpStatusRegistration.Reserved,
        description: "The 418 status code is reserved and unused in HTTP; no HTTP semantics are defined for it. Its familiar phrase \"I'm a teapot\" comes from RFC 2324, Section 2.3.2 (1998), an April Fools' RFC for the Hyper Text Coffee Pot Control Protocol that RFC 7168 (2014) extended to tea, and its wide use as an easter egg has effectively used the code up. RFC 9110 therefore keeps 418 reserved in the IANA registry, listed as \"(Unused)\", so that it cannot be given another use for now; it can be re-assigned if future circumstances call for it, running out of 4xx codes being the example RFC 9110 gives. A client that does not recognize 418 must treat it as 400 (Bad Request), as for any unknown 4xx code (RFC 9110, Section 15).",
        whenToExpect: "Seen from easter-egg and demo endpoints, from test code that needs an unusual status, and from some sites that use it to turn away requests they do not want, such as automated traffic; its meaning is then whatever that service says. An application that needs to report a real error sends a registered code instead.");

    /// <summary>421 Misdirected Request, RFC 9110, Section 15.5.20.</summary>
    public static HttpStatusInfo MisdirectedRequest => Record(421);

    private static HttpStatusInfo Create421() => Define(
        421, nameof(MisdirectedRequest), "Misdirected Request", Rfc(9110, "15.5.20"),
        retryAdvice: HttpRetryAdvice.Retry,
        description: "The request reached a server that cannot or will not answer authoritatively for the target URI. An origin server, or a gateway acting for it, sends 421 when the target URI names an origin the server is not configured for, or does not fit the connection the request came in on. A proxy must not generate 421, and although RFC 7540, which first defined it, made it cacheable by default, RFC 9110 no longer lists it as heuristically cacheable (RFC 9110, Appendix B.3).",
        whenToExpect: "Mostly seen with HTTP/2 or HTTP/3 connection reuse, for example when a client sends a request for one host name over a TLS connection it opened for another name served from the same address, and the server on that connection is not set up for the second name. The client may retry the request, whatever its method, on a fresh connection to the right origin or through an alternative service.");

    /// <summary>422 Unprocessable Content, RFC 9110, Section 15.5.21.</summary>
    public static HttpStatusInfo UnprocessableContent => Record(422);

    private static HttpStatusInfo Create422() => Define(
        422, nameof(UnprocessableContent), "Unprocessable Content", Rfc(9110, "15.5.21"),
        former: [Former("Unprocessable Entity", Rfc(4918, "11.2"))],
        description: "The request content has a supported type and valid syntax, but the server cannot process what it asks for. It fills the gap between 415 (Unsupported Media Type), for a content type the server does not accept, and 400 (Bad Request), the general answer for a client error such as malformed syntax: 422 covers content that parses but is semantically wrong, such as well-formed XML carrying invalid instructions. RFC 9110 took the code over from WebDAV (RFC 4918, Section 11.2), where it was named \"Unprocessable Entity\", the name many libraries still use.",
        whenToExpect: "Common in JSON APIs for validation failures: the body parses, but a field is missing or out of range, or a business rule rejects the values. The client corrects the content, usually guided by error details in the response body, since sending it again unchanged gets the same answer.");

    /// <summary>423 Locked, RFC 4918, Section 11.3.</summary>
    public static HttpStatusInfo Locked => Record(423);

    private static HttpStatusInfo Create423() => Define(
        423, nameof(Locked), "Locked", Rfc(4918, "11.3"),
        description: "The source or destination resource of the method is locked (WebDAV). Under WebDAV locking, a resource with a write lock refuses a change from a request that does not submit the matching lock token. RFC 4918 recommends naming the failed condition in the response, for example the lock-token-submitted or no-conflicting-lock precondition.",
        whenToExpect: "Seen from WebDAV servers, such as file shares and document stores, when a PUT, DELETE, MOVE, PROPPATCH or similar request targets a resource that another client has locked, or the client leaves out its own lock token; a DELETE of a collection can also report a locked member as 423 inside a 207 (Multi-Status) body. The client either repeats the request with its lock token in the If header, or waits until the lock is released or times out.");

    /// <summary>424 Failed Dependency, RFC 4918, Section 11.4.</summary>
    public static HttpStatusInfo FailedDependency => Record(424);

    private static HttpStatusInfo Create424() => Define(
        424, nameof(FailedDependency), "Failed Dependency", Rfc(4918, "11.4"),
        legacy: [Legacy("Method failure", "HAProxy")],
        description: "The requested action was not carried out because another action it relied on failed. It comes from WebDAV, where one request can carry several operations: when one command in a PROPPATCH fails, the other commands of that request are reported with 424, inside a 207 (Multi-Status) response. It marks a knock-on failure, not the root cause, which appears with its own status code.",
        whenToExpect: "Rare outside WebDAV; a client usually meets it per property inside the 207 (Multi-Status) body of a PROPPATCH in which another property change failed. The client looks for the entry with a different status, fixes that problem, and sends the whole request again, since a PROPPATCH applies all of its changes or none.");

    /// <summary>425 Too Early, RFC 8470, Section 5.2.</summary>
    public static HttpStatusInfo TooEarly => Record(425);

    private static HttpStatusInfo Create425() => Define(
        425, nameof(TooEarly), "Too Early", Rfc(8470, "5.2"),
        legacy: [Legacy("Unordered Collection", "jshttp/statuses before 2.0.0 and Python requests")],
        retryAdvice: HttpRetryAdvice.RetryWithoutEarlyData,
        description: "The server declines to process a request sent in TLS early data (0-RTT) because it could be a replay. Early data lets a client send a request before the TLS handshake completes, and an attacker could copy and resend it, so a server or gateway answers 425 when acting on such a request twice could do harm. A client that sent the request in early data must retry it (RFC 8470, Section 4) and should do so automatically, but the retry must not be sent in early data; a server should send 425 only if the request arrived in early data or carries Early-Data: 1. A 425 response is not cacheable by default.",
        whenToExpect: "Only seen with TLS 1.3 or QUIC 0-RTT session resumption, typically from a CDN or reverse proxy that forwarded an early request with Early-Data: 1 to an origin server that refused it. A client that sent the request in early data must retry it, and a user agent should do so automatically; the retry must not be sent in early data, so it goes out after the handshake or on a new connection, and it normally happens inside the HTTP stack without application code noticing. Some older libraries name 425 \"Unordered Collection\", a phrase the IANA registry does not use.");

    /// <summary>426 Upgrade Required, RFC 9110, Section 15.5.22.</summary>
    public static HttpStatusInfo UpgradeRequired => Record(426);

    private static HttpStatusInfo Create426() => Define(
        426, nameof(UpgradeRequired), "Upgrade Required", Rfc(9110, "15.5.22"),
        expectedHeaders: [Header("Upgrade", HttpHeaderRequirement.Must, "naming the required protocols", Rfc(9110, "15.5.22"))],
        description: "The server refuses the request over the current protocol but might accept it after a protocol upgrade. An Upgrade header field naming the required protocol or protocols is mandatory in a 426 response (RFC 9110, Section 7.8). It is the refusing counterpart of 101 (Switching Protocols): 426 asks the client to upgrade, while 101 confirms that an upgrade the client asked for is taking place.",
        whenToExpect: "Seen when a client uses a protocol the endpoint no longer accepts, for example plain HTTP/1.1 where a newer protocol is required, or a WebSocket handshake with a version the server does not support (RFC 6455 suggests 426 there, with Sec-WebSocket-Version listing the supported versions). The client reads the Upgrade header (or Sec-WebSocket-Version) and repeats the request using one of the listed protocols or versions.");

    /// <summary>428 Precondition Required, RFC 6585, Section 3.</summary>
    public static HttpStatusInfo PreconditionRequired => Record(428);

    private static HttpStatusInfo Create428() => Define(
        428, nameof(PreconditionRequired), "Precondition Required", Rfc(6585, "3"),
        mustNotBeStored: true,
        description: "The origin server accepts this request only in conditional form, and it arrived without a precondition. It guards against lost updates, where a client overwrites changes that someone else made after the client last read the resource; by demanding If-Match or a similar precondition, the server makes sure the client edits the current state. Unlike 412 (Precondition Failed), which means a precondition was sent and evaluated to false, 428 means none was sent. The response should tell the client how to resend the request so that it succeeds, and caches must not store it.",
        whenToExpect: "Returned by APIs that enforce optimistic concurrency on PUT, PATCH or DELETE when the client leaves out If-Match (or If-Unmodified-Since). The client fetches the resource to learn its current ETag, then repeats the change with If-Match set to that value.");

    /// <summary>429 Too Many Requests, RFC 6585, Section 4.</summary>
    public static HttpStatusInfo TooManyRequests => Record(429);

    private static HttpStatusInfo Create429() => Define(
        429, nameof(TooManyRequests), "Too Many Requests", Rfc(6585, "4"),
        mustNotBeStored: true,
        expectedHeaders: [Header("Retry-After", HttpHeaderRequirement.May, "how long to wait before a new request", Rfc(6585, "4"))],
        retryAdvice: HttpRetryAdvice.AfterDelay,
        description: "The client has exceeded a rate limit by sending too many requests in some period of time. The response should explain the limit and may include Retry-After to say how long to wait before trying again. RFC 6585 leaves open how the server identifies the client and counts requests (per resource, per server or across servers; by credentials or by cookie), and caches must not store a 429 response. Unlike 503 (Service Unavailable), which reports that the server itself is overloaded or in maintenance, 429 is about the traffic from this one client.",
        whenToExpect: "Typical of public APIs and gateways with quotas, and of login endpoints that throttle repeated attempts. The client backs off before sending more, waiting at least as long as Retry-After says when it is present, or with a growing delay when it is not; Microsoft.Extensions.Http.Resilience treats 429 as transient and honours Retry-After by default, while Polly's older HandleTransientHttpError does not cover 429.");

    /// <summary>431 Request Header Fields Too Large, RFC 6585, Section 5.</summary>
    public static HttpStatusInfo RequestHeaderFieldsTooLarge => Record(431);

    private static HttpStatusInfo Create431() => Define(
        431, nameof(RequestHeaderFieldsTooLarge), "Request Header Fields Too Large", Rfc(6585, "5"),
        mustNotBeStored: true,
        description: "The server declines the request because its header section, or a single header field in it, is too large. The client may resubmit after shrinking the header fields, and when one field is at fault the response should say which. It differs from 414 (URI Too Long), which is about the target URI, and 413 (Content Too Large), which is about the request content; caches must not store a 431 response.",
        whenToExpect: "Usually caused by large or accumulated cookies, big bearer tokens, or many custom headers that exceed the limit configured in a server or proxy. The client trims the headers, for example by clearing stale cookies for the site, and tries again. Some servers, nginx among them, report this condition as 400 (Bad Request) instead.");

    /// <summary>451 Unavailable For Legal Reasons, RFC 7725, Section 3.</summary>
    public static HttpStatusInfo UnavailableForLegalReasons => Record(451);

    private static HttpStatusInfo Create451() => Define(
        451, nameof(UnavailableForLegalReasons), "Unavailable For Legal Reasons", Rfc(7725, "3"),
        legacy: [Legacy("Unavailable for Legal Reason", "Jetty")],
        heuristicallyCacheable: true,
        description: "The server denies access to the resource because of a legal demand. The server answering need not be the origin server, and the response should explain the demand: who made it, under which law or regulation, and to which people and resources it applies. The blocking entity should identify itself with a Link header field whose rel is \"blocked-by\" (RFC 7725, Section 4). Unlike 403 (Forbidden) it names a legal cause and implies nothing about whether the resource exists; it is cacheable by default unless the method or explicit cache controls say otherwise.",
        whenToExpect: "Returned where a court order, government blocking order or similar legal demand blocks content, for everyone or in some regions, whether by the site itself, an ISP, a CDN or a search engine. The client cannot fix the request; at most it shows the explanation and the blocked-by link to the user, and retrying does not help while the demand stands. Microsoft Exchange ActiveSync uses 451 for an unrelated redirect to another server.");

    // 5xx Server Error
    /// <summary>500 Internal Server Error, RFC 9110, Section 15.6.1.</summary>
    public static HttpStatusInfo InternalServerError => Record(500);

    private static HttpStatusInfo Create500() => Define(
        500, nameof(InternalServerError), "Internal Server Error", Rfc(9110, "15.6.1"),
        legacy: [Legacy("Server Error", "Jetty")],
        retryAdvice: HttpRetryAdvice.IfIdempotent,
        description: "The server hit an unexpected condition that kept it from fulfilling the request. It is the generic server-side failure, used when no more specific 5xx code fits, and the code alone says nothing about whether a retry will succeed. Except for HEAD, the server should send a representation that explains the error and whether it is temporary or permanent (RFC 9110, Section 15.6).",
        whenToExpect: "An unhandled exception, a bug, or a broken configuration or dependency in the application that produced the response; web frameworks usually turn an uncaught exception into a 500. Clients report it and may retry idempotent requests with backoff; Polly's HandleTransientHttpError and Microsoft.Extensions.Http.Resilience treat every 5xx, including 500, as transient.");

    /// <summary>501 Not Implemented, RFC 9110, Section 15.6.2.</summary>
    public static HttpStatusInfo NotImplemented => Record(501);

    private static HttpStatusInfo Create501() => Define(
        501, nameof(NotImplemented), "Not Implemented", Rfc(9110, "15.6.2"),
        heuristicallyCacheable: true,
        description: "The server lacks functionality the request needs; typically it does not support the method for any resource. It differs from 405 Method Not Allowed, where the method is known but the target resource does not support it and an Allow header lists what it does support; 501 is about the server as a whole and carries no promise that support will be added later. A 501 response is heuristically cacheable unless the method definition or explicit cache controls say otherwise (RFC 9110, Section 15.1).",
        whenToExpect: "A client sends a method the server or an intermediary does not implement at all, such as a misspelled verb, a WebDAV method like PROPFIND, or a custom extension method. Retrying unchanged will not help; the client has to use a method the server supports or a different endpoint.");

    /// <summary>502 Bad Gateway, RFC 9110, Section 15.6.3.</summary>
    public static HttpStatusInfo BadGateway => Record(502);

    private static HttpStatusInfo Create502() => Define(
        502, nameof(BadGateway), "Bad Gateway", Rfc(9110, "15.6.3"),
        legacy: [Legacy("Bad Gateway or Proxy Error", "HAProxy")],
        retryAdvice: HttpRetryAdvice.IfIdempotent,
        description: "The server, acting as a gateway or proxy, got an invalid response from the upstream server it contacted. The failure lies between the gateway and the upstream (inbound) server, not in the client's request. It differs from 504 Gateway Timeout, where no response arrived in time, and from 500, which the failing server reports about itself.",
        whenToExpect: "A reverse proxy, load balancer or API gateway could not get a usable answer from the backend, because the application crashed, closed the connection, was not listening, or returned a malformed response. Clients may retry after a short delay, and resilience libraries treat it as transient; the cause shows up in the proxy and backend logs.");

    /// <summary>503 Service Unavailable, RFC 9110, Section 15.6.4.</summary>
    public static HttpStatusInfo ServiceUnavailable => Record(503);

    private static HttpStatusInfo Create503() => Define(
        503, nameof(ServiceUnavailable), "Service Unavailable", Rfc(9110, "15.6.4"),
        legacy: [Legacy("Service Temporarily Unavailable", "nginx")],
        expectedHeaders: [Header("Retry-After", HttpHeaderRequirement.May, "how long to wait before retrying", Rfc(9110, "15.6.4"))],
        retryAdvice: HttpRetryAdvice.AfterDelay,
        description: "The server cannot handle the request right now because of temporary overload or scheduled maintenance. The condition is expected to clear after some delay, and the server may send Retry-After, in seconds or as an HTTP date, to say how long the client ought to wait (RFC 9110, Section 10.2.3). Unlike 429 Too Many Requests, which limits one client's request rate, 503 describes the state of the service, and an overloaded server may simply refuse connections instead.",
        whenToExpect: "During deployments and maintenance windows, when an application behind its host or load balancer is stopped or not yet ready, or when a service sheds load. Clients wait as long as Retry-After asks before retrying, or back off when it is absent; Microsoft.Extensions.Http.Resilience retry strategies honor Retry-After by default.");

    /// <summary>504 Gateway Timeout, RFC 9110, Section 15.6.5.</summary>
    public static HttpStatusInfo GatewayTimeout => Record(504);

    private static HttpStatusInfo Create504() => Define(
        504, nameof(GatewayTimeout), "Gateway Timeout", Rfc(9110, "15.6.5"),
        former: [Former("Gateway Time-out", Rfc(2616, "6.1.1"))],
        retryAdvice: HttpRetryAdvice.IfIdempotent,
        description: "The server, acting as a gateway or proxy, timed out waiting for an upstream server it depends on to answer. It differs from 502 Bad Gateway, where a response arrived but was invalid, and from 408 Request Timeout, where the server gave up waiting for the client to finish sending its request.",
        whenToExpect: "A backend call, database query or report takes longer than the timeout of the proxy, load balancer or API gateway in front of it. The upstream may still have processed the request, so clients repeat non-idempotent requests only when that is safe, and long-running work is better moved to an asynchronous pattern such as 202 Accepted with a status resource.");

    /// <summary>505 HTTP Version Not Supported, RFC 9110, Section 15.6.6.</summary>
    public static HttpStatusInfo HttpVersionNotSupported => Record(505);

    private static HttpStatusInfo Create505() => Define(
        505, nameof(HttpVersionNotSupported), "HTTP Version Not Supported", Rfc(9110, "15.6.6"),
        former: [Former("HTTP Version not supported", Rfc(2616, "6.1.1"))],
        description: "The server cannot or will not serve requests made with the major HTTP version this request used. Apart from this error response, it does not complete the request in that major version. The server should send a representation explaining why it refuses that version and which other protocols it supports.",
        whenToExpect: "Rare; it comes from a hand-written or misconfigured client that puts a malformed or unsupported major version in the request line. The client retries with a version the server supports, usually HTTP/1.1, or HTTP/2 negotiated through ALPN.");

    /// <summary>506 Variant Also Negotiates, RFC 2295, Section 8.1.</summary>
    public static HttpStatusInfo VariantAlsoNegotiates => Record(506);

    private static HttpStatusInfo Create506() => Define(
        506, nameof(VariantAlsoNegotiates), "Variant Also Negotiates", Rfc(2295, "8.1"),
        legacy: [Legacy("Variant also negotiate", "HAProxy")],
        description: "The server's transparent content negotiation is misconfigured: the chosen variant itself negotiates. Because that variant is set up to engage in negotiation too, it is not a proper end point of the negotiation process. The code belongs to RFC 2295, an Experimental RFC for transparent content negotiation, which is rarely deployed; the fault is in the server's configuration, not in the request.",
        whenToExpect: "Almost never seen; it can come from a server that implements RFC 2295 negotiation when a variant in its negotiation setup (for example a type map entry) points to another negotiable resource. The client cannot fix it by changing the request; the server administrator has to correct the variant configuration.");

    /// <summary>507 Insufficient Storage, RFC 4918, Section 11.5.</summary>
    public static HttpStatusInfo InsufficientStorage => Record(507);

    private static HttpStatusInfo Create507() => Define(
        507, nameof(InsufficientStorage), "Insufficient Storage", Rfc(4918, "11.5"),
        description: "The server could not perform the method because it cannot store the representation the request needs. The code comes from WebDAV (RFC 4918), and the condition is considered temporary. If the request resulted from a user action, the client must not repeat it until the user asks for it again in a separate action.",
        whenToExpect: "A WebDAV or file-storage server runs out of disk space or quota during an upload or a COPY, MOVE, MKCOL or PROPPATCH. The client reports the failure to the user instead of retrying automatically and tries again only after space has been freed.");

    /// <summary>508 Loop Detected, RFC 5842, Section 7.2.</summary>
    public static HttpStatusInfo LoopDetected => Record(508);

    private static HttpStatusInfo Create508() => Define(
        508, nameof(LoopDetected), "Loop Detected", Rfc(5842, "7.2"),
        description: "The server aborted a Depth: infinity request after running into an infinite loop; the whole operation failed. It comes from the WebDAV binding extension (RFC 5842, Experimental), in which several bindings can make a collection contain itself. Servers return it on finding such a loop when the client has not declared binding support in the DAV request header; clients that did declare it get 208 Already Reported entries inside a 207 Multi-Status instead (RFC 5842, Section 7.1).",
        whenToExpect: "A WebDAV client sends PROPFIND, or another request with Depth: infinity, to a collection whose bindings form a cycle. It has nothing to do with HTTP redirect loops; the client can retry with a smaller Depth or have the cyclic binding removed.");

    /// <summary>510 Not Extended, RFC 2774, Section 7.</summary>
    public static HttpStatusInfo NotExtended => Record(510);

    private static HttpStatusInfo Create510() => Define(
        510, nameof(NotExtended), "Not Extended", Rfc(2774, "7"),
        registration: HttpStatusRegistration.Obsoleted,
        description: "Obsoleted: the request did not meet the policy for accessing the resource under the HTTP Extension Framework. The server ought to send back all the information the client needs to issue an extended request, and the client may retry if the response names extensions it can add. RFC 2774 was Experimental and has been reclassified as Historic, and IANA now lists the code as \"Not Extended (OBSOLETED)\".",
        whenToExpect: "Practically never seen; only servers that implement RFC 2774 mandatory extension declarations (the Man and C-Man header fields, M- prefixed methods) would send it, and there is no reason to send it from a new service. A client that gets one can only show the response content to the user or give up.");

    /// <summary>511 Network Authentication Required, RFC 6585, Section 6.</summary>
    public static HttpStatusInfo NetworkAuthenticationRequired => Record(511);

    private static HttpStatusInfo Create511() => Define(
        511, nameof(NetworkAuthenticationRequired), "Network Authentication Required", Rfc(6585, "6"),
        mustNotBeStored: true,
        description: "The client needs to authenticate to the local network, typically at a captive portal, before requests get through. It is meant for intercepting proxies that control access to the network, and origin servers should not generate it; unlike 401 and 407 it should not carry an authentication challenge or the login form itself. The response should link to a page where the user can submit credentials, and caches must not store it.",
        whenToExpect: "On hotel, airport or guest Wi-Fi before the user has logged in or accepted the terms, a plain-HTTP request is answered by the network's portal instead of the intended server. Applications show the user the linked login page rather than treating the response as coming from the server they called; over HTTPS the portal usually causes a certificate error instead of a 511.");
}
