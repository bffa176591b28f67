using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using HttpStatusKit.Testing;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>The assertions stand on their own: a plain exception with the whole story, in a namespace of their own.</summary>
public sealed class AssertionExceptionTests
{
    [Fact]
    public void IsAPlainExceptionWithoutInnerExceptionGivenAFailureWithAnUnreadableBody()
    {
        HttpResponseMessage response = new(HttpStatusCode.BadGateway) { Content = new StringContent("x") };
        response.Dispose();

        HttpStatusAssertionException exception = StatusAssertionTests.Catch(() => response.ShouldHaveStatus(HttpStatusCatalog.OK));

        exception.InnerException.Should().BeNull();
        exception.GetType().BaseType.Should().Be<Exception>();
        exception.Message.Should().StartWith(AssertionMessages.Failure("200 OK (Success)", HttpStatusCatalog.BadGateway));
    }

    [Fact]
    public void ReferencesNoTestFrameworkGivenTheLibraryAssembly()
    {
        string[] references = typeof(HttpStatusAssertions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        references.Should().NotContain(name =>
            name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("nunit", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("MSTest", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Microsoft.VisualStudio.TestPlatform", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("FluentAssertions", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void HasNoPublicConstructorGivenTheExceptionType()
    {
        typeof(HttpStatusAssertionException).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
    }

    [Fact]
    public void LivesInTheTestingNamespaceGivenTheAssertionTypes()
    {
        typeof(HttpStatusAssertions).Namespace.Should().Be("HttpStatusKit.Testing");
        typeof(HttpStatusAssertionException).Namespace.Should().Be("HttpStatusKit.Testing");
        typeof(HttpStatusAssertions).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "HttpStatusKit.Testing")
            .Select(t => t.Name)
            .Should().BeEquivalentTo("HttpStatusAssertions", "HttpStatusAssertionException");
    }

    [Theory]
    [InlineData("new HttpResponseMessage().ShouldHaveStatus(HttpStatusCatalog.OK);")]
    [InlineData("HttpStatusCode.OK.ShouldHaveStatus(200);")]
    [InlineData("200.ShouldHaveStatus(HttpStatusCategory.Success);")]
    public void IsNotVisibleGivenOnlyTheCatalogNamespaceImported(string statement)
    {
        Compiler.Errors(Snippet("using HttpStatusKit;", statement))
            .Should().ContainSingle().Which.Should().Contain("CS1061").And.Contain("ShouldHaveStatus");
    }

    [Theory]
    [InlineData("new HttpResponseMessage().ShouldHaveStatus(HttpStatusCatalog.OK);")]
    [InlineData("HttpStatusCode.OK.ShouldHaveStatus(200);")]
    [InlineData("200.ShouldHaveStatus(HttpStatusCategory.Success);")]
    public void CompilesGivenTheTestingNamespaceImported(string statement)
    {
        Compiler.Errors(Snippet("using HttpStatusKit;\nusing HttpStatusKit.Testing;", statement)).Should().BeEmpty();
    }

    private static string Snippet(string usings, string statement) =>
        "using System.Net;\nusing System.Net.Http;\n" + usings + "\nstatic class Attempt { static void Run() { " + statement + " } }";
}
