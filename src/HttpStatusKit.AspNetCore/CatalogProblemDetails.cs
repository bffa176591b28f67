using Microsoft.AspNetCore.Mvc;

namespace HttpStatusKit.AspNetCore;

/// <summary>Replaces the framework's default type and title of a problem with the catalog's.</summary>
internal static class CatalogProblemDetails
{
    public static void Apply(ProblemDetails problem, int responseStatusCode, HttpStatusKitProblemDetailsOptions options)
    {
        int status = problem.Status ?? responseStatusCode;
        if (!FrameworkProblemDefaults.TryGet(status, out FrameworkProblemDefaults? defaults))
        {
            return;
        }

        if (string.IsNullOrEmpty(problem.Type) || defaults.IsDefaultType(problem.Type))
        {
            problem.Type = defaults.CatalogType;
        }

        if (string.IsNullOrEmpty(problem.Title) || defaults.IsDefaultTitle(problem.Title))
        {
            problem.Title = defaults.Catalog.ProblemTitle;
        }

        if (options.IncludeSummaryAsDetail && string.IsNullOrEmpty(problem.Detail))
        {
            problem.Detail = defaults.Catalog.Summary;
        }
    }
}
