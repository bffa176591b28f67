using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace HttpStatusKit.Analyzers.Tests.Support;

/// <summary>
/// Runs an analyzer, and its code fix, with Microsoft.CodeAnalysis.Testing on source that references the .NET 8 and
/// ASP.NET Core 8 reference assemblies and HttpStatusKit. Markup: <c>{|HSK001:404|}</c> marks an expected diagnostic.
/// </summary>
internal static class Verifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    /// <summary>Checks that exactly the marked diagnostics are reported.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        VerifyCodeFixAsync(source, source, expected);

    /// <summary>Checks the marked diagnostics, then that fixing them one at a time and all at once both give <paramref name="fixedSource"/>.</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A test with the project's references; set its states for several files or an .editorconfig.</summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = References.AspNetCore80;
            TestState.AdditionalReferences.Add(References.HttpStatusKit);
        }
    }
}
