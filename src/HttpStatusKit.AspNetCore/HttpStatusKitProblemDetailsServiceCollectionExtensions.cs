using System;
using HttpStatusKit;
using HttpStatusKit.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// Extension methods on IServiceCollection live in this namespace by the convention of ASP.NET Core itself
// (AddProblemDetails, AddOpenApi, AddControllers), so builder.Services offers them without a using directive.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the catalog's Problem Details values with an ASP.NET Core application.</summary>
public static class HttpStatusKitProblemDetailsServiceCollectionExtensions
{
    /// <summary>
    /// Makes every Problem Details response (RFC 9457) the application writes carry the catalog's <c>type</c>
    /// (<see cref="HttpStatusInfo.ProblemType"/>) and <c>title</c> (<see cref="HttpStatusInfo.ProblemTitle"/>) for its
    /// status, in place of ASP.NET Core's defaults: responses from <c>Results.Problem</c>, <c>TypedResults.Problem</c>,
    /// MVC's <c>Problem()</c> and <c>ValidationProblem()</c>, <c>[ApiController]</c> validation and client error
    /// responses, <c>UseExceptionHandler</c>, <c>UseStatusCodePages</c> and <see cref="IProblemDetailsService"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A <c>type</c> or <c>title</c> is replaced only when it is missing or empty, or equal to a value ASP.NET Core
    /// itself gives a problem with that status: its Problem Details default (the type and title of
    /// <c>TypedResults.Problem(statusCode: status)</c> on the running framework, which MVC's client error mapping
    /// also starts from), its reason phrase (<see cref="Microsoft.AspNetCore.WebUtilities.ReasonPhrases"/>) or the
    /// default title of a validation problem. Any other value, and every <c>detail</c>, <c>instance</c> and extension,
    /// was set by the application and is kept. The catalog's values are applied before the application's own
    /// <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>, which therefore still has the last word.
    /// A status outside 100 to 599 is left as the framework made it.
    /// </para>
    /// <para>
    /// Also registers the Problem Details service as <c>AddProblemDetails()</c> does; calling that too, before or after,
    /// changes nothing. Calling this method more than once applies the catalog once; each callback is applied in order.
    /// </para>
    /// </remarks>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options, such as <see cref="HttpStatusKitProblemDetailsOptions.IncludeSummaryAsDetail"/>; may be <see langword="null"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddHttpStatusKitProblemDetails(
        this IServiceCollection services,
        Action<HttpStatusKitProblemDetailsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddProblemDetails();
        services.AddOptions<HttpStatusKitProblemDetailsOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<ProblemDetailsOptions>, CatalogProblemDetailsSetup>());
        return services;
    }
}
