using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HttpStatusKit.Analyzers;

/// <summary>HSK001: writes <c>HttpStatus.NotFound</c> for 404, or <c>HttpStatusCode.TooManyRequests</c> for <c>(HttpStatusCode)429</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StatusCodeConstantCodeFixProvider))]
internal sealed class StatusCodeConstantCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.StatusCodeConstantId);

    public override FixAllProvider GetFixAllProvider() => DocumentFix.FixAllProvider(Replace);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Write " + Written(diagnostic),
                    cancellationToken => DocumentFix.ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), Replace, cancellationToken),
                    equivalenceKey: Rules.StatusCodeConstantId),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static string Written(Diagnostic diagnostic)
    {
        string name = DocumentFix.Property(diagnostic, StatusCodeLiteralAnalyzer.NameProperty);
        return DocumentFix.Property(diagnostic, StatusCodeLiteralAnalyzer.FixProperty) switch
        {
            StatusCodeLiteralAnalyzer.FixEnumMember => "HttpStatusCode." + name,
            StatusCodeLiteralAnalyzer.FixCastConstant => "(HttpStatusCode)HttpStatus." + name,
            _ => "HttpStatus." + name,
        };
    }

    private static SyntaxNode Replace(SyntaxNode node, Diagnostic diagnostic, SyntaxNode root)
    {
        string name = DocumentFix.Property(diagnostic, StatusCodeLiteralAnalyzer.NameProperty);
        return DocumentFix.Property(diagnostic, StatusCodeLiteralAnalyzer.FixProperty) switch
        {
            StatusCodeLiteralAnalyzer.FixEnumMember => DocumentFix.Qualified("global::System.Net.HttpStatusCode." + name),
            StatusCodeLiteralAnalyzer.FixCastConstant => DocumentFix.Qualified("(global::System.Net.HttpStatusCode)global::HttpStatusKit.HttpStatus." + name),
            _ => DocumentFix.Qualified("global::HttpStatusKit.HttpStatus." + name),
        };
    }
}
