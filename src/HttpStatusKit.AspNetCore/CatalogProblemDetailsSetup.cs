using System;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace HttpStatusKit.AspNetCore;

/// <summary>
/// Puts the catalog's values in front of the application's own <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>.
/// ASP.NET Core 8 and later call that delegate for every problem it writes: the Problem Details writer behind
/// IProblemDetailsService (exception handler, status code pages), <c>ProblemHttpResult</c> and MVC's default
/// ProblemDetailsFactory (Problem(), ValidationProblem(), [ApiController] responses).
/// </summary>
internal sealed class CatalogProblemDetailsSetup : IPostConfigureOptions<ProblemDetailsOptions>
{
    private readonly IOptions<HttpStatusKitProblemDetailsOptions> _options;

    public CatalogProblemDetailsSetup(IOptions<HttpStatusKitProblemDetailsOptions> options)
    {
        _options = options;
    }

    public void PostConfigure(string? name, ProblemDetailsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        Action<ProblemDetailsContext>? applicationCustomization = options.CustomizeProblemDetails;
        IOptions<HttpStatusKitProblemDetailsOptions> settings = _options;
        options.CustomizeProblemDetails = context =>
        {
            CatalogProblemDetails.Apply(context.ProblemDetails, context.HttpContext.Response.StatusCode, settings.Value);
            applicationCustomization?.Invoke(context);
        };
    }
}
