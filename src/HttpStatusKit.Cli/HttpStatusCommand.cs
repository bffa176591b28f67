using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Reflection;

namespace HttpStatusKit.Cli;

/// <summary>
/// The <c>http-status</c> command line: a status lookup at the root (<see cref="LookupCommand"/>), and the
/// <c>search</c>, <c>list</c> and <c>table</c> commands, one class each. Everything is written to the writers given,
/// so every command runs the same in a test as in a terminal.
/// </summary>
internal static class HttpStatusCommand
{
    /// <summary>Exit code: the status was found (or the command succeeded).</summary>
    public const int Found = 0;

    /// <summary>Exit code: the text names no status, the number is not a valid status code, or a search found nothing.</summary>
    public const int NotFound = 1;

    /// <summary>Exit code: the command line is wrong: an unknown command or option, a missing or empty argument, text that is too long.</summary>
    public const int Usage = 2;

    /// <summary>Exit code: something outside the command line failed, such as writing the output.</summary>
    public const int Failure = 3;

    private const string ToolName = CommandContext.ToolName;

    /// <summary>Parses the arguments, runs the command, and returns the exit code. Never throws.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where results and help go.</param>
    /// <param name="stderr">Where the one-line error messages go.</param>
    /// <param name="style">Whether results get colour and emphasis.</param>
    /// <returns>0 found, 1 not found, 2 usage error, 3 other failure.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, OutputStyle style)
    {
        try
        {
            var context = new CommandContext(stdout, stderr, style);
            Command root = Build(context);
            ParseResult result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (result.Action is ParseErrorAction)
            {
                string command = result.CommandResult.Command == root ? ToolName : ToolName + " " + result.CommandResult.Command.Name;
                string message = result.Errors.Count > 0 ? result.Errors[0].Message : "the command line could not be read";
                return context.Fail(Usage, $"{StatusQuery.Printable(Shorten(message))} (see '{command} --help')");
            }

            return result.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // The tool must end with one line and an exit code, never a stack trace, whatever fails.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            try
            {
                return new CommandContext(stdout, stderr, style).Fail(Failure, exception.Message);
            }
            catch (IOException)
            {
                return Failure;
            }
        }
    }

    private static Command Build(CommandContext context)
    {
        Command root = LookupCommand.Create(context, SearchCommand.Create(context), ListCommand.Create(context), TableCommand.Create(context));

        // A plain command rather than RootCommand, whose name and version would come from the process that hosts it
        // (a test runner, for one); these are the options RootCommand would add.
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption { Action = new VersionAction() });
        return root;
    }

    /// <summary>Writes the tool's own version, the package version it was built as.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            string version = typeof(HttpStatusCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return Found;
        }
    }

    /// <summary>Keeps a parser message to one short line, whatever the user typed into it.</summary>
    private static string Shorten(string message)
    {
        string line = message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
        return line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 300), "...");
    }
}
