namespace HttpStatusKit.AspNetCore;

/// <summary>
/// Options for the catalog's Problem Details (RFC 9457) values, set through the callback of
/// <see cref="Microsoft.Extensions.DependencyInjection.HttpStatusKitProblemDetailsServiceCollectionExtensions.AddHttpStatusKitProblemDetails"/>.
/// </summary>
public sealed class HttpStatusKitProblemDetailsOptions
{
    /// <summary>
    /// Whether a problem without a <c>detail</c> gets the catalog's one-sentence summary of its status
    /// (<see cref="HttpStatusInfo.Summary"/>), such as <c>"The origin server has no current representation for the target
    /// resource, or will not disclose that one exists."</c> for 404. Off by default: RFC 9457, Section 3.1.4 meant
    /// <c>detail</c> to explain this occurrence of the problem, which a sentence about the status does not. A
    /// <c>detail</c> the app gave is always kept.
    /// </summary>
    public bool IncludeSummaryAsDetail { get; set; }
}
