using System.IO;
using System.Linq;
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

    private static string? Summary(string id) =>
        s_docs.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == id)?.Element("summary")?.Value.Trim();
}
