using System;

namespace HttpStatusKit.Tests.Support;

/// <summary>Counts the bytes a piece of code allocates on the current thread.</summary>
public static class Allocations
{
    /// <summary>Runs the body once to warm it up (JIT, caches), then again, and asserts the second run allocated nothing.</summary>
    public static void AssertNone(Func<int> body)
    {
        body();
        long before = GC.GetAllocatedBytesForCurrentThread();

        int result = body();

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0, "the loop (result {0}) must not allocate", result);
    }
}
