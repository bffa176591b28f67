// Generated from StatusTable.yaml in this folder; do not edit by hand. After editing the table, run
//   HTTPSTATUSKIT_UPDATE=1 dotnet test tests/HttpStatusKit.Repository.Tests
// (see ARCHITECTURE.md).
namespace HttpStatusKit;

/// <summary>
/// Every catalog status code as a <see langword="const"/> <see cref="int"/>, for <c>case</c> labels and attribute
/// arguments: <c>case HttpStatus.NotFound:</c>, <c>[ProducesResponseType(HttpStatus.Created)]</c>. Each constant has the
/// name of its <see cref="HttpStatusCatalog"/> member; the records themselves are there.
/// </summary>
/// <remarks>
/// The name does not clash with <c>System.Net.HttpStatusCode</c> or ASP.NET Core's <c>Microsoft.AspNetCore.Http.StatusCodes</c>,
/// so all three namespaces can be imported together.
/// </remarks>
public static class HttpStatus
{
    // 1xx Informational
    /// <summary>100 Continue, RFC 9110, Section 15.2.1.</summary>
    public const int Continue = 100;

    /// <summary>101 Switching Protocols, RFC 9110, Section 15.2.2.</summary>
    public const int SwitchingProtocols = 101;

    /// <summary>102 Processing, RFC 2518, Section 10.1.</summary>
    public const int Processing = 102;

    /// <summary>103 Early Hints, RFC 8297, Section 2.</summary>
    public const int EarlyHints = 103;

    /// <summary>104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload-05.</summary>
    public const int UploadResumptionSupported = 104;

    // 2xx Success
    /// <summary>200 OK, RFC 9110, Section 15.3.1.</summary>
    public const int OK = 200;

    /// <summary>201 Created, RFC 9110, Section 15.3.2.</summary>
    public const int Created = 201;

    /// <summary>202 Accepted, RFC 9110, Section 15.3.3.</summary>
    public const int Accepted = 202;

    /// <summary>203 Non-Authoritative Information, RFC 9110, Section 15.3.4.</summary>
    public const int NonAuthoritativeInformation = 203;

    /// <summary>204 No Content, RFC 9110, Section 15.3.5.</summary>
    public const int NoContent = 204;

    /// <summary>205 Reset Content, RFC 9110, Section 15.3.6.</summary>
    public const int ResetContent = 205;

    /// <summary>206 Partial Content, RFC 9110, Section 15.3.7.</summary>
    public const int PartialContent = 206;

    /// <summary>207 Multi-Status, RFC 4918, Section 11.1.</summary>
    public const int MultiStatus = 207;

    /// <summary>208 Already Reported, RFC 5842, Section 7.1.</summary>
    public const int AlreadyReported = 208;

    /// <summary>226 IM Used, RFC 3229, Section 10.4.1.</summary>
    public const int IMUsed = 226;

    // 3xx Redirection
    /// <summary>300 Multiple Choices, RFC 9110, Section 15.4.1.</summary>
    public const int MultipleChoices = 300;

    /// <summary>301 Moved Permanently, RFC 9110, Section 15.4.2.</summary>
    public const int MovedPermanently = 301;

    /// <summary>302 Found, RFC 9110, Section 15.4.3.</summary>
    public const int Found = 302;

    /// <summary>303 See Other, RFC 9110, Section 15.4.4.</summary>
    public const int SeeOther = 303;

    /// <summary>304 Not Modified, RFC 9110, Section 15.4.5.</summary>
    public const int NotModified = 304;

    /// <summary>305 Use Proxy, RFC 9110, Section 15.4.6.</summary>
    public const int UseProxy = 305;

    /// <summary>306 Unused, RFC 9110, Section 15.4.7.</summary>
    public const int Unused = 306;

    /// <summary>307 Temporary Redirect, RFC 9110, Section 15.4.8.</summary>
    public const int TemporaryRedirect = 307;

    /// <summary>308 Permanent Redirect, RFC 9110, Section 15.4.9.</summary>
    public const int PermanentRedirect = 308;

    // 4xx Client Error
    /// <summary>400 Bad Request, RFC 9110, Section 15.5.1.</summary>
    public const int BadRequest = 400;

    /// <summary>401 Unauthorized, RFC 9110, Section 15.5.2.</summary>
    public const int Unauthorized = 401;

    /// <summary>402 Payment Required, RFC 9110, Section 15.5.3.</summary>
    public const int PaymentRequired = 402;

    /// <summary>403 Forbidden, RFC 9110, Section 15.5.4.</summary>
    public const int Forbidden = 403;

    /// <summary>404 Not Found, RFC 9110, Section 15.5.5.</summary>
    public const int NotFound = 404;

