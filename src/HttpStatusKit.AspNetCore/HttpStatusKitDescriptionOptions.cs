#if NET9_0_OR_GREATER
namespace HttpStatusKit.AspNetCore;

/// <summary>
/// Options for the catalog's OpenAPI response descriptions, set through the callback of
/// <see cref="HttpStatusKitOpenApiOptionsExtensions.AddHttpStatusKitDescriptions"/>.
/// </summary>
public sealed class HttpStatusKitDescriptionOptions
{
    /// <summary>
    /// Whether a description the catalog writes for a status code is followed by the catalog's one-sentence summary
    /// of the status (<see cref="HttpStatusInfo.Summary"/>), such as <c>"Not Found. The origin server has no current
    /// representation for the target resource, or will not disclose that one exists."</c>. Off by default, which gives
    /// the reason phrase alone (<c>"Not Found"</c>). Range keys (<c>4XX</c>) and <c>default</c> never get a summary.
    /// </summary>
    public bool IncludeSummary { get; set; }
}
#endif
