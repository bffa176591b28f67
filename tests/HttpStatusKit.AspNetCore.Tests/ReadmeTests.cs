using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HttpStatusKit.AspNetCore.Tests.Support;
using HttpStatusKit.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>
/// The package README's example is the sample app that the solution builds, and every other snippet of it, and of the
/// ASP.NET Core article of the documentation site (docs/articles/aspnetcore.md), compiles against the package. The
/// snippets are fenced as <c>cs</c>: the package README's one <c>csharp</c> block is the program its smoke test builds,
/// and the documentation's <c>csharp</c> blocks are compiled by the repository tests, which do not reference this package.
/// </summary>
public sealed class ReadmeTests
{
    private static string Read(params string[] path) => File.ReadAllText(Path.Combine([Repository.Root, .. path])).ReplaceLineEndings("\n");

    private static string AspNetCoreSection()
    {
        string article = Read("docs", "articles", "aspnetcore.md");
        article.Should().StartWith("# ASP.NET Core\n", "the documentation site has an article for the package");
        return article;
    }

    /// <summary>A snippet without a builder of its own runs where an app's Program.cs would have one.</summary>
    private static string AsProgram(string snippet) =>
        "using HttpStatusKit.AspNetCore;\nusing Microsoft.AspNetCore.Builder;\nusing Microsoft.AspNetCore.Http;\nusing Microsoft.Extensions.DependencyInjection;\n"
        + (snippet.Contains("var builder", StringComparison.Ordinal) ? "" : "var builder = WebApplication.CreateBuilder(args);\n")
        + snippet;

    private static List<string> Errors(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(HttpStatusCatalog).Assembly.Location)
            .Append(typeof(HttpStatusKitProblemDetailsOptions).Assembly.Location)
            .Append(typeof(Microsoft.AspNetCore.OpenApi.OpenApiOptions).Assembly.Location)
            .Append(typeof(Microsoft.OpenApi.OpenApiDocument).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void ExampleIsTheSampleProgramGivenPackageReadme()
    {
        string readme = Read("src", "HttpStatusKit.AspNetCore", "README.md");
        string program = Read("samples", "HttpStatusKit.AspNetCore.Sample", "Program.cs");

        List<string> examples = Markdown.Blocks(readme, "csharp");

        examples.Should().ContainSingle().Which.Should().Be(program);
    }

    [Fact]
    public void EverySnippetCompilesGivenPackageReadmeAndRepositoryReadme()
    {
        List<string> snippets = [.. Markdown.Blocks(Read("src", "HttpStatusKit.AspNetCore", "README.md"), "cs"), .. Markdown.Blocks(AspNetCoreSection(), "cs")];

        snippets.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (string snippet in snippets)
        {
            Errors(AsProgram(snippet)).Should().BeEmpty("this README snippet must compile:\n{0}", snippet);
        }

        Errors(AsProgram(snippets[0].Replace("AddHttpStatusKitProblemDetails", "AddHttpStatusKitProblemDetail", StringComparison.Ordinal)))
            .Should().NotBeEmpty("the same harness reports a misspelt member");
    }

    [Fact]
    public void LinksToPackageReadmeAndSampleGivenArticleAndRepositoryReadme()
    {
        string section = AspNetCoreSection();

        section.Should().Contain("dotnet add package HttpStatusKit.AspNetCore");
        section.Should().Contain("/src/HttpStatusKit.AspNetCore/README.md)");
        Read("README.md").Should().Contain("(src/HttpStatusKit.AspNetCore/README.md)");
        section.Should().Contain("samples/HttpStatusKit.AspNetCore.Sample");
        File.Exists(Path.Combine(Repository.Root, "samples", "HttpStatusKit.AspNetCore.Sample", "Program.cs")).Should().BeTrue();
    }
}
