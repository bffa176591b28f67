using System.Globalization;
using System.Linq;
using System.Text.Json;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>`http-status list` prints one line per catalog code, for the whole catalog or one class.</summary>
public sealed class ListTests
{
    private static int[] Codes(CliResult result) =>
        result.StdoutLines.Skip(1).Select(l => int.Parse(l[..3], CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void ListsEveryCatalogCodeInOrderGivenNoCategory()
    {
        CliResult result = Tool.Run("list");

        result.ExitCode.Should().Be(0);
        Codes(result).Should().Equal(HttpStatusCatalog.All.Select(i => i.Code));
        foreach ((string line, HttpStatusInfo info) in result.StdoutLines.Skip(1).Zip(HttpStatusCatalog.All))
        {
            line.Should().Contain(info.ReasonPhrase);
        }
    }

    [Theory]
    [InlineData("informational", HttpStatusCategory.Informational)]
    [InlineData("success", HttpStatusCategory.Success)]
    [InlineData("redirection", HttpStatusCategory.Redirection)]
    [InlineData("client-error", HttpStatusCategory.ClientError)]
    [InlineData("server-error", HttpStatusCategory.ServerError)]
    [InlineData("4xx", HttpStatusCategory.ClientError)]
    [InlineData("5XX", HttpStatusCategory.ServerError)]
    [InlineData("Client-Error", HttpStatusCategory.ClientError)]
    public void ListsOnlyThatClassGivenCategory(string value, HttpStatusCategory category)
    {
        CliResult result = Tool.Run("list", "--category", value);

        result.ExitCode.Should().Be(0);
        Codes(result).Should().Equal(HttpStatusCatalog.All.Where(i => i.Category == category).Select(i => i.Code));
    }

    [Fact]
    public void AcceptsTheShortOptionGivenDashC()
    {
        Codes(Tool.Run("list", "-c", "2xx")).Should().Equal(HttpStatusCatalog.All.Where(i => i.Code / 100 == 2).Select(i => i.Code));
    }

    [Fact]
    public void WritesAnArrayOfTheClassGivenJson()
    {
        CliResult result = Tool.Run("list", "--category", "redirection", "--json");

        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        json.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetInt32())
            .Should().Equal(HttpStatusCatalog.All.Where(i => i.Category == HttpStatusCategory.Redirection).Select(i => i.Code));
    }
}
