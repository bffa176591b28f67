namespace HttpStatusKit.Resilience;

/// <summary>
/// The request methods that RFC 9110, Section 9.2.2 defines as idempotent: GET, HEAD, OPTIONS and TRACE (the safe
/// methods) and PUT and DELETE. Method names are case-sensitive (RFC 9110, Section 9.1), so "get" is not GET.
/// </summary>
internal static class IdempotentMethods
{
    public static bool Contains(string method) => method is "GET" or "HEAD" or "OPTIONS" or "TRACE" or "PUT" or "DELETE";
}
