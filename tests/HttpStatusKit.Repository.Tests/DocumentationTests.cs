using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.RepositoryTests;

/// <summary>The XML documentation of the generated members agrees with the table it documents.</summary>
public sealed class DocumentationTests
{
    private static readonly XDocument s_docs = XDocument.Load(
        Path.ChangeExtension(typeof(HttpStatusCatalog).Assembly.Location, ".xml"));

    [Fact]
    public void NamedMemberAndConstantSummariesNameStatusAndSectionGivenEveryRecord()
    {
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            string expected = $"{info.Code} {info.ReasonPhrase}, {info.Specification}.";

            Summary($"P:HttpStatusKit.HttpStatusCatalog.{info.Name}").Should().Be(expected);
            Summary($"F:HttpStatusKit.HttpStatus.{info.Name}").Should().Be(expected);
        }
    }

    [Fact]
    public void EveryIncludeFoundItsListGivenBuiltDocumentation()
    {
        string xml = File.ReadAllText(Path.ChangeExtension(typeof(HttpStatusCatalog).Assembly.Location, ".xml"));

        xml.Should().NotContain("No matching elements were found", "every <include> of Table/StatusLists.xml names a list that exists");
        xml.Should().NotContain("<include ", "the compiler replaces every <include> with the list it names");
    }

    [Fact]
    public void PreservedCitesTheSectionsThatStateTheRuleGivenBuiltDocumentation()
    {
        string summary = Summary("F:HttpStatusKit.HttpRedirectMethod.Preserved")!;

        // RFC 9110, Section 15.4.9 (308) says nothing about the method; Section 15.4 and RFC 7538, Section 3 do.
        summary.Should().Contain("RFC 9110, Section 15.4)").And.Contain("RFC 9110, Section 15.4.8").And.Contain("RFC 7538, Section 3");
        summary.Should().NotContain("15.4.9");
    }

    [Fact]
    public void DoNotRetryKeepsTheUserActionConditionOf507GivenBuiltDocumentation()
    {
        string summary = Summary("F:HttpStatusKit.HttpRetryAdvice.DoNotRetry")!;

        summary.Should().Contain("507").And.Contain("user action").And.Contain("RFC 4918, Section 11.5");
    }

    [Fact]
    public void ReservedDoesNotForbidReassignmentGivenBuiltDocumentation()
    {
        // RFC 9110, Section 15.5.19: 418 "can be re-assigned" if future circumstances require it.
        string summary = Summary("F:HttpStatusKit.HttpStatusRegistration.Reserved")!;

        summary.Should().NotContain("must not").And.Contain("re-assigned");
    }

    [Fact]
    public void TooEarlyAdviceCitesBothSectionsOfRfc8470GivenBuiltDocumentation()
    {
        string summary = Summary("F:HttpStatusKit.HttpRetryAdvice.RetryWithoutEarlyData")!;

        summary.Should().Contain("must repeat it (RFC 8470, Section 4)").And.Contain("should do so automatically").And.Contain("must not be sent in early data");
    }

    /// <summary>The summary of a member, its white space collapsed as a reader sees it.</summary>
    private static string? Summary(string id) =>
        s_docs.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == id)?.Element("summary") is { } summary
            ? Regex.Replace(summary.Value, @"\s+", " ").Trim()
            : null;
}
