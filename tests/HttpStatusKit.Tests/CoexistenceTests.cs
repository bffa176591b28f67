using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>HttpStatusKit imported beside System.Net and ASP.NET Core reads without ambiguity.</summary>
public sealed class CoexistenceTests
{
    [Fact]
    public void CompilesWithoutErrorsGivenAspNetCoreSystemNetAndHttpStatusKitTogether()
    {
        const string source = """
            using System.Net;
            using Microsoft.AspNetCore.Http;
            using HttpStatusKit;

            public static class Usage
            {
                public static int[] Codes() =>
                [
                    StatusCodes.Status404NotFound,
                    (int)HttpStatusCode.NotFound,
                    HttpStatus.NotFound,
                    HttpStatusCatalog.NotFound.Code,
                    HttpStatusCode.NotFound.ToStatusInfo().Code,
                ];

                public static string Describe(int code) => code switch
                {
                    HttpStatus.NotFound => HttpStatusCatalog.Get(code).Description,
                    StatusCodes.Status200OK => "ok",
                    _ => HttpStatusCatalog.Describe(code).ToString(),
                };
            }
            """;

        Compiler.Errors(source).Should().BeEmpty();
    }

    [Fact]
    public void ReportsAnErrorGivenSnippetThatMisusesTheApi()
    {
        // Guards the compile check itself: a snippet with a real mistake must not pass.
        const string source = """
            using HttpStatusKit;
            public static class Usage { public static int Code() => HttpStatus.NoSuchStatus; }
            """;

        Compiler.Errors(source).Should().ContainSingle().Which.Should().Contain("NoSuchStatus");
    }

    [Fact]
    public void PublicApiHasNoNamespaceNamedStatusCodesGivenLibraryAssembly()
    {
        typeof(HttpStatusCatalog).Assembly.GetExportedTypes()
            .Should().OnlyContain(t => t.Namespace == "HttpStatusKit" || t.Namespace == "HttpStatusKit.Testing");
    }
}
