using System;
using System.Linq;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

public sealed class SpecificationTests
{
    [Fact]
    public void LinksToTheSectionOnRfcEditorGivenRfcReference()
    {
        SpecificationReference specification = HttpStatusCatalog.NotFound.Specification;

        specification.Document.Should().Be("RFC 9110");
        specification.Section.Should().Be("15.5.5");
        specification.ToString().Should().Be("RFC 9110, Section 15.5.5");
        specification.Uri.Should().Be(new Uri("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"));
    }

    [Fact]
    public void EveryLinkIsHttpsAndMentionsItsDocumentGivenEveryRecord()
    {
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            Uri uri = info.Specification.Uri;
            string document = info.Specification.Document.Replace("RFC ", "rfc", StringComparison.Ordinal);

            uri.Scheme.Should().Be("https", info.ToString());
            uri.AbsolutePath.Should().Contain(document, info.ToString());
            if (info.Specification.Section is { } section)
            {
                uri.Fragment.Should().Be("#section-" + section, info.ToString());
            }
        }
    }

    [Fact]
    public void FormerPhrasesMatchReferenceWithTheirRfcSectionGivenSemanticsData()
    {
        var expected = TestData.Facts("former_phrase")
            .Where(r => r.Value != HttpStatusCatalog.Get(r.First).ReasonPhrase)
            .Select(r => (r.First, r.Value, r.Source.Replace("RFC", "RFC ", StringComparison.Ordinal)))
            .ToList();

        var actual = HttpStatusCatalog.All
            .SelectMany(i => i.FormerReasonPhrases.Select(f => (i.Code, f.Phrase, f.Specification.ToString())))
            .ToList();

        actual.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void LegacyPhrasesMatchReferenceGivenSemanticsDataAndServerPhrases()
    {
        // Libraries' legacy phrases from semantics.csv, and what servers send from server-reason-phrases.csv, where
        // several programs may send one phrase in different cases ("Connection established", "Connection Established").
        var expected = TestData.Facts("nonstandard_legacy_phrase").Select(r => (r.First, r.Value.ToUpperInvariant()))
            .Concat(ServerPhrases.Rows.Where(r => r.Kind is "legacy" or "mislabel").Select(r => (r.Code, r.Phrase.ToUpperInvariant())))
            .Distinct();

        var actual = HttpStatusCatalog.All.SelectMany(i => i.LegacyReasonPhrases.Select(l => (i.Code, l.Phrase.ToUpperInvariant())));

        actual.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void FormatsWithSourceGivenFormerAndLegacyPhrase()
    {
        HttpStatusCatalog.ContentTooLarge.FormerReasonPhrases.Select(f => f.ToString())
            .Should().Equal("Request Entity Too Large (RFC 2616, Section 10.4.14)", "Payload Too Large (RFC 7231, Section 6.5.11)");
        HttpStatusCatalog.Unused.LegacyReasonPhrases.Should().ContainSingle()
            .Which.ToString().Should().StartWith("Switch Proxy (used by ");
    }

    [Theory]
    [InlineData(104, HttpStatusRegistration.Provisional)]
    [InlineData(306, HttpStatusRegistration.Reserved)]
    [InlineData(418, HttpStatusRegistration.Reserved)]
    [InlineData(510, HttpStatusRegistration.Obsoleted)]
    [InlineData(404, HttpStatusRegistration.Registered)]
    public void RegistrationFollowsTheRegistryGivenSpecialCode(int code, HttpStatusRegistration registration)
    {
        HttpStatusCatalog.Get(code).Registration.Should().Be(registration);
    }

    [Fact]
    public void EverySourceDocumentCodeIsInTheCatalogGivenTheFiveDocuments()
    {
        // The codes the five source documents name (see docs/articles/reconciliation.md).
        int[] sourceCodes = [200, 201, 202, 203, 204, 300, 301, 302, 303, 304, 307, 400, 401, 403, 404, 405, 406, 408, 409, 410, 412, 413, 414, 415, 429, 500, 501, 502, 503, 504];

        sourceCodes.Where(code => !HttpStatusCatalog.TryGet(code, out HttpStatusInfo? _)).Should().BeEmpty();
    }
}
