namespace HttpStatusKit;

/// <summary>The rules behind the semantic properties of <see cref="HttpStatusInfo"/>, on plain codes, so that the retry presets can use them without building records.</summary>
internal static class HttpSemantics
{
    /// <summary>The code a client handles a value as, exactly as <see cref="HttpStatusCatalog.Describe(int)"/> sets <see cref="HttpStatusInfo.EquivalentCode"/>; never allocates.</summary>
    internal static int EquivalentCode(int code)
    {
        if ((uint)(code - 100) >= 500)
        {
            return 500;
        }

        return HttpStatusCatalog.TryGet(code, out _) ? code : code / 100 * 100;
    }

    /// <summary>The retry advice for an equivalent code (100 to 599); see <see cref="HttpRetryAdvice"/> for the reasons.</summary>
    internal static HttpRetryAdvice RetryAdvice(int equivalentCode) => equivalentCode switch
    {
        < 400 => HttpRetryAdvice.NotApplicable,
        408 or 421 => HttpRetryAdvice.Retry,
        413 => HttpRetryAdvice.OnlyWithRetryAfter,
        425 => HttpRetryAdvice.RetryWithoutEarlyData,
        429 or 503 => HttpRetryAdvice.AfterDelay,
        500 or 502 or 504 => HttpRetryAdvice.IfIdempotent,
        _ => HttpRetryAdvice.DoNotRetry,
    };
}
