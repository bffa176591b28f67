using System.CommandLine;
using System.IO;

namespace HttpStatusKit.Cli;

/// <summary>What every command shares: the writers, the output style, the <c>--json</c> option and the one-line error.</summary>
internal sealed class CommandContext(TextWriter stdout, TextWriter stderr, OutputStyle style)
{
    /// <summary>The command's name, as the tool is installed.</summary>
    public const string ToolName = "http-status";

    /// <summary>Where results and help go.</summary>
    public TextWriter Stdout => stdout;

    /// <summary><c>--json</c>, on every command.</summary>
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON instead of text.",
        Recursive = true,
    };

    /// <summary><c>--vendor &lt;name&gt;</c>, for the commands that show vendor meanings.</summary>
    /// <param name="description">The help text, in which <c>{0}</c> stands for the vendors' names.</param>
    public static Option<HttpStatusVendor?> CreateVendorOption(string description) =>
        OptionValues.Vendor.CreateOption("--vendor", "name", description);

    /// <summary>The writer for this command line: JSON when <c>--json</c> is given, otherwise text in the console's style.</summary>
    public StatusWriter WriterFor(ParseResult result) =>
        result.GetValue(Json) ? new JsonStatusWriter(stdout) : new TextStatusWriter(stdout, style);

    /// <summary>Writes one error line, <c>http-status: message</c>, to standard error and returns the exit code.</summary>
    public int Fail(int exitCode, string message)
    {
        stderr.WriteLine(ToolName + ": " + message);
        return exitCode;
    }
}
