using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>Colour and emphasis only on a terminal, and never with NO_COLOR set or a dumb terminal.</summary>
public sealed class ColourTests
{
    private const string Escape = "\u001b[";

    [Theory]
    [InlineData(true, null, "xterm-256color", true)]
    [InlineData(true, "", "xterm", true)]
    [InlineData(true, null, null, true)]
    [InlineData(false, null, "xterm", false)]
    [InlineData(true, "1", "xterm", false)]
    [InlineData(true, "0", "xterm", false)]
    [InlineData(true, null, "dumb", false)]
    public void DecidesColourGivenTerminalAndEnvironment(bool terminal, string? noColor, string? term, bool expected)
    {
        OutputStyle.ForConsole(terminal, noColor, term).UseColor.Should().Be(expected);
    }

    [Theory]
    [InlineData("404")]
    [InlineData("list")]
    [InlineData("search", "timeout")]
    public void WritesNoEscapeSequenceGivenPlainOutput(params string[] args)
    {
        Tool.RunStyled(OutputStyle.Plain, args).Stdout.Should().NotContain(Escape);
    }

    [Fact]
    public void EmphasisesTheStatusLineGivenColourOutput()
    {
        CliResult coloured = Tool.RunStyled(OutputStyle.Color, "404");
        CliResult plain = Tool.RunStyled(OutputStyle.Plain, "404");

        coloured.StdoutLines[0].Should().StartWith(Escape).And.Contain("404 Not Found");
        System.Text.RegularExpressions.Regex.Replace(coloured.Stdout, @"\u001b\[[0-9;]*m", "").Should().Be(plain.Stdout);
    }

    [Theory]
    [InlineData("table", "404")]
    [InlineData("404", "--json")]
    [InlineData("table", "404", "--format", "csv")]
    public void KeepsMachineOutputFreeOfColourGivenColourOutput(params string[] args)
    {
        Tool.RunStyled(OutputStyle.Color, args).Stdout.Should().NotContain(Escape);
    }

    [Fact]
    public void WritesNoColourOnStderrGivenColourOutput()
    {
        Tool.RunStyled(OutputStyle.Color, "banana").Stderr.Should().NotContain(Escape);
    }
}
