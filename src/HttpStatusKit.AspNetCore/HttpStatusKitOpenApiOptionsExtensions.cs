#if NET9_0_OR_GREATER
using System;
using Microsoft.AspNetCore.OpenApi;

namespace HttpStatusKit.AspNetCore;

/// <summary>Adds the catalog's response descriptions to the OpenAPI documents of Microsoft.AspNetCore.OpenApi.</summary>
public static class HttpStatusKitOpenApiOptionsExtensions
{
    /// <summary>
    /// Adds a document transformer that describes every response of the document from the catalog, where the
    /// application gave no description of its own: a status code gets its RFC 9110 reason phrase
    /// (<see cref="HttpStatusInfo.ProblemTitle"/>: <c>"Content Too Large"</c> for 413, where ASP.NET Core writes
    /// <c>"Payload Too Large"</c>; the class, such as <c>"Client Error"</c>, for an unassigned code), optionally
    /// followed by its summary; a range (<c>1XX</c> to <c>5XX</c>) gets the class title, such as <c>"Client Error"</c>;
    /// and <c>default</c> gets <c>"Any other status"</c>.
    /// </summary>
    /// <remarks>
    /// A description is replaced only when it is missing or empty, or equal to the reason phrase ASP.NET Core's
    /// generator writes for that status (<see cref="Microsoft.AspNetCore.WebUtilities.ReasonPhrases"/>). Descriptions
    /// the application wrote, through <c>[ProducesResponseType(..., Description = ...)]</c>, XML comments or a
    /// transformer of its own, are kept. The transformer runs as a document transformer, after every operation
    /// transformer. A reference to a reusable response is left alone; a reusable response under <c>components</c> is
    /// described the same way when its name is a status code, a range or <c>default</c>.
    /// </remarks>
    /// <param name="options">The options of one OpenAPI document, as passed to <c>AddOpenApi</c>.</param>
    /// <param name="configure">Sets the options, such as <see cref="HttpStatusKitDescriptionOptions.IncludeSummary"/>; may be <see langword="null"/>.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static OpenApiOptions AddHttpStatusKitDescriptions(this OpenApiOptions options, Action<HttpStatusKitDescriptionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);

        var settings = new HttpStatusKitDescriptionOptions();
        configure?.Invoke(settings);
        return options.AddDocumentTransformer(new ResponseDescriptionTransformer(settings.IncludeSummary));
    }
}
#endif
