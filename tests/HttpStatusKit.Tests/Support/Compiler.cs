using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HttpStatusKit.Tests.Support;

/// <summary>Compiles C# source in memory against the running framework, ASP.NET Core and HttpStatusKit.</summary>
public static class Compiler
{
    public static IReadOnlyList<string> Errors(string source, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(HttpStatusCatalog).Assembly.Location)
            .Append(typeof(Microsoft.AspNetCore.Http.StatusCodes).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
    }
}
