using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HttpStatusKit.Resilience.Tests.Support;
using HttpStatusKit.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace HttpStatusKit.Resilience.Tests;

/// <summary>
/// The package README's C# blocks, put together in order, are one console program (the package smoke test runs it from
/// the .nupkg); here it is compiled against the package and its dependencies as a project with implicit usings would.
/// </summary>
public sealed class ReadmeTests
{
    private const string ImplicitUsings =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n" +
        "global using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    [Fact]
    public void ExamplesCompileAsOneProgramGivenPackageReadme()
    {
        string program = Program();

        IReadOnlyList<string> errors = Errors(program);

        program.Should().Contain("UseHttpStatusKit()");
        errors.Should().BeEmpty("the README's examples must compile:\n{0}", program);
    }

    [Fact]
    public void ReportsErrorsGivenMisspeltMember()
    {
        string program = Program().Replace("UseHttpStatusKit()", "UseHttpStatusKits()", StringComparison.Ordinal);

        IReadOnlyList<string> errors = Errors(program);

        errors.Should().NotBeEmpty();
    }

    [Fact]
    public void NamesThePackageVersionsTheTestsUseGivenReadme()
    {
        string readme = PackageReadme.Read();
        string props = File.ReadAllText(Path.Combine(Repository.Root, "Directory.Packages.props"));

        foreach (string package in new[] { "Microsoft.Extensions.Http.Resilience", "Polly.Extensions.Http" })
        {
            string version = props.Split('\n').Single(l => l.Contains($"\"{package}\"", StringComparison.Ordinal)).Split("Version=\"")[1].Split('"')[0];
            readme.Should().Contain($"{package} {version}");
        }
    }

    private static string Program()
    {
        string readme = PackageReadme.Read();
        var blocks = new List<string>();
        for (int at = readme.IndexOf("```csharp\n", StringComparison.Ordinal); at >= 0; at = readme.IndexOf("```csharp\n", at + 1, StringComparison.Ordinal))
        {
            int body = at + "```csharp\n".Length;
            blocks.Add(readme[body..readme.IndexOf("```\n", body, StringComparison.Ordinal)]);
        }

        blocks.Should().NotBeEmpty();
        return string.Concat(blocks);
    }

    private static List<string> Errors(string program)
    {
        IEnumerable<MetadataReference> references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Concat(new[]
            {
                typeof(HttpStatusCatalog).Assembly.Location,
                typeof(HttpRetryDecision).Assembly.Location,
                typeof(ResiliencePipeline).Assembly.Location,
                typeof(HttpRetryStrategyOptions).Assembly.Location,
                typeof(ServiceCollection).Assembly.Location,
                typeof(HttpClientFactoryServiceCollectionExtensions).Assembly.Location,
            })
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        CSharpParseOptions parse = new(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, parse), CSharpSyntaxTree.ParseText(program, parse)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        return compilation.GetDiagnostics()
            // Warnings count, as in the smoke test's consumer, except the reference unification notes that the SDK also silences.
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702")))
            .Select(d => d.ToString())
            .ToList();
    }
}
