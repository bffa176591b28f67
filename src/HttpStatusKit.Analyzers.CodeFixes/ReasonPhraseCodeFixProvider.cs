using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace HttpStatusKit.Analyzers;

/// <summary>HSK003: writes the current reason phrase, such as "Content Too Large" for "Request Entity Too Large".</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReasonPhraseCodeFixProvider))]
internal sealed class ReasonPhraseCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.FormerReasonPhraseId);

    public override FixAllProvider GetFixAllProvider() => DocumentFix.FixAllProvider(Replace);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Write \"" + DocumentFix.Property(diagnostic, ReasonPhraseAnalyzer.PhraseProperty) + "\"",
                    cancellationToken => DocumentFix.ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), Replace, cancellationToken),
                    equivalenceKey: Rules.FormerReasonPhraseId),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static SyntaxNode Replace(SyntaxNode node, Diagnostic diagnostic, SyntaxNode root) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(DocumentFix.Property(diagnostic, ReasonPhraseAnalyzer.PhraseProperty)));
}
