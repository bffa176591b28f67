using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace HttpStatusKit.Analyzers;

/// <summary>The rules of the analyzers, each with a page of its own under docs/analyzers in the repository.</summary>
internal static class Rules
{
    public const string StatusCodeConstantId = "HSK001";
    public const string UnassignedStatusCodeId = "HSK002";
    public const string FormerReasonPhraseId = "HSK003";
    public const string StatusRangeCheckId = "HSK004";

    /// <summary>
    /// Where the rule pages live: the package's project URL (PackageProjectUrl in Directory.Build.props, carried into
    /// this assembly by its project file) followed by the folder of the pages on the main branch.
    /// </summary>
    private static readonly string s_helpRoot =
        typeof(Rules).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "HelpLinkRoot")?.Value
        ?? throw new InvalidOperationException("The analyzer assembly lacks its HelpLinkRoot metadata.");

    public static readonly DiagnosticDescriptor StatusCodeConstant = new(
        StatusCodeConstantId,
        title: "Use a named constant for an HTTP status code",
        messageFormat: "Write {0} instead of the number {1}",
        category: "Maintainability",
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A status code written as a number makes the reader remember what it means. HttpStatus has a constant for every code in the IANA registry, and System.Net.HttpStatusCode a member for most of them.",
        helpLinkUri: HelpLink(StatusCodeConstantId));

    public static readonly DiagnosticDescriptor UnassignedStatusCode = new(
        UnassignedStatusCodeId,
        title: "HTTP status code that is not registered or not valid",
        messageFormat: "{0} is {1}; clients handle it as {2}{3}",
        category: "Reliability",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A client that does not recognise a status code handles it as the x00 code of its class, and a value outside 100 to 599 as a server error (RFC 9110, Section 15). If the code is a vendor's, such as nginx's 499, name it in a constant of your own or list the vendor in the httpstatuskit.vendors option.",
        helpLinkUri: HelpLink(UnassignedStatusCodeId));

    public static readonly DiagnosticDescriptor FormerReasonPhrase = new(
        FormerReasonPhraseId,
        title: "Outdated HTTP reason phrase",
        messageFormat: "\"{0}\" is the reason phrase {1} gave {2}; the current one is \"{3}\" ({4})",
        category: "Maintainability",
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Some status codes were renamed by later RFCs: 413 Request Entity Too Large is now Content Too Large, 422 Unprocessable Entity is now Unprocessable Content. A reason phrase or problem title should use the current name.",
        helpLinkUri: HelpLink(FormerReasonPhraseId));

    public static readonly DiagnosticDescriptor StatusRangeCheck = new(
        StatusRangeCheckId,
        title: "Use an HttpStatusCatalog classifier instead of comparing a status code with numbers",
        messageFormat: "Write {0} instead of this range check",
        category: "Maintainability",
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "HttpStatusCatalog.IsInformational, IsSuccess, IsRedirection, IsClientError, IsServerError and IsError say which class a status code is in, by name, without bounds that can be off by one.",
        helpLinkUri: HelpLink(StatusRangeCheckId));

    private static string HelpLink(string id) => s_helpRoot + id + ".md";
}
