using System;
using System.Linq;
using System.Text.Json;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>
/// `--category` and `--format` take their values from the enumerations themselves: every member, named in kebab case
/// by System.Text.Json's policy, is accepted, listed in the help and named in the error for a wrong value.
/// </summary>
public sealed class OptionChoicesTests
{
    private static readonly string[] CategoryNames = Enum.GetValues<HttpStatusCategory>().Select(c => JsonNamingPolicy.KebabCaseLower.ConvertName(c.ToString())).ToArray();

    private static readonly string[] FormatNames = Enum.GetValues<TableFormat>().Select(f => JsonNamingPolicy.KebabCaseLower.ConvertName(f.ToString())).ToArray();

    [Fact]
    public void ListsEveryClassGivenListHelpAndAWrongClass()
    {
        string help = Tool.Run("list", "--help").Stdout;
        string error = Tool.Run("list", "--category", "teapots").Stderr;

        CategoryNames.Should().HaveCount(5).And.Contain("client-error");
        foreach (string name in CategoryNames)
        {
            help.Should().Contain(name);
            error.Should().Contain(name);
        }
    }

    [Fact]
    public void ListsEveryFormatGivenTableHelpAndAWrongFormat()
    {
        string help = Tool.Run("table", "--help").Stdout;
        string error = Tool.Run("table", "200", "--format", "yaml").Stderr;

        FormatNames.Should().Equal("markdown", "csv", "json", "html");
        foreach (string name in FormatNames)
        {
            help.Should().Contain(name);
            error.Should().Contain(name);
        }
    }

    [Theory]
    [InlineData("client-error", HttpStatusCategory.ClientError)]
    [InlineData("ClientError", HttpStatusCategory.ClientError)]
    [InlineData("SERVER-ERROR", HttpStatusCategory.ServerError)]
    [InlineData(" success ", HttpStatusCategory.Success)]
    public void AcceptsTheKebabCaseOrMemberNameInAnyCaseGivenCategory(string value, HttpStatusCategory category)
    {
        CliResult result = Tool.Run("list", "--category", value, "--json");

        result.ExitCode.Should().Be(0);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        json.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetInt32() / 100).Distinct().Should().Equal((int)category);
    }

    [Fact]
    public void AcceptsEveryMemberGivenCategoryOrFormat()
    {
        foreach (string name in CategoryNames)
        {
            Tool.Run("list", "--category", name).ExitCode.Should().Be(0, name);
        }

        foreach (string name in FormatNames)
        {
            Tool.Run("table", "200", "--format", name).ExitCode.Should().Be(0, name);
        }
    }

    [Theory]
    [InlineData("list", "--category", "6xx")]
    [InlineData("list", "--category", "client error")]
    [InlineData("table", "200", "--format", "md")]
    public void ExitsTwoWithOneLineGivenAValueOutsideTheChoices(params string[] args)
    {
        CliResult result = Tool.Run(args);

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().Contain($"'{args[^1]}' is not a");
    }
}
