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
        "code", "reasonPhrase", "statusLine", "name", "category", "description", "summary", "whenToExpect", "specification",
        "registration", "registrationExpires", "equivalentCode", "formerReasonPhrases", "legacyReasonPhrases",
        "isInterim", "isFinal", "isHeuristicallyCacheable", "mustNotBeStored", "contentRule", "redirectMethod", "isDeprecated",
        "expectedHeaders", "retryAdvice", "problemType", "problemTitle", "vendorMeanings",
    ];

    internal static readonly string[] VendorMeaningFields =
    [
        "code", "reasonPhrase", "statusLine", "alternativeReasonPhrases", "vendor", "vendorName", "category", "description",
        "summary", "source", "conflictsWith",
    ];

    internal static readonly string[] SpecificationFields = ["document", "section", "uri"];

    internal static readonly string[] HeaderFields = ["name", "requirement", "condition", "specification"];

    [Theory]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(306)]
    [InlineData(104)]
    [InlineData(405)]
    [InlineData(503)]
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
        root.GetProperty("summary").GetString().Should().Be(info.Summary);
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
        root.GetProperty("isInterim").GetBoolean().Should().Be(info.IsInterim);
        root.GetProperty("isFinal").GetBoolean().Should().Be(info.IsFinal);
        root.GetProperty("isHeuristicallyCacheable").GetBoolean().Should().Be(info.IsHeuristicallyCacheable);
        root.GetProperty("mustNotBeStored").GetBoolean().Should().Be(info.MustNotBeStored);
        root.GetProperty("isDeprecated").GetBoolean().Should().Be(info.IsDeprecated);
        root.GetProperty("contentRule").GetString().Should().Be(JsonNamingPolicy.KebabCaseLower.ConvertName(info.ContentRule.ToString()));
        root.GetProperty("redirectMethod").GetString().Should().Be(JsonNamingPolicy.KebabCaseLower.ConvertName(info.RedirectMethod.ToString()));
        root.GetProperty("retryAdvice").GetString().Should().Be(JsonNamingPolicy.KebabCaseLower.ConvertName(info.RetryAdvice.ToString()));
        root.GetProperty("expectedHeaders").EnumerateArray()
            .Select(h => (h.GetProperty("name").GetString(), h.GetProperty("requirement").GetString(), h.GetProperty("condition").GetString(), h.GetProperty("specification").GetProperty("uri").GetString()))
            .Should().Equal(info.ExpectedHeaders.Select(h => ((string?)h.Name, (string?)h.Requirement.ToString().ToLowerInvariant(), h.Condition, (string?)h.Specification.Uri.AbsoluteUri)));
        root.GetProperty("problemType").GetString().Should().Be(info.ProblemType.AbsoluteUri);
        root.GetProperty("problemTitle").GetString().Should().Be(info.ProblemTitle);
    }

    [Theory]
    [InlineData("503", "retryAdvice", "after-delay")]
    [InlineData("413", "retryAdvice", "only-with-retry-after")]
    [InlineData("425", "retryAdvice", "retry-without-early-data")]
    [InlineData("200", "retryAdvice", "not-applicable")]
    [InlineData("205", "contentRule", "must-be-empty")]
    [InlineData("303", "redirectMethod", "changes-to-get")]
    [InlineData("302", "redirectMethod", "may-change-to-get")]
    [InlineData("499", "registration", "unassigned")]
    [InlineData("104", "registration", "provisional")]
    [InlineData("104", "registrationExpires", "2026-11-13")]
    [InlineData("500", "category", "server-error")]
    public void WritesEnumerationValuesInKebabCaseGivenSemantics(string code, string field, string value)
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run(code, "--json").Stdout);

        json.RootElement.GetProperty(field).GetString().Should().Be(value);
    }

    [Fact]
    public void WritesTheAllowHeaderAsRequiredGiven405()
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run("405", "--json").Stdout);

        JsonElement allow = json.RootElement.GetProperty("expectedHeaders").EnumerateArray().Single(h => h.GetProperty("name").GetString() == "Allow");
        allow.EnumerateObject().Select(p => p.Name).Should().Equal(HeaderFields);
        allow.GetProperty("requirement").GetString().Should().Be("must");
        allow.GetProperty("specification").GetProperty("document").GetString().Should().Be("RFC 9110");
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
