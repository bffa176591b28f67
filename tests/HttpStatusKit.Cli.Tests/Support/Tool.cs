using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Cli.Tests.Support;

/// <summary>What one run of the tool produced.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard output with every run of white space made one space, so wrapped paragraphs compare as plain text.</summary>
    public string FlatStdout => Flatten(Stdout);

    /// <summary>The lines of standard error, without the final empty one.</summary>
    public string[] StderrLines => Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The lines of standard output.</summary>
    public string[] StdoutLines => Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    public static string Flatten(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}

/// <summary>Runs the tool in-process with captured output.</summary>
internal static class Tool
{
    public static CliResult Run(params string[] args) => RunStyled(OutputStyle.Plain, args);

    public static CliResult RunStyled(OutputStyle style, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exitCode = HttpStatusCommand.Run(args, stdout, stderr, style);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The repository's root folder, found by walking up from the test binaries to StatusCodes.sln.</summary>
    public static string RepositoryRoot => Repository.Root;

    /// <summary>The built tool: next to the tests when the build copied it there, else in the tool project's output for the same configuration.</summary>
    public static string ToolAssemblyPath
    {
        get
        {
            string local = Path.Combine(AppContext.BaseDirectory, "HttpStatusKit.Cli.dll");
            if (File.Exists(local) && File.Exists(Path.Combine(AppContext.BaseDirectory, "HttpStatusKit.Cli.runtimeconfig.json")))
            {
                return local;
            }

            string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
            string built = Path.Combine(RepositoryRoot, "src", "HttpStatusKit.Cli", "bin", configuration, "net10.0", "HttpStatusKit.Cli.dll");
            return File.Exists(built) ? built : throw new FileNotFoundException("The built tool was not found", built);
        }
    }

    /// <summary>True when text holds a .NET stack trace line.</summary>
    public static bool HasStackTrace(string text) =>
        text.Split('\n').Any(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) && l.Contains('(', StringComparison.Ordinal))
        || text.Contains("Exception", StringComparison.Ordinal);
}
