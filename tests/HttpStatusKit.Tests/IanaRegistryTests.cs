using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>The table against the dated copy of the IANA registry in Data/iana-status-codes.csv.</summary>
public sealed partial class IanaRegistryTests
{
    /// <summary>
    /// Codes whose catalog phrase differs from the registry's on purpose. The registry lists 306 and 418 as
    /// "(Unused)": the catalog drops the parentheses for 306 and keeps 418's well-known phrase.
    /// </summary>
    private static readonly (int Code, string RegistryPhrase, string CatalogPhrase)[] s_phraseExceptions =
    [
        (306, "(Unused)", "Unused"),
        (418, "(Unused)", "I'm a teapot"),
    ];

    public static TheoryData<int> RegistryCodes => new(TestData.Iana.Select(r => r.Code));

    [Fact]
    public void CatalogHoldsExactlyTheRegistryCodesGivenTheDatedCopy()
    {
        HttpStatusCatalog.All.Select(i => i.Code).Should().Equal(TestData.Iana.Select(r => r.Code));
    }

    [Theory]
    [MemberData(nameof(RegistryCodes))]
    public void ReasonPhraseMatchesRegistryGivenRegistryCode(int code)
    {
        IanaRow row = TestData.Iana.Single(r => r.Code == code);
        string expected = AnnotationPattern().Replace(row.Description, "");
        var exception = s_phraseExceptions.SingleOrDefault(e => e.Code == code);
        if (exception.Code == code)
        {
            row.Description.Should().Be(exception.RegistryPhrase);
            expected = exception.CatalogPhrase;
        }

        HttpStatusCatalog.Get(code).ReasonPhrase.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(RegistryCodes))]
    public void RegistrationMatchesRegistryAnnotationGivenRegistryCode(int code)
    {
        IanaRow row = TestData.Iana.Single(r => r.Code == code);
        HttpStatusRegistration expected =
            row.Description == "(Unused)" ? HttpStatusRegistration.Reserved
            : row.Description.Contains("(TEMPORARY", System.StringComparison.Ordinal) ? HttpStatusRegistration.Provisional
            : row.Description.Contains("(OBSOLETED)", System.StringComparison.Ordinal) ? HttpStatusRegistration.Obsoleted
            : HttpStatusRegistration.Registered;

        HttpStatusCatalog.Get(code).Registration.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(RegistryCodes))]
    public void RegistrationExpiresIsTheRegistrysExpiryDateGivenRegistryCode(int code)
    {
        IanaRow row = TestData.Iana.Single(r => r.Code == code);
        Match expires = ExpiresPattern().Match(row.Description);
        DateTime? expected = expires.Success
            ? DateTime.ParseExact(expires.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
            : null;

        DateTime? actual = HttpStatusCatalog.Get(code).RegistrationExpires;

        actual.Should().Be(expected);
        actual?.Kind.Should().Be(DateTimeKind.Utc);
        actual?.TimeOfDay.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void OnlyTheProvisionalRecordHasAnExpiryDateGivenTheDatedCopy()
    {
        var withDate = HttpStatusCatalog.All.Where(i => i.RegistrationExpires is not null).Select(i => i.Code);
        var provisional = HttpStatusCatalog.All.Where(i => i.Registration == HttpStatusRegistration.Provisional).Select(i => i.Code);

        withDate.Should().Equal(provisional).And.Equal(104);
        HttpStatusCatalog.Describe(105).RegistrationExpires.Should().BeNull();
        HttpStatusCatalog.Describe(1000).RegistrationExpires.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(RegistryCodes))]
    public void SpecificationMatchesRegistryReferenceGivenRegistryCode(int code)
    {
        string reference = TestData.Iana.Single(r => r.Code == code).Reference;
        SpecificationReference specification = HttpStatusCatalog.Get(code).Specification;

        Match rfc = RfcPattern().Match(reference);
        if (rfc.Success)
        {
            specification.Document.Should().Be("RFC " + rfc.Groups["number"].Value);
            if (rfc.Groups["section"].Success)
            {
                specification.Section.Should().Be(rfc.Groups["section"].Value);
            }
            else
            {
                specification.Section.Should().NotBeNullOrEmpty("the catalog cites the section that defines the code");
            }
        }
        else
        {
            specification.Document.Should().Be(reference);
        }
    }

    [GeneratedRegex(@"\(TEMPORARY\b[^)]*\bexpires (?<date>\d{4}-\d{2}-\d{2})\)")]
    private static partial Regex ExpiresPattern();

    [GeneratedRegex(@"\s*\([A-Z][A-Z -]*[^)]*\)$")]
    private static partial Regex AnnotationPattern();

    [GeneratedRegex(@"^RFC(?<number>\d+)(, Section (?<section>[\d.]+))?")]
    private static partial Regex RfcPattern();
}
