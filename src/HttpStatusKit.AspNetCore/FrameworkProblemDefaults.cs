using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace HttpStatusKit.AspNetCore;

/// <summary>
/// What the running ASP.NET Core puts in a problem with a given status when the application gives nothing, read from
/// the framework itself rather than copied, so that the defaults of each ASP.NET Core version are recognised on that
/// version (10 has a type and title for 407, 410, 411, 413, 414, 416, 417, 421, 501 and 505, which 8 has not). Built
/// once per status.
/// </summary>
internal sealed class FrameworkProblemDefaults
{
    private const int FirstCode = 100;
    private const int LastCode = 599;
    private static readonly FrameworkProblemDefaults?[] s_byCode = new FrameworkProblemDefaults?[LastCode - FirstCode + 1];

    // HttpValidationProblemDetails sets its title in its constructor; MVC's ValidationProblemDetails derives from it.
    private static readonly string? s_validationTitle = new HttpValidationProblemDetails().Title;

    private readonly string? _type;
    private readonly string? _title;
    private readonly string _reasonPhrase;

    private FrameworkProblemDefaults(int status)
    {
        // TypedResults.Problem applies ASP.NET Core's Problem Details defaults (ProblemDetailsDefaults.Apply) in its
        // constructor: a type and title for the statuses it knows, the reason phrase as title for the others.
        ProblemDetails framework = TypedResults.Problem(statusCode: status).ProblemDetails;
        _type = framework.Type;
        _title = framework.Title;
        _reasonPhrase = ReasonPhrases.GetReasonPhrase(status);
        Catalog = HttpStatusCatalog.Describe(status);
        CatalogType = Catalog.ProblemType.AbsoluteUri;
    }

    /// <summary>The catalog's record of the status.</summary>
    public HttpStatusInfo Catalog { get; }

    /// <summary><see cref="HttpStatusInfo.ProblemType"/> as the string a problem carries.</summary>
    public string CatalogType { get; }

    /// <summary>Gets the defaults of a status in 100 to 599; <see langword="false"/> for any other value.</summary>
    public static bool TryGet(int status, [NotNullWhen(true)] out FrameworkProblemDefaults? defaults)
    {
        if (status is < FirstCode or > LastCode)
        {
            defaults = null;
            return false;
        }

        int index = status - FirstCode;
        defaults = Volatile.Read(ref s_byCode[index])
            ?? Interlocked.CompareExchange(ref s_byCode[index], new FrameworkProblemDefaults(status), null)
            ?? s_byCode[index]!;
        return true;
    }

    public bool IsDefaultType(string type) => string.Equals(type, _type, StringComparison.Ordinal);

    public bool IsDefaultTitle(string title) =>
        string.Equals(title, _title, StringComparison.Ordinal)
        || string.Equals(title, _reasonPhrase, StringComparison.Ordinal)
        || string.Equals(title, s_validationTitle, StringComparison.Ordinal);
}
