using System;
using System.Diagnostics;
using System.Globalization;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>A wrong argument gives one clear line on stderr, nothing on stdout, and the documented exit code.</summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("abc-not-a-status")]
    [InlineData("Method Not Found")]
    [InlineData("404 OK")]
    public void ExitsOneWithOneLineGivenTextThatNamesNoStatus(string query)
    {
        CliResult result = Tool.Run(query);

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("http-status: ").And.Contain(query);
        Tool.HasStackTrace(result.Stderr).Should().BeFalse();
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("600")]
    [InlineData("99")]
    [InlineData("0")]
    [InlineData("0404")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    public void SaysTheNumberIsInvalidGivenNumberOutside100To599(string number)
    {
        CliResult result = Tool.Run(number);

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("not a valid HTTP status code").And.Contain(number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ExitsTwoGivenEmptyText(string query)
    {
        CliResult result = Tool.Run(query);

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("empty");
    }

    [Fact]
    public void ExitsTwoWithoutArguments()
    {
        CliResult result = Tool.Run();

        result.ExitCode.Should().Be(2);
        result.StderrLines.Should().ContainSingle();
    }

    [Fact]
    public void AnswersQuicklyWithOneShortLineGivenOneMegabyteArgument()
    {
        string huge = new('x', 1024 * 1024);
        var clock = Stopwatch.StartNew();

        CliResult lookup = Tool.Run(huge);
        CliResult search = Tool.Run("search", huge);
        CliResult table = Tool.Run("table", huge);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        foreach (CliResult result in new[] { lookup, search, table })
        {
            result.ExitCode.Should().Be(2);
            result.Stdout.Should().BeEmpty();
            result.StderrLines.Should().ContainSingle().Which.Length.Should().BeLessThan(200);
            result.Stderr.Should().Contain("too long").And.Contain((1024 * 1024).ToString(CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("Not Fuond", "404 Not Found")]
    [InlineData("not foud", "404 Not Found")]
    [InlineData("Gatway Timeout", "504 Gateway Timeout")]
    [InlineData("Unprocessable Entiti", "422 Unprocessable Content")]
    [InlineData("TooManyRequest", "429 Too Many Requests")]
    [InlineData("404 OK", "404 Not Found")]
    public void SuggestsTheCloseStatusGivenATypingMistake(string query, string statusLine)
    {
        CliResult result = Tool.Run(query);

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().EndWith($"did you mean {statusLine}?");
    }

    [Theory]
    [InlineData("abc-not-a-status")]
    [InlineData("banana")]
    [InlineData("Server On Fire")]
    public void SuggestsNothingGivenTextFarFromEveryPhrase(string query)
    {
        CliResult result = Tool.Run(query);

        result.Stderr.Should().NotContain("did you mean");
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("list", "extra")]
    [InlineData("list", "--category", "teapots")]
    [InlineData("list", "--category")]
    [InlineData("table")]
    [InlineData("table", "200", "--format", "yaml")]
    [InlineData("search")]
    [InlineData("404", "list")]
    public void ExitsTwoWithOneLineGivenAWrongCommandLine(params string[] args)
    {
        CliResult result = Tool.Run(args);

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("http-status: ");
    }

    [Theory]
    [InlineData("Nоt Found", "U+043E")]
    [InlineData("٤٠٤", "U+0664")]
    [InlineData("Not Föund", "U+00F6")]
    public void NamesTheNonAsciiCharacterGivenTextThatHoldsOne(string query, string codePoint)
    {
        CliResult result = Tool.Run(query);

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("ASCII").And.Contain(codePoint).And.NotContain("did you mean");
    }

    [Fact]
    public void TreatsTextAsAStatusNotAFileGivenLeadingAtSign()
    {
        CliResult result = Tool.Run("@/etc/passwd");

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("@/etc/passwd");
    }

    [Theory]
    [InlineData("\u001b[31mred")]
    [InlineData("Nоt Found")]
    [InlineData("٤٠٤")]
    [InlineData("\0")]
    [InlineData("HTTP/1.1")]
    [InlineData("404 404 404")]
    [InlineData("\"")]
    [InlineData("[diagram]")]
    [InlineData("-")]
    [InlineData("--")]
    public void NeverFailsWithAStackTraceGivenOddText(string query)
    {
        foreach (string[] args in new[] { new[] { query }, new[] { "search", query }, new[] { "table", query }, new[] { query, "--json" } })
        {
            CliResult result = Tool.Run(args);

            result.ExitCode.Should().BeOneOf(0, 1, 2);
            Tool.HasStackTrace(result.Stderr + result.Stdout).Should().BeFalse();
            result.Stderr.Should().NotContain("\u001b");
            if (result.ExitCode != 0)
            {
                result.StderrLines.Should().ContainSingle();
            }
        }
    }

    [Fact]
    public void GivesExitZeroOrOneForEveryNumberFromMinus1000To1100()
    {
        for (int code = -1000; code <= 1100; code++)
        {
            CliResult result = Tool.Run(code.ToString(CultureInfo.InvariantCulture));

            bool valid = code is >= 100 and <= 599;
            result.ExitCode.Should().Be(valid ? 0 : 1, "for {0}", code);
            if (!valid)
            {
                result.StderrLines.Should().ContainSingle();
            }
        }
    }
}
