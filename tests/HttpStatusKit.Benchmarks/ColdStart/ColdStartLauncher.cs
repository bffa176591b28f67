using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace HttpStatusKit.Benchmarks.ColdStart;

/// <summary>
/// Measures first calls in fresh processes: starts this program again once per case and launch, in rotation so that
/// a busy moment of the machine spreads over all cases, and prints the median of each case and its ratio to the
/// first case (ASP.NET Core's <c>ReasonPhrases.GetReasonPhrase(404)</c>) in the same run.
/// </summary>
internal static class ColdStartLauncher
{
    public static int Run(int launches)
    {
        string dotnet = Environment.ProcessPath ?? "dotnet";
        string program = typeof(ColdStartLauncher).Assembly.Location;
        var wall = FirstCall.Cases.Select(_ => new List<double>()).ToArray();
        var cpu = FirstCall.Cases.Select(_ => new List<double>()).ToArray();
        for (int launch = 0; launch < launches; launch++)
        {
            for (int index = 0; index < FirstCall.Cases.Length; index++)
            {
                (double elapsed, double processor) = Launch(dotnet, program, index);
                wall[index].Add(elapsed);
                cpu[index].Add(processor);
            }
        }

        double wallBaseline = Median(wall[0]);
        double cpuBaseline = Median(cpu[0]);
        Console.WriteLine($"First call in a fresh process: median of {launches} launches per case, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        Console.WriteLine("Ratios are to the first row, from the same run. Thread CPU time is the processor time of the calling thread.");
        Console.WriteLine();
        Console.WriteLine("| First call | Elapsed (median) | Ratio | Quartiles | Thread CPU time (median) | Ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (int index = 0; index < FirstCall.Cases.Length; index++)
        {
            double median = Median(wall[index]);
            double cpuMedian = Median(cpu[index]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| `{FirstCall.Cases[index]}` | {median:F0} µs | {median / wallBaseline:F2} | {Quantile(wall[index], 0.25):F0} to {Quantile(wall[index], 0.75):F0} µs | {cpuMedian:F0} µs | {cpuMedian / cpuBaseline:F2} |"));
        }

        return 0;
    }

    private static (double Elapsed, double Processor) Launch(string dotnet, string program, int index)
    {
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, UseShellExecute = false };
        if (!string.Equals(System.IO.Path.GetFileNameWithoutExtension(dotnet), "dotnet", StringComparison.Ordinal))
        {
            // Started as the apphost: run it directly.
            start.FileName = dotnet;
        }
        else
        {
            start.ArgumentList.Add(program);
        }

        start.ArgumentList.Add("--first-call");
        start.ArgumentList.Add(index.ToString(CultureInfo.InvariantCulture));
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + dotnet);
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Case {FirstCall.Cases[index]} exited with {process.ExitCode}: {output}");
        }

        string[] fields = output.Trim().Split(' ');
        return (double.Parse(fields[0], CultureInfo.InvariantCulture), double.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    private static double Median(List<double> values) => Quantile(values, 0.5);

    private static double Quantile(List<double> values, double q)
    {
        double[] sorted = values.Order().ToArray();
        double position = (sorted.Length - 1) * q;
        int below = (int)Math.Floor(position);
        int above = (int)Math.Ceiling(position);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }
}
