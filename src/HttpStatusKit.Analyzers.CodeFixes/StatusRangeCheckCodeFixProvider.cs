using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HttpStatusKit.Analyzers;

/// <summary>HSK004: writes <c>HttpStatusCatalog.IsClientError(s)</c> and its kin in place of a range check on <c>s</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StatusRangeCheckCodeFixProvider))]
internal sealed class StatusRangeCheckCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.StatusRangeCheckId);

    public override FixAllProvider GetFixAllProvider() => DocumentFix.FixAllProvider(Replace);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use HttpStatusCatalog." + DocumentFix.Property(diagnostic, StatusRangeCheckAnalyzer.MethodProperty),
                    cancellationToken => DocumentFix.ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), Replace, cancellationToken),
                    equivalenceKey: Rules.StatusRangeCheckId),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static SyntaxNode? Replace(SyntaxNode node, Diagnostic diagnostic, SyntaxNode root)
    {
        if (diagnostic.AdditionalLocations.Count != 1
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
        {
            return null;
        }

        ExpressionSyntax call = SyntaxFactory.InvocationExpression(
            (ExpressionSyntax)DocumentFix.Qualified("global::HttpStatusKit.HttpStatusCatalog." + DocumentFix.Property(diagnostic, StatusRangeCheckAnalyzer.MethodProperty)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))));
        return DocumentFix.Property(diagnostic, StatusRangeCheckAnalyzer.NegateProperty) == "true"
            ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call)
            : call;
    }
}
