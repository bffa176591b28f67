using System.Globalization;
using System.Linq;
using System.Text.Json;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>`--json` writes the record with the documented, stable field names and the catalog's values.</summary>
public sealed class JsonTests
{
    /// <summary>The field names the README documents; changing one breaks users' scripts.</summary>
    internal static readonly string[] RecordFields =
    [
        "code", "reasonPhrase", "statusLine", "name", "category", "description", "whenToExpect", "specification",
        "registration", "equivalentCode", "formerReasonPhrases", "legacyReasonPhrases",
    ];

    internal static readonly string[] SpecificationFields = ["document", "section", "uri"];

    [Theory]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(306)]
    [InlineData(104)]
    public void WritesTheDocumentedFieldsWithTheCatalogValuesGivenCatalogCode(int code)
    {
        HttpStatusInfo info = HttpStatusCatalog.Get(code);

        CliResult result = Tool.Run(code.ToString(CultureInfo.InvariantCulture), "--json");

        result.ExitCode.Should().Be(0);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal(RecordFields);
        root.GetProperty("code").GetInt32().Should().Be(info.Code);
        root.GetProperty("reasonPhrase").GetString().Should().Be(info.ReasonPhrase);
        root.GetProperty("statusLine").GetString().Should().Be($"{info.Code} {info.ReasonPhrase}");
        root.GetProperty("name").GetString().Should().Be(info.Name);
        root.GetProperty("category").GetString().Should().Be((code / 100) switch
        {
            1 => "informational",
            2 => "success",
            3 => "redirection",
            4 => "client-error",
            _ => "server-error",
        });
        root.GetProperty("description").GetString().Should().Be(info.Description);
        root.GetProperty("whenToExpect").GetString().Should().Be(info.WhenToExpect);
        root.GetProperty("registration").GetString().Should().Be(info.Registration.ToString().ToLowerInvariant());
        root.GetProperty("equivalentCode").GetInt32().Should().Be(info.EquivalentCode);
        JsonElement specification = root.GetProperty("specification");
        specification.EnumerateObject().Select(p => p.Name).Should().Equal(SpecificationFields);
        specification.GetProperty("document").GetString().Should().Be(info.Specification.Document);
        specification.GetProperty("section").GetString().Should().Be(info.Specification.Section);
        specification.GetProperty("uri").GetString().Should().Be(info.Specification.Uri.AbsoluteUri);
        root.GetProperty("formerReasonPhrases").EnumerateArray()
            .Select(f => (f.GetProperty("phrase").GetString(), f.GetProperty("specification").GetProperty("document").GetString()))
            .Should().Equal(info.FormerReasonPhrases.Select(f => ((string?)f.Phrase, (string?)f.Specification.Document)));
        root.GetProperty("legacyReasonPhrases").EnumerateArray()
            .Select(l => (l.GetProperty("phrase").GetString(), l.GetProperty("usedBy").GetString()))
            .Should().Equal(info.LegacyReasonPhrases.Select(l => ((string?)l.Phrase, (string?)l.UsedBy)));
    }

    [Fact]
    public void WritesTheClassRecordGivenUnassignedCode()
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run("499", "--json").Stdout);

        json.RootElement.GetProperty("registration").GetString().Should().Be("unassigned");
        json.RootElement.GetProperty("equivalentCode").GetInt32().Should().Be(400);
        json.RootElement.GetProperty("category").GetString().Should().Be("client-error");
    }

    [Fact]
    public void WritesAnApostropheAsItselfGivenTheTeapot()
    {
        Tool.Run("418", "--json").Stdout.Should().Contain("\"reasonPhrase\": \"I'm a teapot\"");
    }

    [Fact]
    public void WritesNothingOnStdoutGivenAnUnknownStatus()
    {
        CliResult result = Tool.Run("banana", "--json");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle();
    }
}
