using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace HttpStatusKit.Analyzers.Tests.Support;

/// <summary>
/// Runs an analyzer, and its code fix, with Microsoft.CodeAnalysis.Testing on source that references the .NET 8 and
/// ASP.NET Core 8 reference assemblies and HttpStatusKit. Markup: <c>{|HSK001:404|}</c> marks an expected diagnostic.
/// A code fix test applies the fix to each diagnostic one at a time, then with fix-all in the document, the project
/// and the solution, and checks that every way gives the fixed code.
/// </summary>
internal static class Verifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    /// <summary>Checks that exactly the marked and the given diagnostics are reported.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Checks the marked diagnostics, then that fixing them gives <paramref name="fixedSource"/>.</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A code fix test with the project's references; set its states for several files or an .editorconfig.</summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = References.AspNetCore80;
            TestState.AdditionalReferences.Add(References.HttpStatusKit);
        }
    }

    /// <summary>An analyzer test with the project's references.</summary>
    public sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = References.AspNetCore80;
            TestState.AdditionalReferences.Add(References.HttpStatusKit);
        }
    }
}
