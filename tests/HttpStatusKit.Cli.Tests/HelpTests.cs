using System.Linq;
using System.Reflection;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>`--help` and `--version` answer on stdout with exit code 0.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void DescribesEveryCommandGivenHelp(string option)
    {
        CliResult result = Tool.Run(option);

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().Contain("search").And.Contain("list").And.Contain("table").And.Contain("--json").And.Contain("--version");
        result.Stdout.Should().Contain("Exit codes: 0 found, 1 not found");
    }

    [Theory]
    [InlineData("search")]
    [InlineData("list")]
    [InlineData("table")]
    public void DescribesTheCommandGivenHelpAfterIt(string command)
    {
        CliResult result = Tool.Run(command, "--help");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("http-status " + command);
    }

    [Fact]
    public void PrintsThePackageVersionGivenVersion()
    {
        string version = typeof(HttpStatusCommand).Assembly.GetCustomAttributes<AssemblyInformationalVersionAttribute>().Single().InformationalVersion;

        CliResult result = Tool.Run("--version");

        result.ExitCode.Should().Be(0);
        result.Stdout.Trim().Should().Be(version);
        version.Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$");
    }
}
