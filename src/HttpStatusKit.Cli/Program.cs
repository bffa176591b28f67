using System;

namespace HttpStatusKit.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var style = OutputStyle.ForConsole(
            outputIsTerminal: !Console.IsOutputRedirected,
            noColor: Environment.GetEnvironmentVariable("NO_COLOR"),
            term: Environment.GetEnvironmentVariable("TERM"));
        return HttpStatusCommand.Run(args, Console.Out, Console.Error, style);
    }
}
