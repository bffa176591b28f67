using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>`http-status &lt;status&gt;` prints the whole record, whichever way the status is written.</summary>
public sealed class LookupTests
{
    public static IEnumerable<object[]> CatalogCodes => HttpStatusCatalog.All.Select(i => new object[] { i.Code });

    [Theory]
    [InlineData("404")]
    [InlineData("not found")]
    [InlineData("NotFound")]
    [InlineData("404 Not Found")]
    [InlineData("NOT_FOUND")]
    public void PrintsTheRecordOf404GivenAnyFormOfIt(string query)
    {
        CliResult result = Tool.Run(query);

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        result.StdoutLines[0].Should().Be("404 Not Found");
    }

    [Fact]
    public void JoinsSeveralWordsIntoOnePhraseGivenUnquotedWords()
    {
        CliResult result = Tool.Run("not", "found");

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be("404 Not Found");
    }

    [Theory]
    [MemberData(nameof(CatalogCodes))]
    public void ShowsEveryFieldOfTheRecordGivenCatalogCode(int code)
    {
        HttpStatusInfo info = HttpStatusCatalog.Get(code);

        CliResult result = Tool.Run(code.ToString(CultureInfo.InvariantCulture));

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be($"{info.Code} {info.ReasonPhrase}");
        string flat = result.FlatStdout;
        flat.Should().Contain(CliResult.Flatten(info.Description));
        flat.Should().Contain(CliResult.Flatten(info.WhenToExpect));
        flat.Should().Contain(info.Specification.ToString());
        flat.Should().Contain(info.Specification.Uri.AbsoluteUri);
        flat.Should().Contain(info.Category switch
        {
            HttpStatusCategory.Informational => "Informational (1xx)",
            HttpStatusCategory.Success => "Success (2xx)",
            HttpStatusCategory.Redirection => "Redirection (3xx)",
            HttpStatusCategory.ClientError => "Client Error (4xx)",
            _ => "Server Error (5xx)",
        });
        flat.Should().Contain(info.Registration == HttpStatusRegistration.Registered ? "Registered" : info.Registration.ToString());
        foreach (FormerReasonPhrase former in info.FormerReasonPhrases)
        {
            flat.Should().Contain($"{former.Phrase} ({former.Specification})");
        }

        foreach (LegacyReasonPhrase legacy in info.LegacyReasonPhrases)
        {
            flat.Should().Contain(legacy.Phrase);
        }
    }

    [Fact]
    public void ShowsFormerPhrasesGivenARenamedCodeByItsOldName()
    {
        CliResult result = Tool.Run("Request Entity Too Large");

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be("413 Content Too Large");
        result.FlatStdout.Should().Contain("Request Entity Too Large (RFC 2616, Section 10.4.14)");
        result.FlatStdout.Should().Contain("Payload Too Large (RFC 7231, Section 6.5.11)");
    }

    [Theory]
    [InlineData(499, 400, "Client Error (4xx)")]
    [InlineData(299, 200, "Success (2xx)")]
    [InlineData(599, 500, "Server Error (5xx)")]
    [InlineData(150, 100, "Informational (1xx)")]
    public void DescribesTheCodeByItsClassGivenUnassignedCode(int code, int classCode, string classTitle)
    {
        HttpStatusCatalog.TryGet(code, out _).Should().BeFalse("the test needs a code the registry has not assigned");

        CliResult result = Tool.Run(code.ToString(CultureInfo.InvariantCulture));

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Be($"{code} Unassigned");
        result.FlatStdout.Should().Contain(classTitle);
        result.FlatStdout.Should().Contain($"handled as {HttpStatusCatalog.Get(classCode)}");
    }
}
