using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>The built tool, run as a real process: exit codes, streams and plain output when redirected.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task PrintsThePlainRecordAndExitsZeroGivenRedirected404()
    {
        CliResult result = await RunToolAsync("404");

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be("404 Not Found");
        result.FlatStdout.Should().Contain(CliResult.Flatten(HttpStatusCatalog.NotFound.Description));
        result.Stdout.Should().NotContain("\u001b[");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public async Task PrintsOneLineOnStderrAndExitsOneGivenInvalidNumber()
    {
        CliResult result = await RunToolAsync("99999");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("99999");
        Tool.HasStackTrace(result.Stderr).Should().BeFalse();
    }

    [Fact]
    public async Task PrintsTheRegistryStandingThenNginxsMeaningGiven444()
    {
        CliResult result = await RunToolAsync("444");

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be("444 Unassigned");
        result.Stdout.Should().Contain("Vendor meanings (not standard)").And.Contain("444 No Response (nginx, unofficial)");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public async Task PrintsOneLineOnStderrAndExitsTwoGivenAnUnknownVendor()
    {
        CliResult result = await RunToolAsync("list", "--unofficial", "--vendor", "akamai");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("'akamai' is not a vendor").And.Contain("nginx");
    }

    [Fact]
    public async Task ExitsTwoQuicklyGivenTheLongestArgumentTheSystemPasses()
    {
        // Linux refuses a single argument over 128 KiB at exec, so a 1 MB argument is tested in-process (ErrorTests).
        var clock = Stopwatch.StartNew();

        CliResult result = await RunToolAsync(new string('x', 100_000));

        result.ExitCode.Should().Be(2);
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("too long");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    private static async Task<CliResult> RunToolAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Tool.ToolAssemblyPath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NO_COLOR");
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
