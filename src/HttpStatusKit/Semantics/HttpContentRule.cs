namespace HttpStatusKit;

/// <summary>
/// Whether a response with a given status can carry content (RFC 9110, Section 6.4.1). A response to HEAD never carries
/// content and a 2xx response to CONNECT starts a tunnel instead; those rules depend on the request method, not on the
/// status, so they are not part of this value.
/// </summary>
public enum HttpContentRule
{
    /// <summary>The response may carry content; whether it does depends on the request and the server.</summary>
    Allowed,

    /// <summary>
    /// The response never carries content: its message ends with the header section. This is every 1xx (Informational)
    /// response, 204 (No Content) and 304 (Not Modified) (RFC 9110, Sections 6.4.1, 15.2, 15.3.5 and 15.4.5; RFC 9112, Section 6.3).
    /// </summary>
    Never,

    /// <summary>
    /// The server must not generate content, but the message is framed as usual, so it is sent with a zero length
    /// (for example <c>Content-Length: 0</c>). This is 205 (Reset Content) (RFC 9110, Section 15.3.6).
    /// </summary>
    MustBeEmpty,
}
