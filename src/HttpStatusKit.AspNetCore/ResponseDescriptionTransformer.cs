#if NET9_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
#if NET10_0_OR_GREATER
using Microsoft.OpenApi;
using Response = Microsoft.OpenApi.IOpenApiResponse;
#else
using Microsoft.OpenApi.Models;
using Response = Microsoft.OpenApi.Models.OpenApiResponse;
#endif

namespace HttpStatusKit.AspNetCore;

/// <summary>
/// Describes the responses of an OpenAPI document from the catalog. ASP.NET Core 10 builds documents with
/// Microsoft.OpenApi 2.x (responses as IOpenApiResponse, references as OpenApiResponseReference), ASP.NET Core 9
/// with 1.x (OpenApiResponse, a reference marked by its Reference property); the logic is the same.
/// </summary>
internal sealed class ResponseDescriptionTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The description of a <c>default</c> response, which stands for every status not listed, of any class.</summary>
    internal const string DefaultResponseDescription = "Any other status";

    private readonly bool _includeSummary;

    public ResponseDescriptionTransformer(bool includeSummary)
    {
        _includeSummary = includeSummary;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);

        if (document.Paths is not null)
        {
            foreach (var path in document.Paths.Values)
            {
                if (path.Operations is null)
                {
                    continue;
                }

                foreach (OpenApiOperation operation in path.Operations.Values)
                {
                    Describe(operation.Responses);
                }
            }
        }

        if (document.Components?.Responses is { } reusable)
        {
            Describe(reusable);
        }

        return Task.CompletedTask;
    }

    private void Describe(IDictionary<string, Response>? responses)
    {
        if (responses is null)
        {
            return;
        }

        foreach (KeyValuePair<string, Response> response in responses)
        {
            if (IsReference(response.Value))
            {
                continue;
            }

            string? description = DescriptionFor(response.Key, response.Value.Description);
            if (description is not null)
            {
                response.Value.Description = description;
            }
        }
    }

#if NET10_0_OR_GREATER
    private static bool IsReference(Response response) => response is OpenApiResponseReference;
#else
    private static bool IsReference(Response response) => response.Reference is not null;
#endif

    /// <summary>The catalog's description for a response key, or <see langword="null"/> to keep the current one.</summary>
    private string? DescriptionFor(string key, string? current)
    {
        bool isEmpty = string.IsNullOrEmpty(current);
        if (key.Length == 3 && IsDigit(key[0]) && IsDigit(key[1]) && IsDigit(key[2]))
        {
            int code = int.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);
            if (code is < 100 or > 599 || !(isEmpty || string.Equals(current, ReasonPhrases.GetReasonPhrase(code), StringComparison.Ordinal)))
            {
                return null;
            }

            HttpStatusInfo status = HttpStatusCatalog.Describe(code);
            return _includeSummary ? status.ProblemTitle + ". " + status.Summary : status.ProblemTitle;
        }

        if (!isEmpty)
        {
            return null;
        }

        if (key.Length == 3 && key[0] is >= '1' and <= '5' && key[1] is 'X' or 'x' && key[2] is 'X' or 'x')
        {
            return ((HttpStatusCategory)(key[0] - '0')).ToDisplayName();
        }

        return string.Equals(key, "default", StringComparison.OrdinalIgnoreCase) ? DefaultResponseDescription : null;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
#endif