    /// <summary>405 Method Not Allowed, RFC 9110, Section 15.5.6.</summary>
    public const int MethodNotAllowed = 405;

    /// <summary>406 Not Acceptable, RFC 9110, Section 15.5.7.</summary>
    public const int NotAcceptable = 406;

    /// <summary>407 Proxy Authentication Required, RFC 9110, Section 15.5.8.</summary>
    public const int ProxyAuthenticationRequired = 407;

    /// <summary>408 Request Timeout, RFC 9110, Section 15.5.9.</summary>
    public const int RequestTimeout = 408;

    /// <summary>409 Conflict, RFC 9110, Section 15.5.10.</summary>
    public const int Conflict = 409;

    /// <summary>410 Gone, RFC 9110, Section 15.5.11.</summary>
    public const int Gone = 410;

    /// <summary>411 Length Required, RFC 9110, Section 15.5.12.</summary>
    public const int LengthRequired = 411;

    /// <summary>412 Precondition Failed, RFC 9110, Section 15.5.13.</summary>
    public const int PreconditionFailed = 412;

    /// <summary>413 Content Too Large, RFC 9110, Section 15.5.14.</summary>
    public const int ContentTooLarge = 413;

    /// <summary>414 URI Too Long, RFC 9110, Section 15.5.15.</summary>
    public const int UriTooLong = 414;

    /// <summary>415 Unsupported Media Type, RFC 9110, Section 15.5.16.</summary>
    public const int UnsupportedMediaType = 415;

    /// <summary>416 Range Not Satisfiable, RFC 9110, Section 15.5.17.</summary>
    public const int RangeNotSatisfiable = 416;

    /// <summary>417 Expectation Failed, RFC 9110, Section 15.5.18.</summary>
    public const int ExpectationFailed = 417;

    /// <summary>418 I'm a teapot, RFC 9110, Section 15.5.19.</summary>
    public const int ImATeapot = 418;

    /// <summary>421 Misdirected Request, RFC 9110, Section 15.5.20.</summary>
    public const int MisdirectedRequest = 421;

    /// <summary>422 Unprocessable Content, RFC 9110, Section 15.5.21.</summary>
    public const int UnprocessableContent = 422;

    /// <summary>423 Locked, RFC 4918, Section 11.3.</summary>
    public const int Locked = 423;

    /// <summary>424 Failed Dependency, RFC 4918, Section 11.4.</summary>
    public const int FailedDependency = 424;

    /// <summary>425 Too Early, RFC 8470, Section 5.2.</summary>
    public const int TooEarly = 425;

    /// <summary>426 Upgrade Required, RFC 9110, Section 15.5.22.</summary>
    public const int UpgradeRequired = 426;

    /// <summary>428 Precondition Required, RFC 6585, Section 3.</summary>
    public const int PreconditionRequired = 428;

    /// <summary>429 Too Many Requests, RFC 6585, Section 4.</summary>
    public const int TooManyRequests = 429;

    /// <summary>431 Request Header Fields Too Large, RFC 6585, Section 5.</summary>
    public const int RequestHeaderFieldsTooLarge = 431;

    /// <summary>451 Unavailable For Legal Reasons, RFC 7725, Section 3.</summary>
    public const int UnavailableForLegalReasons = 451;

    // 5xx Server Error
    /// <summary>500 Internal Server Error, RFC 9110, Section 15.6.1.</summary>
    public const int InternalServerError = 500;

    /// <summary>501 Not Implemented, RFC 9110, Section 15.6.2.</summary>
    public const int NotImplemented = 501;

    /// <summary>502 Bad Gateway, RFC 9110, Section 15.6.3.</summary>
    public const int BadGateway = 502;

    /// <summary>503 Service Unavailable, RFC 9110, Section 15.6.4.</summary>
    public const int ServiceUnavailable = 503;

    /// <summary>504 Gateway Timeout, RFC 9110, Section 15.6.5.</summary>
    public const int GatewayTimeout = 504;

    /// <summary>505 HTTP Version Not Supported, RFC 9110, Section 15.6.6.</summary>
    public const int HttpVersionNotSupported = 505;

    /// <summary>506 Variant Also Negotiates, RFC 2295, Section 8.1.</summary>
    public const int VariantAlsoNegotiates = 506;

    /// <summary>507 Insufficient Storage, RFC 4918, Section 11.5.</summary>
    public const int InsufficientStorage = 507;

    /// <summary>508 Loop Detected, RFC 5842, Section 7.2.</summary>
    public const int LoopDetected = 508;

    /// <summary>510 Not Extended, RFC 2774, Section 7.</summary>
    public const int NotExtended = 510;

    /// <summary>511 Network Authentication Required, RFC 6585, Section 6.</summary>
    public const int NetworkAuthenticationRequired = 511;
}
