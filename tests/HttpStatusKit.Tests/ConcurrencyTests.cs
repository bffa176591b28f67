using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;

namespace HttpStatusKit.Tests;

/// <summary>
/// Many threads racing on the catalog's first use and on its caches see identical, complete results. Each race
/// loads a fresh copy of the library into its own AssemblyLoadContext, so its static state starts untouched.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 16;
    private const int Rounds = 8;

    [Fact]
    public void EveryThreadSeesTheWholeCatalogGivenThreadsRacingOnFirstUse()
    {
        string expected = Snapshot(typeof(HttpStatusCatalog).Assembly, HttpStatusCatalog.All);

        for (int round = 0; round < Rounds; round++)
        {
            Race(round, (catalog, thread) =>
            {
                // Each thread enters through a different member, so every path races on the lazily built records and
                // the text index: a lookup by code, an unassigned code, a named member, a class, a phrase and a status line.
                object? first = (thread % 6) switch
                {
                    0 => catalog.GetMethod("Get", [typeof(int)])!.Invoke(null, [404]),
                    1 => catalog.GetMethod("Describe", [typeof(int)])!.Invoke(null, [499]),
                    2 => catalog.GetProperty("NotFound")!.GetValue(null),
                    3 => catalog.GetMethod("GetCategory", [typeof(int)])!.Invoke(null, [404]),
                    4 => Find(catalog, "Not Found"),
                    _ => Find(catalog, "HTTP/1.1 404 Not Found"),
                };
                first.Should().NotBeNull();
                return Snapshot(catalog.Assembly, (IEnumerable<object>)catalog.GetProperty("All")!.GetValue(null)!);
            }).Should().AllBe(expected);
        }
    }

    [Fact]
    public void EveryThreadGetsTheSameRecordGivenThreadsRacingToDescribeUnassignedCodes()
    {
        int[] unassigned = Enumerable.Range(100, 500).Where(c => !HttpStatusCatalog.TryGet(c, out _)).ToArray();

        for (int round = 0; round < Rounds; round++)
        {
            object[][] seen = Race(round, (catalog, thread) =>
            {
                MethodInfo describe = catalog.GetMethod("Describe", [typeof(int)])!;
                // Threads walk the codes in different orders so they meet on the caches at different points.
                IEnumerable<int> order = thread % 2 == 0 ? unassigned : unassigned.Reverse();
                var records = order.ToDictionary(c => c, c => describe.Invoke(null, [c])!);
                return unassigned.Select(c => records[c]).ToArray();
            });

            for (int i = 0; i < unassigned.Length; i++)
            {
                seen.Select(records => records[i]).Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle(
                    $"every thread must get the one cached record for {unassigned[i]}");
                seen[0][i].ToString().Should().Be($"{unassigned[i]} Unassigned");
            }
        }
    }

    [Fact]
    public void LookupsGiveTheSameAnswersGivenManyThreadsAtOnce()
    {
        string[] texts = HttpStatusCatalog.All.SelectMany(i => new[] { i.ReasonPhrase, i.Name, i.ToString() }).ToArray();
        var expected = texts.Select(t => HttpStatusCatalog.TryFind(t, out HttpStatusInfo? i) ? i : null).ToArray();
        using var start = new Barrier(Threads);
        var failures = new List<string>();

        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            for (int repeat = 0; repeat < 200; repeat++)
            {
                for (int i = 0; i < texts.Length; i++)
                {
                    if (!HttpStatusCatalog.TryFind(texts[i], out HttpStatusInfo? found) || !ReferenceEquals(found, expected[i])
                        || !ReferenceEquals(HttpStatusCatalog.Describe(expected[i]!.Code), expected[i]))
                    {
                        lock (failures)
                        {
                            failures.Add(texts[i]);
                        }
                    }
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        failures.Should().BeEmpty();
    }

    [Fact]
    public void EveryThreadGetsTheSameRecordGivenThreadsRacingOnFirstLookupsOfEveryCode()
    {
        int[] codes = HttpStatusCatalog.All.Select(i => i.Code).ToArray();

        for (int round = 0; round < Rounds; round++)
        {
            object[][] seen = Race(round, (catalog, thread) =>
            {
                // Half the threads look up by code, half by phrase, in opposite orders, so they meet on every record.
                MethodInfo get = catalog.GetMethod("Get", [typeof(int)])!;
                IEnumerable<int> order = thread % 2 == 0 ? codes : codes.Reverse();
                var records = order.ToDictionary(c => c, c => thread % 4 < 2 ? get.Invoke(null, [c])! : Find(catalog, c.ToString(System.Globalization.CultureInfo.InvariantCulture))!);
                return codes.Select(c => records[c]).ToArray();
            });

            for (int i = 0; i < codes.Length; i++)
            {
                seen.Select(records => records[i]).Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle(
                    $"every thread must get the one record of {codes[i]}");
            }
        }
    }

    /// <summary>Calls TryFind(string, out HttpStatusInfo?) of a loaded copy and returns the record it found.</summary>
    private static object? Find(Type catalog, string text)
    {
        Type info = catalog.Assembly.GetType(typeof(HttpStatusInfo).FullName!, throwOnError: true)!;
        object?[] arguments = [text, null];
        bool found = (bool)catalog.GetMethod("TryFind", [typeof(string), info.MakeByRefType()])!.Invoke(null, arguments)!;
        found.Should().BeTrue(text);
        return arguments[1];
    }

    /// <summary>Loads a fresh copy of the library, releases all threads at once on it, and returns what each saw.</summary>
    private static T[] Race<T>(int round, Func<Type, int, T> body)
    {
        var context = new AssemblyLoadContext($"race-{round}", isCollectible: true);
        try
        {
            Assembly library = context.LoadFromAssemblyPath(typeof(HttpStatusCatalog).Assembly.Location);
            library.Should().NotBeSameAs(typeof(HttpStatusCatalog).Assembly);
            Type catalog = library.GetType(typeof(HttpStatusCatalog).FullName!, throwOnError: true)!;

            var results = new T[Threads];
            var errors = new List<Exception>();
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(thread => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    results[thread] = body(catalog, thread);
                }
                catch (Exception e)
                {
                    lock (errors)
                    {
                        errors.Add(e);
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            errors.Should().BeEmpty();
            return results;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Every public property of every record, as text.</summary>
    private static string Snapshot(Assembly library, IEnumerable<object> records)
    {
        Type info = library.GetType(typeof(HttpStatusInfo).FullName!, throwOnError: true)!;
        PropertyInfo[] properties = info.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        return string.Join("\n", records.Select(r => string.Join(" | ", properties.Select(p => Show(p.GetValue(r))))));
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => s,
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object>().Select(Show)) + "]",
        _ => value.ToString() ?? "",
    };
}
