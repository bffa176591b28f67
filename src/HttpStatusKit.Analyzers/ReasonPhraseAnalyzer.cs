using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HttpStatusKit.Analyzers;

/// <summary>
/// HSK003: a string written as a reason phrase or a problem title that an earlier RFC gave a status code, such as
/// "Request Entity Too Large" for 413. The former phrases and the current ones come from <see cref="HttpStatusCatalog"/>.
/// A reason phrase is written where it is assigned or passed: a member, variable or parameter of type string whose name
/// ends in ReasonPhrase (<c>IHttpResponseFeature.ReasonPhrase</c>, <c>HttpResponseMessage.ReasonPhrase</c>), the
/// <c>Title</c> of a ProblemDetails type, and a <c>title</c> parameter beside a status code parameter
/// (<c>Results.Problem</c>, <c>ControllerBase.Problem</c>). Comparisons are left alone: a peer may still send an old phrase.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ReasonPhraseAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the current reason phrase, which the fix writes.</summary>
    public const string PhraseProperty = "Phrase";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.FormerReasonPhrase);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            StatusCodeContext? statusCodes = StatusCodeContext.Create(start.Compilation);
            if (statusCodes is not null)
            {
                start.RegisterOperationAction(operation => Analyze(operation, statusCodes), OperationKind.Literal);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, StatusCodeContext statusCodes)
    {
        var literal = (ILiteralOperation)context.Operation;
        if (literal.ConstantValue.Value is not string text || !IsReasonPhraseOrTitle(StatusCodeContext.ClimbImplicitConversions(literal), statusCodes))
        {
            return;
        }

        // A former phrase in any case is outdated, and so is one that differs from the current phrase only in case
        // (RFC 2616's "HTTP Version not supported"); the current phrase as the registry writes it is not.
        if (!HttpStatusCatalog.TryFind(text, out HttpStatusInfo? info) || string.Equals(text, info.ReasonPhrase, StringComparison.Ordinal))
        {
            return;
        }

        FormerReasonPhrase? former = info.FormerReasonPhrases.FirstOrDefault(f => string.Equals(f.Phrase, text, StringComparison.OrdinalIgnoreCase));
        if (former is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rules.FormerReasonPhrase,
            literal.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(PhraseProperty, info.ReasonPhrase),
            text,
            former.Specification.Document,
            info.Code.ToString(CultureInfo.InvariantCulture),
            info.ReasonPhrase,
            info.Specification.ToString()));
    }

    private static bool IsReasonPhraseOrTitle(IOperation use, StatusCodeContext statusCodes) => use.Parent switch
    {
        IArgumentOperation { Parameter: { } parameter } => IsReasonPhrase(parameter)
            || (string.Equals(parameter.Name, "title", StringComparison.OrdinalIgnoreCase)
                && parameter.ContainingSymbol is IMethodSymbol method
                && method.Parameters.Any(statusCodes.HoldsStatusCode)),
        ISimpleAssignmentOperation assignment when assignment.Value == use => IsReasonPhraseOrTitle(StatusCodeContext.WrittenSymbol(assignment.Target)),
        IVariableInitializerOperation or IFieldInitializerOperation or IPropertyInitializerOperation => IsReasonPhraseOrTitle(StatusCodeContext.InitializedSymbol(use.Parent)),
        _ => false,
    };

    private static bool IsReasonPhraseOrTitle(ISymbol? symbol) =>
        IsReasonPhrase(symbol) || (symbol is IPropertySymbol { Name: "Title" } property && StatusCodeContext.IsProblemDetails(property.ContainingType));

    private static bool IsReasonPhrase(ISymbol? symbol)
    {
        ITypeSymbol? type = StatusCodeContext.TypeOf(symbol);
        return type?.SpecialType == SpecialType.System_String && symbol!.Name.EndsWith("ReasonPhrase", StringComparison.OrdinalIgnoreCase);
    }
}
