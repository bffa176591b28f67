using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using HttpStatusKit.Benchmarks.ColdStart;

// --first-call N: the child of the cold-start launcher (times one first call in this fresh process).
// --cold-start [launches]: the launcher. Anything else goes to BenchmarkDotNet.
if (args.Length == 2 && args[0] == "--first-call" && args[1].Length == 1 && char.IsAsciiDigit(args[1][0]))
{
    // Parsed by hand: int.Parse would set up the culture data before the measurement.
    return FirstCall.Run(args[1][0] - '0');
}

if (args.Length >= 1 && args[0] == "--cold-start")
{
    return ColdStartLauncher.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 41);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
