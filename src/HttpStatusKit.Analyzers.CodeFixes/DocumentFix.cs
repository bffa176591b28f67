using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace HttpStatusKit.Analyzers;

/// <summary>
/// Replaces the flagged expressions of one document in one pass, for a single fix and for fix-all alike, then adds the
/// using directives the new code needs (<c>using HttpStatusKit;</c>) and shortens its fully qualified names.
/// </summary>
internal static class DocumentFix
{
    /// <summary>Marks the names this fix writes fully qualified, to find the ones the simplifier left.</summary>
    private static readonly SyntaxAnnotation QualifiedAnnotation = new("HttpStatusKit.Qualified");

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
        Document imported = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        Document simplified = await Simplifier.ReduceAsync(imported, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);

        // The simplifier drops an added import that the names cannot use (a type of the same name is in scope); the
        // line it stood on would stay behind, so then the names are simplified without adding any import.
        if (await CountUsingsAsync(simplified, cancellationToken).ConfigureAwait(false) < await CountUsingsAsync(imported, cancellationToken).ConfigureAwait(false))
        {
            simplified = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        simplified = await ShortenLeftoversAsync(simplified, cancellationToken).ConfigureAwait(false);
        Document formatted = await Formatter.FormatAsync(simplified, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);

        // Parsed again from its text, the tree is the one the compiler sees: `x is HttpStatus.TooManyRequests` is read
        // as a type test that binds to the constant, not as the constant pattern that replaced the number.
        SyntaxTree? tree = await formatted.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        if (tree is null)
        {
            return formatted;
        }

        SourceText text = await tree.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return formatted.WithSyntaxRoot(SyntaxFactory.ParseSyntaxTree(text, tree.Options, tree.FilePath, cancellationToken).GetRoot(cancellationToken));
    }

    /// <summary>
    /// Shortens the <c>global::</c> names the simplifier left, which it does where it cannot bind the code around them
    /// speculatively (a target-typed conditional such as <c>ok ? Ok() : StatusCode(404)</c>): the type's own name where
    /// it binds to that type at that place, or else the namespace-qualified name.
    /// </summary>
    private static async Task<Document> ShortenLeftoversAsync(Document document, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var shortened = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (AliasQualifiedNameSyntax global in root.GetAnnotatedNodes(QualifiedAnnotation).SelectMany(n => n.DescendantNodesAndSelf()).OfType<AliasQualifiedNameSyntax>())
        {
            if (!global.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword))
            {
                continue;
            }

            // global::Namespace.Type, written as a member access in an expression or as a qualified name in a cast.
            SyntaxNode typeName = global.Parent is MemberAccessExpressionSyntax or QualifiedNameSyntax ? global.Parent : global;
            string? simpleName = typeName switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.Text,
                QualifiedNameSyntax qualified => qualified.Right.Identifier.Text,
                _ => null,
            };
            ISymbol? type = model.GetSymbolInfo(typeName, cancellationToken).Symbol;
            if (simpleName is not null && type is INamedTypeSymbol
                && model.LookupNamespacesAndTypes(typeName.SpanStart, name: simpleName) is { Length: 1 } found
                && SymbolEqualityComparer.Default.Equals(found[0], type))
            {
                shortened[typeName] = SyntaxFactory.IdentifierName(simpleName).WithTriviaFrom(typeName);
            }
            else
            {
                shortened[global] = global.Name.WithTriviaFrom(global);
            }
        }

        return shortened.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(shortened.Keys, (original, _) => shortened[original]));
    }

    private static async Task<int> CountUsingsAsync(Document document, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root?.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>().Count() ?? 0;
    }

    /// <summary>Parses a fully qualified expression (<c>global::HttpStatusKit.HttpStatus.NotFound</c>) marked to be shortened and imported.</summary>
    public static SyntaxNode Qualified(string expression) =>
        SyntaxFactory.ParseExpression(expression)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, QualifiedAnnotation);


    /// <summary>A diagnostic property that the analyzer always sets.</summary>
    public static string Property(Diagnostic diagnostic, string name) =>
        diagnostic.Properties.TryGetValue(name, out string? value) && value is not null
            ? value
            : throw new InvalidOperationException($"The diagnostic {diagnostic.Id} lacks its {name} property.");
}
