using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HttpStatusKit.Analyzers.Tests.Support;

/// <summary>
/// Runs an analyzer over a project of many lines and applies its fix-all, for the tests that walk whole data files
/// and the README's examples, where marking every expected diagnostic by hand would copy the data into the test.
/// </summary>
internal static class Harness
{
    /// <summary>Makes a project of the given files against the same references as the verifier tests.</summary>
    public static async Task<Project> CreateProjectAsync(params string[] sources)
    {
        ImmutableArray<MetadataReference> references = await References.AspNetCore80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("Example", LanguageNames.CSharp)
            .WithMetadataReferences(references.Add(References.HttpStatusKit))
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.CSharp12));
        for (int i = 0; i < sources.Length; i++)
        {
            project = project.AddDocument($"Example{i}.cs", SourceText.From(sources[i])).Project;
        }

        return project;
    }

    /// <summary>The analyzer's diagnostics for a project, ordered by file and position, after checking that it compiles.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, DiagnosticAnalyzer analyzer)
    {
        Compilation compilation = (await project.GetCompilationAsync())!;
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the example must compile");
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create(analyzer), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
            .GetAllDiagnosticsAsync();
        return diagnostics.Where(d => d.Id.StartsWith("HSK", StringComparison.Ordinal) || d.Id.StartsWith("AD", StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>Applies the fix-all of <paramref name="fix"/> to every diagnostic of the analyzer, in one document or the whole project.</summary>
    public static async Task<Project> FixAllAsync(Project project, DiagnosticAnalyzer analyzer, CodeFixProvider fix, FixAllScope scope)
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(project, analyzer);
        Diagnostic first = diagnostics.First(d => fix.FixableDiagnosticIds.Contains(d.Id));
        Document document = project.GetDocument(first.Location.SourceTree)!;

        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, first, (action, _) => actions.Add(action), CancellationToken.None));
        var context = new FixAllContext(
            document,
            fix,
            scope,
            actions.Single().EquivalenceKey,
            fix.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        CodeAction fixAll = (await fix.GetFixAllProvider()!.GetFixAsync(context))!;
        ImmutableArray<CodeActionOperation> operations = await fixAll.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(project.Id)!;
    }

    /// <summary>The text of a document of the project, by its index.</summary>
    public static async Task<string> TextAsync(Project project, int index) =>
        (await project.Documents.Single(d => d.Name == $"Example{index}.cs").GetTextAsync()).ToString();

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
