using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>
/// The vendors' unofficial codes: a lookup shows the registry standing first and then every vendor meaning, marked as
/// not standard; <c>--vendor</c> narrows to one vendor; a vendor's phrase finds its meaning, never a registered code;
/// <c>list --unofficial</c> and <c>search</c> show them too, in text and in JSON. The expected codes and phrases come
/// from the reference file of unofficial codes.
/// </summary>
public sealed class VendorTests
{
    private const string Heading = "Vendor meanings (not standard)";

    private static readonly string[] VendorNames = Enum.GetValues<HttpStatusVendor>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())).ToArray();

    public static TheoryData<int, string> ReferenceRows
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (UnofficialRow row in UnofficialReference.Rows)
            {
                data.Add(row.Code, row.Phrase);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void ShowsTheRegistryStandingThenEveryVendorMeaningGivenAnUnofficialCode(int code, string phrase)
    {
        CliResult result = Tool.Run(code.ToString(CultureInfo.InvariantCulture));

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be(HttpStatusCatalog.Describe(code).ToString());
        string flat = result.FlatStdout;
        int heading = flat.IndexOf(Heading, StringComparison.Ordinal);
        heading.Should().BeGreaterThan(flat.IndexOf("Registration:", StringComparison.Ordinal));
        flat.IndexOf("When to expect", StringComparison.Ordinal).Should().BeLessThan(heading);
        flat[heading..].Should().Contain(phrase.Length > 0 ? phrase : code.ToString(CultureInfo.InvariantCulture) + " (")
            .And.Contain(", unofficial)").And.Contain("not standard;");
    }

    [Fact]
    public void ShowsTheStandardMeaningThenTheVendorUseGivenExchange451()
    {
        CliResult result = Tool.Run("451");

        result.StdoutLines[0].Should().Be("451 Unavailable For Legal Reasons");
        string afterHeading = result.FlatStdout[result.FlatStdout.IndexOf(Heading, StringComparison.Ordinal)..];
        afterHeading.Should().Contain("451 Redirect (Exchange ActiveSync, unofficial)")
            .And.Contain("451 is registered as Unavailable For Legal Reasons (RFC 7725, Section 3)");
    }

    [Theory]
    [InlineData("404")]
    [InlineData("450 ")]
    [InlineData("not found")]
    public void ShowsNoVendorSectionGivenACodeNoVendorUsesDifferently(string query)
    {
        CliResult result = Tool.Run(query);

        UnofficialReference.Rows.Should().NotContain(r => r.Code == 404);
        (result.Stdout.Contains(Heading, StringComparison.Ordinal)).Should().Be(query.StartsWith("450", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nginx", "Client Closed Request", "Token Required")]
    [InlineData("NGINX", "Client Closed Request", "Token Required")]
    [InlineData("esri-arc-gis", "Token Required", "Client Closed Request")]
    [InlineData("EsriArcGis", "Token Required", "Client Closed Request")]
    public void ShowsOnlyThatVendorsMeaningGivenVendor(string vendor, string shown, string hidden)
    {
        CliResult result = Tool.Run("499", "--vendor", vendor);

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be("499 Unassigned");
        result.FlatStdout.Should().Contain(shown).And.NotContain(hidden);
    }

    [Fact]
    public void SaysTheStandardMeaningAppliesGivenAVendorThatDoesNotUseTheCode()
    {
        CliResult result = Tool.Run("404", "--vendor", "nginx");

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be("404 Not Found");
        result.FlatStdout.Should().Contain("No nginx meaning of 404 is known; the standard meaning above applies.");
    }

    [Theory]
    [InlineData("client closed request", "499 Client Closed Request (nginx, unofficial)")]
    [InlineData("Page Expired", "419 Page Expired (Laravel, unofficial)")]
    [InlineData("web-server-is-down", "521 Web Server Is Down (Cloudflare, unofficial)")]
    [InlineData("Connection Closed Without Response", "444 No Response (nginx, unofficial)")]
    [InlineData("499 Client Closed Request", "499 Client Closed Request (nginx, unofficial)")]
    public void FindsTheVendorMeaningLabelledAsVendorUseGivenItsPhraseAlone(string phrase, string statusLine)
    {
        CliResult result = Tool.Run(phrase);

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be(statusLine);
        result.FlatStdout.Should().Contain("Standing: not standard;").And.NotContain("Registration:");
    }

    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void NeverShowsAVendorPhraseAsARegisteredStatusGivenEveryReferencePhrase(int code, string phrase)
    {
        CliResult result = Tool.Run(phrase.Length == 0 ? "(none)" : phrase);

        if (HttpStatusCatalog.TryFind(phrase, out HttpStatusInfo? registered))
        {
            // The registry wins: 561 Unauthorized (AWS) is looked up as 401 Unauthorized.
            result.StdoutLines[0].Should().Be(registered.ToString());
        }
        else if (phrase.Length > 0)
        {
            result.StdoutLines[0].Should().StartWith(code.ToString(CultureInfo.InvariantCulture) + " ").And.EndWith(", unofficial)");
            result.Stdout.Should().NotContain("Registration:");
        }
    }

    [Fact]
    public void MarksTheClashGivenTheVendorPhraseOfARegisteredCode()
    {
        CliResult result = Tool.Run("Checkpoint");

        result.StdoutLines[0].Should().Be("103 Checkpoint (informal convention, unofficial)");
        result.FlatStdout.Should().Contain("not standard; 103 is registered as Early Hints");
    }

    [Fact]
    public void ExitsOneWithOneLineGivenTheVendorPhraseOfAnotherVendor()
    {
        CliResult result = Tool.Run("client closed request", "--vendor", "cloudflare");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("nginx (499)").And.Contain("Cloudflare");
    }

    [Fact]
    public void SuggestsTheVendorMeaningGivenATypingMistakeInItsPhrase()
    {
        CliResult result = Tool.Run("Client Closed Reqest");

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().EndWith("did you mean 499 Client Closed Request (nginx, unofficial)?");
    }

    [Fact]
    public void WritesEveryVendorMeaningGivenJsonLookupOfAnUnofficialCode()
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run("499", "--json").Stdout);

        JsonElement root = json.RootElement;
        root.GetProperty("registration").GetString().Should().Be("unassigned");
        JsonElement[] meanings = root.GetProperty("vendorMeanings").EnumerateArray().ToArray();
        meanings.Select(m => m.GetProperty("reasonPhrase").GetString()).Should().BeEquivalentTo(UnofficialReference.Rows.Where(r => r.Code == 499).Select(r => r.Phrase));
        meanings.Select(m => m.GetProperty("vendor").GetString()).Should().BeEquivalentTo("nginx", "esri-arc-gis");
        foreach (JsonElement meaning in meanings)
        {
            meaning.EnumerateObject().Select(p => p.Name).Should().Equal(JsonTests.VendorMeaningFields);
            meaning.GetProperty("code").GetInt32().Should().Be(499);
            meaning.GetProperty("statusLine").GetString().Should().EndWith(", unofficial)");
            meaning.GetProperty("category").GetString().Should().Be("client-error");
            meaning.GetProperty("conflictsWith").ValueKind.Should().Be(JsonValueKind.Null);
        }
    }

    [Fact]
    public void WritesTheClashGivenJsonLookupOf451()
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run("451", "--json").Stdout);

        json.RootElement.GetProperty("reasonPhrase").GetString().Should().Be("Unavailable For Legal Reasons");
        JsonElement meaning = json.RootElement.GetProperty("vendorMeanings").EnumerateArray().Single();
        meaning.GetProperty("reasonPhrase").GetString().Should().Be("Redirect");
        meaning.GetProperty("vendor").GetString().Should().Be("microsoft-exchange-active-sync");
        meaning.GetProperty("vendorName").GetString().Should().Be("Exchange ActiveSync");
        meaning.GetProperty("conflictsWith").GetString().Should().Be("451 Unavailable For Legal Reasons");
    }

    [Theory]
    [InlineData("404")]
    [InlineData("404", "--vendor", "nginx")]
    [InlineData("499", "--vendor", "cloudflare")]
    public void WritesAnEmptyArrayGivenJsonLookupWithoutVendorMeanings(params string[] args)
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run([.. args, "--json"]).Stdout);

        json.RootElement.GetProperty("vendorMeanings").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("client closed request")]
    [InlineData("499", "--vendor", "nginx")]
    public void WritesTheCodesStandardRecordWithOnlyTheNginxMeaningGivenJson(params string[] args)
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run([.. args, "--json"]).Stdout);

        json.RootElement.GetProperty("statusLine").GetString().Should().Be("499 Unassigned");
        json.RootElement.GetProperty("vendorMeanings").EnumerateArray().Single().GetProperty("statusLine").GetString()
            .Should().Be("499 Client Closed Request (nginx, unofficial)");
    }

    [Fact]
    public void ListsEveryUnofficialCodeOfTheReferenceFileGivenListUnofficial()
    {
        CliResult result = Tool.Run("list", "--unofficial");

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().MatchRegex("^Code +Reason phrase +Vendor +Category$");
        int[] codes = result.StdoutLines.Skip(1).Select(l => int.Parse(l[..3], CultureInfo.InvariantCulture)).ToArray();
        codes.Should().BeInAscendingOrder();
        codes.Distinct().Should().Equal(UnofficialReference.Rows.Select(r => r.Code).Distinct().Order());
        foreach (UnofficialRow row in UnofficialReference.Rows.Where(r => r.Phrase.Length > 0 && r.Phrase != "Connection Closed Without Response"))
        {
            result.StdoutLines.Should().Contain(l => l.StartsWith(row.Code.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) && l.Contains(row.Phrase, StringComparison.Ordinal), row.Phrase);
        }
    }

    [Fact]
    public void ListsOnlyThatVendorsCodesGivenListUnofficialAndVendor()
    {
        CliResult result = Tool.Run("list", "--unofficial", "--vendor", "nginx");

        result.ExitCode.Should().Be(0);
        result.StdoutLines.Skip(1).Select(l => int.Parse(l[..3], CultureInfo.InvariantCulture))
            .Should().Equal(UnofficialReference.Rows.Where(r => r.Origin.StartsWith("nginx", StringComparison.Ordinal)).Select(r => r.Code).Distinct().Order());
        result.StdoutLines.Skip(1).Should().OnlyContain(l => l.Contains("  nginx  ", StringComparison.Ordinal));
    }

    [Fact]
    public void ListsOnlyThatClassGivenListUnofficialAndCategory()
    {
        CliResult result = Tool.Run("list", "--unofficial", "--category", "5xx");

        result.StdoutLines.Skip(1).Select(l => int.Parse(l[..3], CultureInfo.InvariantCulture))
            .Should().Equal(UnofficialReference.Rows.Where(r => r.Code >= 500).GroupBy(r => (r.Code, r.Origin.Split(' ')[0])).Select(g => g.Key.Code).Order());
    }

    [Fact]
    public void ExitsOneWithOneLineGivenAVendorAndClassWithoutCodes()
    {
        CliResult result = Tool.Run("list", "--unofficial", "--vendor", "nginx", "--category", "server-error");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("nginx");
    }

    [Fact]
    public void WritesVendorMeaningObjectsGivenListUnofficialJson()
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run("list", "--unofficial", "--vendor", "cloudflare", "--json").Stdout);

        JsonElement[] items = json.RootElement.EnumerateArray().ToArray();
        items.Select(i => i.GetProperty("code").GetInt32())
            .Should().Equal(UnofficialReference.Rows.Where(r => r.Origin.StartsWith("Cloudflare", StringComparison.Ordinal)).Select(r => r.Code).Distinct().Order());
        foreach (JsonElement item in items)
        {
            item.EnumerateObject().Select(p => p.Name).Should().Equal(JsonTests.VendorMeaningFields);
            item.GetProperty("vendor").GetString().Should().Be("cloudflare");
        }
    }

    [Fact]
    public void RanksVendorMeaningsAfterEveryStandardMatchGivenSearch()
    {
        string[] hits = Tool.Run("search", "timeout").StdoutLines.Where(l => !l.StartsWith(' ')).ToArray();

        int firstVendor = Array.FindIndex(hits, h => h.EndsWith(", unofficial)", StringComparison.Ordinal));
        firstVendor.Should().BePositive();
        hits.Take(firstVendor).Where(h => !HttpStatusCatalog.TryFind(h, out _)).Should().BeEmpty("standard matches come first");
        hits.Skip(firstVendor).Should().OnlyContain(h => h.EndsWith(", unofficial)", StringComparison.Ordinal))
            .And.Contain("524 A Timeout Occurred (Cloudflare, unofficial)");
    }

    [Fact]
    public void FindsTheVendorMeaningByItsPhraseGivenSearch()
    {
        CliResult result = Tool.Run("search", "client", "closed");

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be("499 Client Closed Request (nginx, unofficial)");
    }

    [Fact]
    public void KeepsOnlyThatVendorsMeaningsAndEveryStandardMatchGivenSearchAndVendor()
    {
        string[] all = Tool.Run("search", "timeout").StdoutLines.Where(l => !l.StartsWith(' ')).ToArray();
        string[] cloudflare = Tool.Run("search", "timeout", "--vendor", "cloudflare").StdoutLines.Where(l => !l.StartsWith(' ')).ToArray();

        cloudflare.Should().Equal(all.Where(h => !h.EndsWith(", unofficial)", StringComparison.Ordinal) || h.EndsWith("(Cloudflare, unofficial)", StringComparison.Ordinal)));
        cloudflare.Should().Contain(h => h.EndsWith("(Cloudflare, unofficial)", StringComparison.Ordinal));
    }

    [Fact]
    public void WritesTheCodesRecordWithTheMatchedMeaningGivenSearchJson()
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run("search", "client", "closed", "--json").Stdout);

        JsonElement hit = json.RootElement.EnumerateArray().First();
        hit.GetProperty("statusLine").GetString().Should().Be("499 Unassigned");
        hit.GetProperty("vendorMeanings").EnumerateArray().Select(m => m.GetProperty("vendor").GetString()).Should().Equal("nginx");
    }

    [Fact]
    public void ListsEveryVendorGivenHelpAndAnUnknownVendor()
    {
        string help = Tool.Run("--help").Stdout;
        CliResult unknown = Tool.Run("444", "--vendor", "akamai");

        unknown.ExitCode.Should().Be(2);
        unknown.StderrLines.Should().ContainSingle().Which.Should().Contain("'akamai' is not a vendor");
        VendorNames.Should().Contain(["nginx", "cloudflare", "aws-elastic-load-balancing"]);
        foreach (string name in VendorNames)
        {
            help.Should().Contain(name);
            unknown.Stderr.Should().Contain(name);
            Tool.Run("list", "--unofficial", "--vendor", name.ToUpperInvariant()).ExitCode.Should().Be(0, name);
        }
    }

    [Theory]
    [InlineData("list", "--vendor", "nginx")]
    [InlineData("--vendor", "nginx", "list", "--unofficial")]
    [InlineData("table", "200", "--vendor", "nginx")]
    [InlineData("444", "--vendor", "nginx", "--vendor", "cloudflare")]
    [InlineData("444", "--vendor")]
    [InlineData("search", "--vendor", "nginx")]
    [InlineData("list", "--unofficial", "--vendor", "bogus")]
    [InlineData("search", "timeout", "--vendor", "nginx-plus")]
    [InlineData("list", "--unofficial", "extra")]
    public void ExitsTwoWithOneLineGivenABadCombination(params string[] args)
    {
        CliResult result = Tool.Run(args);

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("http-status: ");
    }
}
