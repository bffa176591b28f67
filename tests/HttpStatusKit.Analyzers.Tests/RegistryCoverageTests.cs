using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using HttpStatusKit.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HttpStatusKit.Analyzers.Tests;

/// <summary>
/// Every value from 100 to 599, and every former phrase, against the library's independent test data: the IANA
/// registry (iana-status-codes.csv) and the former phrases with their RFCs (semantics.csv), and against the real
/// System.Net.HttpStatusCode of .NET 8.
/// </summary>
public sealed class RegistryCoverageTests
{
    private static readonly IReadOnlyDictionary<int, string> s_iana = Csv.IanaPhrases();

    [Fact]
    public async Task ReportsConstantForRegisteredAndFallbackForUnassignedGivenEveryCodeFrom100To599()
    {
        Project project = await Harness.CreateProjectAsync(EveryCode(code => $"Results.StatusCode({code})"));

        ImmutableArray<Diagnostic> diagnostics = await Harness.AnalyzeAsync(project, new StatusCodeLiteralAnalyzer());

        diagnostics.Should().HaveCount(500);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            int code = CodeAt(diagnostic);
            if (s_iana.ContainsKey(code))
            {
                diagnostic.Id.Should().Be("HSK001", "{0} is in the IANA registry", code);
            }
            else
            {
                // RFC 9110, Section 15 (semantics.csv: unrecognized_code_treated_as=x00_of_same_class).
                int fallback = code / 100 * 100;
                diagnostic.Id.Should().Be("HSK002", "{0} is not in the IANA registry", code);
                diagnostic.GetMessage(CultureInfo.InvariantCulture).Should().Contain($"; clients handle it as {fallback} {s_iana[fallback]}");
            }
        }
    }

    [Fact]
    public async Task WritesConstantOfTheSameValueGivenEveryRegisteredCode()
    {
        Project project = await Harness.CreateProjectAsync(EveryCode(code => $"Results.StatusCode({code})"));

        Project fixedProject = await Harness.FixAllAsync(project, new StatusCodeLiteralAnalyzer(), new StatusCodeConstantCodeFixProvider(), FixAllScope.Document);

        IReadOnlyList<(int Code, ExpressionSyntax Argument, object? Value)> arguments = await ArgumentsAsync(fixedProject);
        arguments.Where(a => s_iana.ContainsKey(a.Code)).Should().HaveCount(s_iana.Count).And.OnlyContain(a =>
            a.Argument.ToString().StartsWith("HttpStatus.", StringComparison.Ordinal) && Equals(a.Value, a.Code));
        arguments.Where(a => !s_iana.ContainsKey(a.Code)).Should().OnlyContain(a => a.Argument is LiteralExpressionSyntax);
    }

    [Fact]
    public async Task WritesHttpStatusCodeMemberOfTheSameValueGivenEveryRegisteredCode()
    {
        Project project = await Harness.CreateProjectAsync(EveryCode(code => $"new System.Net.Http.HttpResponseMessage((System.Net.HttpStatusCode){code})"));

        Project fixedProject = await Harness.FixAllAsync(project, new StatusCodeLiteralAnalyzer(), new StatusCodeConstantCodeFixProvider(), FixAllScope.Document);

        IReadOnlyList<(int Code, ExpressionSyntax Argument, object? Value)> arguments = await ArgumentsAsync(fixedProject);
        Compilation compilation = (await fixedProject.GetCompilationAsync())!;
        var named = compilation.GetTypeByMetadataName("System.Net.HttpStatusCode")!.GetMembers().OfType<IFieldSymbol>().Select(f => f.ConstantValue).ToHashSet();
        foreach ((int code, ExpressionSyntax argument, object? value) in arguments.Where(a => s_iana.ContainsKey(a.Code)))
        {
            value.Should().Be(code);
            argument.ToString().Should().MatchRegex(@"^(HttpStatusCode\.\w+|\(HttpStatusCode\)HttpStatus\.\w+)$");
            if (named.Contains(code))
            {
                argument.ToString().Should().StartWith("HttpStatusCode.", "HttpStatusCode names {0}", code);
            }
        }
    }

    [Fact]
    public async Task WritesTheRegistryPhraseGivenEveryFormerPhrase()
    {
        // 418 keeps "I'm a teapot" as its reason phrase although the registry now lists it as (Unused); see the README.
        List<(int Code, string Phrase)> formerPhrases = Csv.Read("semantics.csv")
            .Where(r => r[1].StartsWith("former_phrase=", StringComparison.Ordinal) && r[0] != "418")
            .Select(r => (int.Parse(r[0], CultureInfo.InvariantCulture), r[1]["former_phrase=".Length..]))
            .ToList();
        string source = "using Microsoft.AspNetCore.Http;\n\nclass Problems\n{\n"
            + string.Concat(formerPhrases.Select((f, i) => $"    IResult P{i}() => Results.Problem(title: \"{f.Phrase}\", statusCode: {f.Code});\n"))
            + "}\n";
        Project project = await Harness.CreateProjectAsync(source);

        ImmutableArray<Diagnostic> diagnostics = await Harness.AnalyzeAsync(project, new ReasonPhraseAnalyzer());
        Project fixedProject = await Harness.FixAllAsync(project, new ReasonPhraseAnalyzer(), new ReasonPhraseCodeFixProvider(), FixAllScope.Document);

        diagnostics.Should().HaveCount(formerPhrases.Count);
        string expected = "using Microsoft.AspNetCore.Http;\n\nclass Problems\n{\n"
            + string.Concat(formerPhrases.Select((f, i) => $"    IResult P{i}() => Results.Problem(title: \"{s_iana[f.Code]}\", statusCode: {f.Code});\n"))
            + "}\n";
        (await Harness.TextAsync(fixedProject, 0)).Should().Be(expected);
    }

    [Fact]
    public async Task ReportsNothingGivenEveryRegistryPhrase()
    {
        string source = "using Microsoft.AspNetCore.Http;\n\nclass Problems\n{\n"
            + string.Concat(s_iana.Select(p => $"    IResult P{p.Key}() => Results.Problem(title: \"{p.Value}\", statusCode: {p.Key});\n"))
            + "}\n";
        Project project = await Harness.CreateProjectAsync(source);

        ImmutableArray<Diagnostic> diagnostics = await Harness.AnalyzeAsync(project, new ReasonPhraseAnalyzer());

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public async Task FixesEveryFileGivenFixAllInProject()
    {
        string first = "using Microsoft.AspNetCore.Http;\n\nclass A\n{\n    IResult M() => Results.StatusCode(404);\n    IResult N() => Results.StatusCode(503);\n}\n";
        string second = "class B\n{\n    int M(Microsoft.AspNetCore.Http.HttpContext c) => c.Response.StatusCode = 201;\n}\n";
        Project project = await Harness.CreateProjectAsync(first, second);

        Project inDocument = await Harness.FixAllAsync(project, new StatusCodeLiteralAnalyzer(), new StatusCodeConstantCodeFixProvider(), FixAllScope.Document);
        Project inProject = await Harness.FixAllAsync(project, new StatusCodeLiteralAnalyzer(), new StatusCodeConstantCodeFixProvider(), FixAllScope.Project);

        string firstFixed = "using HttpStatusKit;\nusing Microsoft.AspNetCore.Http;\n\nclass A\n{\n    IResult M() => Results.StatusCode(HttpStatus.NotFound);\n    IResult N() => Results.StatusCode(HttpStatus.ServiceUnavailable);\n}\n";
        string secondFixed = "using HttpStatusKit;\n\nclass B\n{\n    int M(Microsoft.AspNetCore.Http.HttpContext c) => c.Response.StatusCode = HttpStatus.Created;\n}\n";
        (await Harness.TextAsync(inDocument, 0)).Should().Be(firstFixed);
        (await Harness.TextAsync(inDocument, 1)).Should().Be(second);
        (await Harness.TextAsync(inProject, 0)).Should().Be(firstFixed);
        (await Harness.TextAsync(inProject, 1)).Should().Be(secondFixed);
    }

    /// <summary>A class with one method per value from 100 to 599, each returning <paramref name="expression"/> for it.</summary>
    private static string EveryCode(Func<int, string> expression)
    {
        var source = new StringBuilder("using Microsoft.AspNetCore.Http;\n\nclass Codes\n{\n");
        for (int code = 100; code <= 599; code++)
        {
            source.Append(CultureInfo.InvariantCulture, $"    object C{code}() => {expression(code)};\n");
        }

        return source.Append("}\n").ToString();
    }

    /// <summary>The value a method of <see cref="EveryCode"/> is about, from its name.</summary>
    private static int CodeAt(Diagnostic diagnostic)
    {
        SyntaxNode node = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan);
        string name = node.AncestorsAndSelf().OfType<MethodDeclarationSyntax>().Single().Identifier.Text;
        return int.Parse(name[1..], CultureInfo.InvariantCulture);
    }

    /// <summary>Each method's argument after the fix, with the constant value the compiler gives it.</summary>
    private static async Task<IReadOnlyList<(int Code, ExpressionSyntax Argument, object? Value)>> ArgumentsAsync(Project project)
    {
        Document document = project.Documents.Single();
        SyntaxNode root = (await document.GetSyntaxRootAsync())!;
        SemanticModel model = (await document.GetSemanticModelAsync())!;
        model.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the fixed code must compile");
        return root.DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Select(m => (
                int.Parse(m.Identifier.Text[1..], CultureInfo.InvariantCulture),
                m.DescendantNodes().OfType<ArgumentSyntax>().Single().Expression,
                model.GetConstantValue(m.DescendantNodes().OfType<ArgumentSyntax>().Single().Expression).Value))
            .Select(a => (a.Item1, a.Expression, a.Value is System.Net.HttpStatusCode status ? (int)status : a.Value))
            .ToList();
    }
}
