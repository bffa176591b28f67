namespace HttpStatusKit;

/// <summary>Semantic facts on plain codes, so that the retry presets can use them without building records.</summary>
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

    /// <summary>The retry advice for any value, as the record that <see cref="HttpStatusCatalog.Describe(int)"/> returns gives it; never allocates.</summary>
    internal static HttpRetryAdvice RetryAdvice(int code) => HttpStatusCatalog.Get(EquivalentCode(code)).RetryAdvice;
}
