using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace HttpStatusKit.Benchmarks;

/// <summary>
/// The first lookup in a fresh process: building the whole table (static initialisation) plus JIT of the path.
/// Each launch is a new process measured once.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class ColdStartBenchmarks
{
    [Benchmark(Description = "first HttpStatusCatalog.Get(404) in a process")]
    public int FirstLookup() => HttpStatusCatalog.Get(404).Code;
}
