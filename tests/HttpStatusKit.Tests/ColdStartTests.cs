using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace HttpStatusKit.Tests;

/// <summary>
/// What the first call of a process builds. Each test loads a fresh copy of the library into its own
/// AssemblyLoadContext, so no record exists yet, and counts the bytes the first calls allocate: building a record
/// allocates its strings and objects, and the classifiers, which read no table, must allocate nothing.
/// </summary>
public sealed class ColdStartTests
{
    private static readonly string[] s_classifiers = ["IsInformational", "IsSuccess", "IsRedirection", "IsClientError", "IsServerError", "IsError"];

    [Fact]
    public void ClassifiersBuildNothingGivenFreshCopyOfTheLibrary()
    {
        InFreshCopy(catalog =>
        {
            Func<int, bool>[] classifiers = s_classifiers.Select(name => catalog.GetMethod(name, [typeof(int)])!.CreateDelegate<Func<int, bool>>()).ToArray();
            Func<int, object> get = catalog.GetMethod("Get", [typeof(int)])!.CreateDelegate<Func<int, object>>();

            long classifying = AllocatedBy(() =>
            {
                foreach (Func<int, bool> classify in classifiers)
                {
                    classify(404);
                }
            });
            long getting = AllocatedBy(() => get(404));

            classifying.Should().Be(0, "the classifiers compute from the value and touch no record");
            getting.Should().BeGreaterThan(1_000, "the first Get builds the record of 404, which the count must see");
        });
    }

    [Fact]
    public void FirstGetBuildsOneRecordGivenFreshCopyOfTheLibrary()
    {
        InFreshCopy(catalog =>
        {
            Func<int, object> get = catalog.GetMethod("Get", [typeof(int)])!.CreateDelegate<Func<int, object>>();
            Func<object> all = catalog.GetProperty("All")!.GetMethod!.CreateDelegate<Func<object>>();

            long first = AllocatedBy(() => get(404));
            long everything = AllocatedBy(() => all());

            // The lookup arrays aside, one record costs a few hundred bytes; the whole table many times one record.
            everything.Should().BeGreaterThan(first * 4, "the first Get must build the record it returns, not the table");
        });
    }

    private static long AllocatedBy(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void InFreshCopy(Action<Type> test)
    {
        var context = new AssemblyLoadContext("cold-start", isCollectible: true);
        try
        {
            Assembly library = context.LoadFromAssemblyPath(typeof(HttpStatusCatalog).Assembly.Location);
            test(library.GetType(typeof(HttpStatusCatalog).FullName!, throwOnError: true)!);
        }
        finally
        {
            context.Unload();
        }
    }
}
