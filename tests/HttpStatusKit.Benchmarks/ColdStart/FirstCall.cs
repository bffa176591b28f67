using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.WebUtilities;

namespace HttpStatusKit.Benchmarks.ColdStart;

/// <summary>
/// The child side of the cold-start launcher: in a process that has not touched the library, times one first call
/// and prints the elapsed microseconds. Every case is its own method that nothing runs or compiles before the clock
/// starts, so the time includes loading the assembly that holds the callee, compiling the call path and running any
/// type initialiser it triggers: what the first call costs a command-line tool or a serverless function.
/// </summary>
internal static class FirstCall
{
    /// <summary>The cases, by the name the launcher passes; the first one is the baseline of the ratios.</summary>
    public static readonly string[] Cases =
    [
        "ReasonPhrases.GetReasonPhrase(404)",
        "empty method",
        "loading the library only (typeof(HttpStatusCategory))",
        "HttpStatusCatalog.IsError(404)",
        "HttpStatusCatalog.IsSuccess(200)",
        "HttpStatusCatalog.GetCategory(404)",
        "HttpStatusCatalog.Get(404)",
        "HttpStatusCatalog.TryGet(404)",
        "HttpStatusCatalog.TryFind(\"Not Found\")",
        "HttpStatusCatalog.TryFind(\"HTTP/1.1 404 Not Found\")",
    ];

    /// <summary>
    /// Times the first call of case <paramref name="index"/> and writes two numbers to standard output: the elapsed
    /// microseconds, and the microseconds of processor time this thread used (on Linux; -1 elsewhere), which other
    /// processes on a busy machine do not inflate. Nothing before the clock starts touches the culture data, whose
    /// first use costs milliseconds, so that a case which does touch it pays for it as a real program would.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Run(int index)
    {
        // The clocks' own first use is paid here, before the measurement.
        long startCpu = ThreadCpuNanoseconds();
        long start = Stopwatch.GetTimestamp();
        startCpu = ThreadCpuNanoseconds();
        start = Stopwatch.GetTimestamp();
        int result = Call(index);
        long end = Stopwatch.GetTimestamp();
        long endCpu = ThreadCpuNanoseconds();
        double microseconds = (end - start) * 1_000_000.0 / Stopwatch.Frequency;
        double cpuMicroseconds = startCpu < 0 ? -1 : (endCpu - startCpu) / 1_000.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{microseconds:F1} {cpuMicroseconds:F1}"));
        return result == int.MinValue ? 1 : 0;
    }

    private static long ThreadCpuNanoseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return -1;
        }

        return clock_gettime(ClockThreadCpuTime, out TimeSpec time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : -1;
    }

    private const int ClockThreadCpuTime = 3;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Call(int index) => index switch
    {
        0 => AspNetCoreReasonPhrase(),
        1 => Empty(),
        2 => LoadLibrary(),
        3 => IsError(),
        4 => IsSuccess(),
        5 => GetCategory(),
        6 => Get(),
        7 => TryGet(),
        8 => TryFindPhrase(),
        9 => TryFindStatusLine(),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AspNetCoreReasonPhrase() => ReasonPhrases.GetReasonPhrase(404).Length;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Empty() => 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LoadLibrary() => typeof(HttpStatusCategory).TypeHandle.Value == IntPtr.Zero ? 1 : 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int IsError() => HttpStatusCatalog.IsError(404) ? 1 : 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int IsSuccess() => HttpStatusCatalog.IsSuccess(200) ? 1 : 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int GetCategory() => (int?)HttpStatusCatalog.GetCategory(404) ?? 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Get() => HttpStatusCatalog.Get(404).Code;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TryGet() => HttpStatusCatalog.TryGet(404, out HttpStatusInfo? info) ? info.Code : 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TryFindPhrase() => HttpStatusCatalog.TryFind("Not Found", out HttpStatusInfo? info) ? info.Code : 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TryFindStatusLine() => HttpStatusCatalog.TryFind("HTTP/1.1 404 Not Found", out HttpStatusInfo? info) ? info.Code : 0;
}
