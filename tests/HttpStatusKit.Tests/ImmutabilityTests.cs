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
        var writable = typeof(HttpStatusInfo).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(p => p.SetMethod is { IsPublic: true })
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

    private static void AssertNotMutable<T>(IReadOnlyList<T> list)
    {
        list.Should().NotBeAssignableTo<IList>()
            .And.NotBeAssignableTo<IList<T>>()
            .And.NotBeAssignableTo<ICollection<T>>()
            .And.NotBeAssignableTo<T[]>();
    }
}
