using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace HttpStatusKit.Analyzers;

/// <summary>
/// Replaces the flagged expressions of one document in one pass, for a single fix and for fix-all alike, then adds the
/// using directives the new code needs (<c>using HttpStatusKit;</c>) and shortens its fully qualified names.
/// </summary>
internal static class DocumentFix
{
    /// <summary>Makes the replacement for a flagged node, or returns <see langword="null"/> to leave it.</summary>
    public delegate SyntaxNode? Replacement(SyntaxNode node, Diagnostic diagnostic, SyntaxNode root);

    /// <summary>A fix-all provider for document, project and solution scopes that applies <paramref name="replacement"/>.</summary>
    public static FixAllProvider FixAllProvider(Replacement replacement) =>
        Microsoft.CodeAnalysis.CodeFixes.FixAllProvider.Create((context, document, diagnostics) => ApplyAsync(document, diagnostics, replacement, context.CancellationToken)!);

    public static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, Replacement replacement, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.Span == diagnostic.Location.SourceSpan && replacement(node, diagnostic, root) is { } replaced)
            {
                replacements[node] = replaced.WithTriviaFrom(node).WithAdditionalAnnotations(Formatter.Annotation);
            }
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        document = document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Parses a fully qualified expression (<c>global::HttpStatusKit.HttpStatus.NotFound</c>) marked to be shortened and imported.</summary>
    public static SyntaxNode Qualified(string expression) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression(expression)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary>A diagnostic property that the analyzer always sets.</summary>
    public static string Property(Diagnostic diagnostic, string name) =>
        diagnostic.Properties.TryGetValue(name, out string? value) && value is not null
            ? value
            : throw new InvalidOperationException($"The diagnostic {diagnostic.Id} lacks its {name} property.");
}
