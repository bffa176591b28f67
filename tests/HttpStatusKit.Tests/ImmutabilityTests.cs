using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace HttpStatusKit.Tests;

public sealed class ImmutabilityTests
{
    [Fact]
    public void AllIsAscendingAndNotCastableToAnythingMutableGivenCatalog()
    {
        IReadOnlyList<HttpStatusInfo> all = HttpStatusCatalog.All;

        all.Select(i => i.Code).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        AssertNotMutable(all);
        HttpStatusCatalog.All.Should().BeSameAs(all);
    }

    [Fact]
    public void RecordCollectionsAreNotCastableToAnythingMutableGivenEveryRecord()
    {
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            AssertNotMutable(info.FormerReasonPhrases);
            AssertNotMutable(info.LegacyReasonPhrases);
        }
    }

    [Fact]
    public void RecordsHaveNoSettersGivenPublicTypes()
    {
        // Setters the library declares; HttpStatusAssertionException inherits HelpLink and Source from System.Exception.
        var writable = typeof(HttpStatusInfo).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(p => p.SetMethod is { IsPublic: true } && p.DeclaringType!.Assembly == typeof(HttpStatusInfo).Assembly)
            .Select(p => p.DeclaringType!.Name + "." + p.Name);
        var fields = typeof(HttpStatusInfo).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.DeclaringType!.IsEnum)
            .Select(f => f.DeclaringType!.Name + "." + f.Name);

        writable.Should().BeEmpty();
        fields.Should().BeEmpty();
    }

    [Fact]
    public void RecordsCannotBeConstructedOutsideTheLibraryGivenPublicTypes()
    {
        var constructors = typeof(HttpStatusInfo).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract || !t.IsSealed)
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
            .Select(c => c.DeclaringType!.Name);

        constructors.Should().BeEmpty();
    }

    [Fact]
    public void EveryInstanceFieldIsReadOnlyGivenEveryTypeInTheLibrary()
    {
        // The library's own types: on netstandard2.0 the assembly also holds compiler attribute polyfills in System.*.
        var writable = typeof(HttpStatusInfo).Assembly.GetTypes()
            .Where(t => !t.IsEnum && !t.Name.StartsWith('<') && t.Namespace?.StartsWith("HttpStatusKit", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly)
            .Select(f => f.DeclaringType!.FullName + "." + f.Name);

        writable.Should().BeEmpty("records and the collections they hold are fixed once built");
    }

    [Theory]
    [InlineData("HttpStatusCatalog.NotFound.ReasonPhrase = \"Found\";")]
    [InlineData("var changed = HttpStatusCatalog.NotFound with { ReasonPhrase = \"Found\" };")]
    [InlineData("var changed = HttpStatusCatalog.NotFound with { Code = 200 };")]
    [InlineData("HttpStatusCatalog.All[0] = HttpStatusCatalog.OK;")]
    [InlineData("HttpStatusCatalog.NotFound.Specification.Section = \"1\";")]
    public void DoesNotCompileGivenCodeThatWouldChangeARecord(string statement)
    {
        string source = "using HttpStatusKit;\nstatic class Attempt { static void Run() { " + statement + " } }";

        Support.Compiler.Errors(source).Should().NotBeEmpty();
    }

    [Fact]
    public void CompilesGivenTheSameHarnessWithAReadOnlyStatement()
    {
        string source = "using HttpStatusKit;\nstatic class Attempt { static void Run() { var phrase = HttpStatusCatalog.NotFound.ReasonPhrase; } }";

        Support.Compiler.Errors(source).Should().BeEmpty();
    }

    private static void AssertNotMutable<T>(IReadOnlyList<T> list)
    {
        list.Should().NotBeAssignableTo<IList>()
            .And.NotBeAssignableTo<IList<T>>()
            .And.NotBeAssignableTo<ICollection<T>>()
            .And.NotBeAssignableTo<T[]>();
    }
}
