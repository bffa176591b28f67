using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>One row of Data/unofficial-status-codes.csv: a code, the phrase a vendor gives it (null when none) and where it comes from.</summary>
public sealed record UnofficialRow(int Code, string? Phrase, string Origin)
{
    /// <summary>The vendor the origin column names, through the explicit table below: each origin must match exactly one prefix.</summary>
    public HttpStatusVendor Vendor
    {
        get
        {
            var matches = UnofficialReference.VendorPrefixes.Where(p => Origin.StartsWith(p.Prefix, StringComparison.Ordinal)).ToList();
            matches.Should().ContainSingle("the origin '{0}' must name one vendor", Origin);
            return matches[0].Vendor;
        }
    }
}

/// <summary>The copied reference file of unofficial codes, and how its origin column names vendors.</summary>
public static class UnofficialReference
{
    /// <summary>How the start of the origin column maps to a vendor; written from the file, independently of the library.</summary>
    public static readonly (string Prefix, HttpStatusVendor Vendor)[] VendorPrefixes =
    [
        ("Resumable-requests proposal", HttpStatusVendor.InformalConvention),
        ("Informal convention", HttpStatusVendor.InformalConvention),
        ("Network connect timeout", HttpStatusVendor.InformalConvention),
        ("Apache Web Server (ProxyErrorOverride)", HttpStatusVendor.Apache),
        ("Apache Web Server/cPanel", HttpStatusVendor.ApacheCpanel),
        ("ASP.NET Core", HttpStatusVendor.AspNetCore),
        ("AWS Elastic Load Balancing", HttpStatusVendor.AwsElasticLoadBalancing),
        ("Cloudflare", HttpStatusVendor.Cloudflare),
        ("Esri ArcGIS Server", HttpStatusVendor.EsriArcGis),
        ("Laravel", HttpStatusVendor.Laravel),
        ("Microsoft Exchange ActiveSync", HttpStatusVendor.MicrosoftExchangeActiveSync),
        ("Microsoft IIS", HttpStatusVendor.MicrosoftIis),
        ("Microsoft (MS-WDV WebDAV extensions; IIS)", HttpStatusVendor.MicrosoftIis),
        ("Microsoft Windows Parental Controls", HttpStatusVendor.WindowsParentalControls),
        ("nginx", HttpStatusVendor.Nginx),
        ("Pantheon", HttpStatusVendor.Pantheon),
        ("Twitter", HttpStatusVendor.Twitter),
    ];

    private static readonly Lazy<IReadOnlyList<UnofficialRow>> s_rows = new(() =>
        TestData.ReadCsv("unofficial-status-codes.csv")
            .Select(f => new UnofficialRow(int.Parse(f[0], CultureInfo.InvariantCulture), f[1].Length == 0 ? null : f[1], f[2]))
            .ToList());

    public static IReadOnlyList<UnofficialRow> Rows => s_rows.Value;

    public static TheoryData<int> RowIndexes => new(Enumerable.Range(0, Rows.Count));

    /// <summary>Every value a caller might pass as a vendor: each member, and values that name none.</summary>
    public static IEnumerable<HttpStatusVendor> AnyVendor =>
        Enum.GetValues<HttpStatusVendor>().Concat([(HttpStatusVendor)0, (HttpStatusVendor)(-1), (HttpStatusVendor)15, (HttpStatusVendor)int.MaxValue, (HttpStatusVendor)int.MinValue]);

    /// <summary>Codes around and inside the valid range, and the extremes of int.</summary>
    public static IEnumerable<int> AnyCode => Enumerable.Range(-5, 1010).Concat([int.MinValue, int.MaxValue, 1000, 4440, 44]);
}

/// <summary>The catalog holds exactly the reference file's rows, with the vendors and phrases it names.</summary>
public sealed class UnofficialReferenceTests
{
    public static TheoryData<int> RowIndexes => UnofficialReference.RowIndexes;

    [Theory]
    [MemberData(nameof(RowIndexes))]
    public void CatalogHasTheVendorsPhraseGivenReferenceRow(int index)
    {
        UnofficialRow row = UnofficialReference.Rows[index];

        UnofficialStatusCatalog.TryGet(row.Code, row.Vendor, out UnofficialStatusInfo? info).Should().BeTrue(row.ToString());
        info!.Code.Should().Be(row.Code);
        info.Vendor.Should().Be(row.Vendor);
        if (row.Phrase is null)
        {
            info.ReasonPhrase.Should().BeNull("the vendor documents {0} without a phrase", row.Code);
        }
        else
        {
            new[] { info.ReasonPhrase }.Concat(info.AlternativeReasonPhrases).Should().Contain(row.Phrase);
        }
    }

    [Fact]
    public void EveryEntryAndPhraseComesFromAReferenceRowGivenCatalog()
    {
        var fromCatalog = UnofficialStatusCatalog.All
            .SelectMany(i => new[] { i.ReasonPhrase }.Concat(i.AlternativeReasonPhrases).Select(p => (i.Code, i.Vendor, Phrase: p)))
            .ToList();
        var fromFile = UnofficialReference.Rows.Select(r => (r.Code, r.Vendor, r.Phrase)).ToList();

        fromFile.Should().HaveCount(38);
        fromCatalog.Should().BeEquivalentTo(fromFile);
    }

    [Fact]
    public void ConflictsWithIsTheRegisteredRecordGivenIanaRegistryCopy()
    {
        var registered = TestData.Iana.Select(r => r.Code).ToHashSet();

        foreach (UnofficialStatusInfo info in UnofficialStatusCatalog.All)
        {
            if (registered.Contains(info.Code))
            {
                info.ConflictsWith.Should().BeSameAs(HttpStatusCatalog.Get(info.Code), info.ToString());
            }
            else
            {
                info.ConflictsWith.Should().BeNull(info.ToString());
            }
        }
    }

    [Fact]
    public void ConflictingEntriesAreTheOnesTheFileMarksGivenOriginColumn()
    {
        var marked = UnofficialReference.Rows
            .Where(r => r.Origin.Contains("conflicts with IANA", StringComparison.Ordinal))
            .Select(r => (r.Code, r.Vendor));

        UnofficialStatusCatalog.All.Where(i => i.ConflictsWith is not null).Select(i => (i.Code, i.Vendor))
            .Should().BeEquivalentTo(marked).And.NotBeEmpty();
    }

    [Fact]
    public void AspNetCoreAgreesGivenItsStatusCodesAndReasonPhrases()
    {
        UnofficialStatusCatalog.TryGet(Microsoft.AspNetCore.Http.StatusCodes.Status419AuthenticationTimeout, HttpStatusVendor.AspNetCore, out UnofficialStatusInfo? timeout).Should().BeTrue();
        timeout!.ReasonPhrase.Should().Be(Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(419));
        UnofficialStatusCatalog.TryGet(499, HttpStatusVendor.Nginx, out UnofficialStatusInfo? closed).Should().BeTrue();
        closed!.ReasonPhrase.Should().Be(Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(499));
    }

    [Fact]
    public void CategoryIsTheClassOfTheCodeGivenEveryEntry()
    {
        foreach (UnofficialStatusInfo info in UnofficialStatusCatalog.All)
        {
            info.Category.Should().Be(HttpStatusCatalog.GetCategory(info.Code), info.ToString());
        }
    }

    [Fact]
    public void EveryVendorHasEntriesAndOneDisplayNameGivenVendorEnumeration()
    {
        var names = new List<string>();
        foreach (HttpStatusVendor vendor in Enum.GetValues<HttpStatusVendor>())
        {
            IReadOnlyList<UnofficialStatusInfo> entries = UnofficialStatusCatalog.GetByVendor(vendor);
            entries.Should().NotBeEmpty(vendor.ToString());
            entries.Select(e => e.VendorName).Distinct().Should().ContainSingle().Which.Should().NotBeNullOrWhiteSpace();
            names.Add(entries[0].VendorName);
        }

        names.Should().OnlyHaveUniqueItems();
        UnofficialReference.Rows.Select(r => r.Vendor).Distinct().Should().BeEquivalentTo(Enum.GetValues<HttpStatusVendor>());
    }

    [Fact]
    public void ToStringNamesCodePhraseAndVendorAsUnofficialGivenEveryEntry()
    {
        foreach (UnofficialStatusInfo info in UnofficialStatusCatalog.All)
        {
            string phrase = info.ReasonPhrase is null ? "" : " " + info.ReasonPhrase;
            info.ToString().Should().Be($"{info.Code}{phrase} ({info.VendorName}, unofficial)");
        }

        UnofficialStatusCatalog.TryGet(444, HttpStatusVendor.Nginx, out UnofficialStatusInfo? noResponse).Should().BeTrue();
        noResponse!.ToString().Should().Be("444 No Response (nginx, unofficial)");
        UnofficialStatusCatalog.TryGet(460, HttpStatusVendor.AwsElasticLoadBalancing, out UnofficialStatusInfo? closed).Should().BeTrue();
        closed!.ToString().Should().Be("460 (AWS Elastic Load Balancing, unofficial)");
    }

    /// <summary>
    /// The headings of Cloudflare's 5xx error documentation (cloudflare/cloudflare-docs,
    /// src/content/docs/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/index.mdx @0c50ffa0), written
    /// "Error 520: web server returns an unknown error"; the catalog gives them in title case.
    /// </summary>
    [Theory]
    [InlineData(520, "web server returns an unknown error")]
    [InlineData(521, "web server is down")]
    [InlineData(522, "connection timed out")]
    [InlineData(523, "origin is unreachable")]
    [InlineData(524, "a timeout occurred")]
    [InlineData(525, "SSL handshake failed")]
    [InlineData(526, "invalid SSL certificate")]
    public void PhraseIsTheDocumentationHeadingGivenCloudflareCode(int code, string heading)
    {
        UnofficialStatusCatalog.TryGet(code, HttpStatusVendor.Cloudflare, out UnofficialStatusInfo? info).Should().BeTrue();

        info!.ReasonPhrase.Should().BeEquivalentTo(heading);
    }

    [Fact]
    public void SourceCitesTheDocumentsOfItsRowsGivenEveryEntry()
    {
        foreach (UnofficialStatusInfo info in UnofficialStatusCatalog.All)
        {
            string origins = string.Join("\n", UnofficialReference.Rows.Where(r => r.Code == info.Code && r.Vendor == info.Vendor).Select(r => r.Origin));
            var cited = SourceNames.Where(s => origins.Contains(s.InOrigin, StringComparison.OrdinalIgnoreCase)).ToList();

            cited.Should().NotBeEmpty(info.ToString());
            foreach ((string inOrigin, string inSource, bool vendorDocument) in cited)
            {
                if (vendorDocument)
                {
                    info.Source.Should().Contain(inSource, "{0} has a vendor document ({1}) that its source must name", info, inOrigin);
                }
            }

            cited.Should().Contain(s => info.Source.Contains(s.InSource, StringComparison.Ordinal), "{0} must cite a source of its rows: {1}", info, info.Source);
        }
    }

    /// <summary>How a document appears in the file's origin column, how it is named in a source text, and whether the vendor wrote it.</summary>
    private static readonly (string InOrigin, string InSource, bool VendorDocument)[] SourceNames =
    [
        ("ngx_http_request.h", "ngx_http_request.h", true),
        ("MS-ASHTTP", "MS-ASHTTP", true),
        ("ms-wdv", "MS-WDV", true),
        ("load-balancer-troubleshooting.md", "Troubleshoot your Application Load Balancers", true),
        ("cloudflare-5xx-errors", "Cloudflare 5xx errors", true),
        ("Handler.php", "Handler.php", true),
        ("StatusCodes.cs", "StatusCodes.cs", true),
        ("node-http-status src/index.ts", "node-http-status", false),
        ("laminas-diactoros src/Response.php", "laminas-diactoros", false),
    ];
}

/// <summary>Lookups by code, by code and vendor, and by vendor agree with the reference file for any input.</summary>
public sealed class UnofficialLookupTests
{
    [Fact]
    public void AllIsOrderedByCodeThenVendorWithoutRepeatsGivenCatalog()
    {
        IReadOnlyList<UnofficialStatusInfo> all = UnofficialStatusCatalog.All;

        all.Select(i => (i.Code, (int)i.Vendor)).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        UnofficialStatusCatalog.All.Should().BeSameAs(all);
    }

    [Fact]
    public void GetAllListsEveryVendorsMeaningGivenAnyCode()
    {
        foreach (int code in UnofficialReference.AnyCode)
        {
            var expected = UnofficialReference.Rows.Where(r => r.Code == code).Select(r => r.Vendor).Distinct().Order();

            UnofficialStatusCatalog.GetAll(code).Select(i => i.Vendor).Should().Equal(expected, "code {0}", code);
        }
    }

    [Theory]
    [InlineData(419, new[] { HttpStatusVendor.AspNetCore, HttpStatusVendor.Laravel })]
    [InlineData(499, new[] { HttpStatusVendor.EsriArcGis, HttpStatusVendor.Nginx })]
    [InlineData(530, new[] { HttpStatusVendor.Cloudflare, HttpStatusVendor.Pantheon })]
    public void TellsVendorsApartGivenCodeTwoVendorsUseDifferently(int code, HttpStatusVendor[] vendors)
    {
        IReadOnlyList<UnofficialStatusInfo> meanings = UnofficialStatusCatalog.GetAll(code);

        meanings.Select(m => m.Vendor).Should().Equal(vendors);
        meanings.Select(m => m.ReasonPhrase).Should().OnlyHaveUniqueItems();
        meanings.Select(m => m.Description).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void TryGetFindsExactlyTheReferenceRowsGivenAnyCodeAndAnyVendor()
    {
        var known = UnofficialReference.Rows.Select(r => (r.Code, r.Vendor)).ToHashSet();

        foreach (int code in UnofficialReference.AnyCode)
        {
            foreach (HttpStatusVendor vendor in UnofficialReference.AnyVendor)
            {
                bool found = UnofficialStatusCatalog.TryGet(code, vendor, out UnofficialStatusInfo? info);

                found.Should().Be(known.Contains((code, vendor)), "code {0}, vendor {1}", code, vendor);
                if (found)
                {
                    info!.Code.Should().Be(code);
                    info.Vendor.Should().Be(vendor);
                    UnofficialStatusCatalog.All.Should().Contain(e => ReferenceEquals(e, info));
                }
                else
                {
                    info.Should().BeNull();
                }
            }
        }
    }

    [Fact]
    public void GetByVendorListsTheVendorsCodesGivenAnyVendor()
    {
        foreach (HttpStatusVendor vendor in UnofficialReference.AnyVendor)
        {
            var expected = UnofficialReference.Rows.Where(r => r.Vendor == vendor).Select(r => r.Code).Distinct().Order();

            UnofficialStatusCatalog.GetByVendor(vendor).Select(i => i.Code).Should().Equal(expected, "vendor {0}", vendor);
            UnofficialStatusCatalog.GetByVendor(vendor).Where(i => i.Vendor != vendor).Should().BeEmpty();
        }
    }

    [Fact]
    public void ListsAreSharedGivenRepeatedCalls()
    {
        UnofficialStatusCatalog.GetAll(419).Should().BeSameAs(UnofficialStatusCatalog.GetAll(419));
        UnofficialStatusCatalog.GetAll(404).Should().BeSameAs(UnofficialStatusCatalog.GetAll(-1)).And.BeEmpty();
        UnofficialStatusCatalog.GetByVendor(HttpStatusVendor.Nginx).Should().BeSameAs(UnofficialStatusCatalog.GetByVendor(HttpStatusVendor.Nginx));
    }
}

/// <summary>The vendor-aware Describe never lets an unofficial meaning shadow a registered code.</summary>
public sealed class UnofficialDescribeTests
{
    [Theory]
    [InlineData(451, HttpStatusVendor.MicrosoftExchangeActiveSync, "451 Unavailable For Legal Reasons")]
    [InlineData(103, HttpStatusVendor.InformalConvention, "103 Early Hints")]
    public void RegisteredRecordWinsGivenVendorThatUsesARegisteredCodeDifferently(int code, HttpStatusVendor vendor, string expected)
    {
        UnofficialStatusCatalog.TryGet(code, vendor, out UnofficialStatusInfo? vendorMeaning).Should().BeTrue("the vendor does use {0}", code);

        VendorStatusDescription description = UnofficialStatusCatalog.Describe(code, vendor);

        description.IsUnofficial.Should().BeFalse();
        description.Unofficial.Should().BeNull();
        description.Standard.Should().BeSameAs(HttpStatusCatalog.Get(code));
        description.ToString().Should().Be(expected);
        description.Description.Should().Be(HttpStatusCatalog.Get(code).Description).And.NotBe(vendorMeaning!.Description);
    }

    [Fact]
    public void VendorMeaningAppliesGivenUnassignedCodeTheVendorUses()
    {
        VendorStatusDescription description = UnofficialStatusCatalog.Describe(444, HttpStatusVendor.Nginx);

        description.IsUnofficial.Should().BeTrue();
        UnofficialStatusCatalog.TryGet(444, HttpStatusVendor.Nginx, out UnofficialStatusInfo? nginx).Should().BeTrue();
        description.Unofficial.Should().BeSameAs(nginx);
        description.Standard.Should().BeSameAs(HttpStatusCatalog.Describe(444));
        description.Standard.Registration.Should().Be(HttpStatusRegistration.Unassigned);
        description.Code.Should().Be(444);
        description.Category.Should().Be(HttpStatusCategory.ClientError);
        description.Description.Should().Be(nginx!.Description);
        description.ToString().Should().Be("444 No Response (nginx, unofficial)");
    }

    [Fact]
    public void StandardReadingGivenVendorThatDoesNotUseTheCode()
    {
        VendorStatusDescription description = UnofficialStatusCatalog.Describe(444, HttpStatusVendor.Cloudflare);

        description.IsUnofficial.Should().BeFalse();
        description.Standard.Should().BeSameAs(HttpStatusCatalog.Describe(444));
        description.ToString().Should().Be("444 Unassigned");
    }

    [Fact]
    public void FollowsTheRuleGivenAnyCodeAndAnyVendor()
    {
        foreach (int code in UnofficialReference.AnyCode)
        {
            bool registered = HttpStatusCatalog.TryGet(code, out _);
            foreach (HttpStatusVendor vendor in UnofficialReference.AnyVendor)
            {
                VendorStatusDescription description = UnofficialStatusCatalog.Describe(code, vendor);
                UnofficialStatusCatalog.TryGet(code, vendor, out UnofficialStatusInfo? vendorMeaning);

                description.Unofficial.Should().BeSameAs(registered ? null : vendorMeaning, "code {0}, vendor {1}", code, vendor);
                description.Code.Should().Be(code);
                description.Standard.Registration.Should().Be(HttpStatusCatalog.Describe(code).Registration);
                description.Category.Should().Be(HttpStatusCatalog.Describe(code).Category);
            }
        }
    }

    [Fact]
    public void NeverDescribesAConflictingEntryGivenEveryVendor()
    {
        var conflicting = UnofficialStatusCatalog.All.Where(i => i.ConflictsWith is not null).ToList();
        conflicting.Should().NotBeEmpty();

        foreach (UnofficialStatusInfo info in conflicting)
        {
            foreach (HttpStatusVendor vendor in UnofficialReference.AnyVendor)
            {
                UnofficialStatusCatalog.Describe(info.Code, vendor).Standard.Should().BeSameAs(info.ConflictsWith);
                UnofficialStatusCatalog.Describe(info.Code, vendor).Unofficial.Should().BeNull();
            }
        }
    }

    [Fact]
    public void ReturnsTheSameInstanceGivenRepeatedCallsForAValidCode()
    {
        UnofficialStatusCatalog.Describe(499, HttpStatusVendor.Cloudflare).Should().BeSameAs(UnofficialStatusCatalog.Describe(499, HttpStatusVendor.Cloudflare));
        UnofficialStatusCatalog.Describe(499, HttpStatusVendor.Nginx).Should().BeSameAs(UnofficialStatusCatalog.Describe(499, HttpStatusVendor.Nginx));
        UnofficialStatusCatalog.Describe(404, HttpStatusVendor.Nginx).Should().BeSameAs(UnofficialStatusCatalog.Describe(404, HttpStatusVendor.Cloudflare));
    }

    [Fact]
    public void EveryThreadGetsTheSameDescriptionGivenThreadsRacingOnTheCache()
    {
        int[] codes = Enumerable.Range(100, 500).ToArray();
        const int Threads = 8;
        var seen = new VendorStatusDescription[Threads][];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            IEnumerable<int> order = t % 2 == 0 ? codes : codes.Reverse();
            var results = order.ToDictionary(c => c, c => UnofficialStatusCatalog.Describe(c, HttpStatusVendor.Twitter));
            seen[t] = codes.Select(c => results[c]).ToArray();
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (int i = 0; i < codes.Length; i++)
        {
            seen.Select(s => s[i]).Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle("code {0}", codes[i]);
        }
    }
}

/// <summary>The default lookups know nothing of unofficial codes.</summary>
public sealed class DefaultLookupsStayRegisteredOnlyTests
{
    [Fact]
    public void CatalogDoesNotKnowNginx444GivenCodeOrPhrase()
    {
        HttpStatusCatalog.TryGet(444, out _).Should().BeFalse();
        HttpStatusCatalog.TryFind("No Response", out _).Should().BeFalse();
        HttpStatusCatalog.TryFind("444 No Response", out _).Should().BeFalse();
        HttpStatusCatalog.Describe(444).Registration.Should().Be(HttpStatusRegistration.Unassigned);
    }

    [Fact]
    public void NoLookupReturnsAnUnofficialCodeGivenEveryEntry()
    {
        foreach (UnofficialStatusInfo info in UnofficialStatusCatalog.All)
        {
            string code = info.Code.ToString(CultureInfo.InvariantCulture);
            HttpStatusCatalog.TryGet(info.Code, out HttpStatusInfo? registered).Should().Be(info.ConflictsWith is not null, info.ToString());
            registered.Should().BeSameAs(info.ConflictsWith);

            foreach (string phrase in new[] { info.ReasonPhrase }.Concat(info.AlternativeReasonPhrases).OfType<string>())
            {
                // Some phrases are also standard ones ("Unauthorized" is 401); they must still never resolve to the unofficial code.
                if (HttpStatusCatalog.TryFind(phrase, out HttpStatusInfo? found))
                {
                    found.Code.Should().NotBe(info.Code, "'{0}' is {1}'s phrase, not the registry's", phrase, info);
                }

                // As a status line it finds the registered code when there is one (the code decides; RFC 9112, Section 4),
                // never the unofficial record, and nothing for a code outside the registry.
                HttpStatusCatalog.TryFind(code + " " + phrase, out HttpStatusInfo? line);
                line.Should().Match<HttpStatusInfo?>(l => l == null || ReferenceEquals(l, info.ConflictsWith), "{0} {1} is not an unofficial lookup", code, phrase);
                if (info.ConflictsWith is null)
                {
                    line.Should().BeNull("{0} is not a registered code", code);
                }
            }
        }
    }
}

/// <summary>Nothing the unofficial catalog hands out can be changed.</summary>
public sealed class UnofficialImmutabilityTests
{
    [Fact]
    public void ListsAreNotCastableToAnythingMutableGivenEveryList()
    {
        var lists = new List<IReadOnlyList<UnofficialStatusInfo>> { UnofficialStatusCatalog.All, UnofficialStatusCatalog.GetAll(419), UnofficialStatusCatalog.GetAll(200) };
        lists.AddRange(Enum.GetValues<HttpStatusVendor>().Select(UnofficialStatusCatalog.GetByVendor));

        foreach (IReadOnlyList<UnofficialStatusInfo> list in lists)
        {
            AssertNotMutable(list);
        }

        foreach (UnofficialStatusInfo info in UnofficialStatusCatalog.All)
        {
            AssertNotMutable(info.AlternativeReasonPhrases);
        }
    }

    [Theory]
    [InlineData("UnofficialStatusCatalog.All[0] = UnofficialStatusCatalog.All[1];")]
    [InlineData("UnofficialStatusCatalog.GetAll(444)[0].ReasonPhrase = \"Found\";")]
    [InlineData("var changed = UnofficialStatusCatalog.All[0] with { Code = 200 };")]
    [InlineData("var changed = UnofficialStatusCatalog.Describe(444, HttpStatusVendor.Nginx) with { Unofficial = null };")]
    [InlineData("var made = new UnofficialStatusInfo(444, \"No Response\", HttpStatusVendor.Nginx, \"d\", \"s\", new string[0]);")]
    [InlineData("var made = new VendorStatusDescription(HttpStatusCatalog.NotFound, null);")]
    public void DoesNotCompileGivenCodeThatWouldChangeOrForgeAnEntry(string statement)
    {
        string source = "using HttpStatusKit;\nstatic class Attempt { static void Run() { " + statement + " } }";

        Compiler.Errors(source).Should().NotBeEmpty();
    }

    [Fact]
    public void CompilesGivenTheSameHarnessWithAReadOnlyStatement()
    {
        string source = "using HttpStatusKit;\nstatic class Attempt { static void Run() { var text = UnofficialStatusCatalog.Describe(444, HttpStatusVendor.Nginx).Unofficial?.ReasonPhrase; } }";

        Compiler.Errors(source).Should().BeEmpty();
    }

    private static void AssertNotMutable<T>(IReadOnlyList<T> list)
    {
        list.Should().NotBeAssignableTo<IList>()
            .And.NotBeAssignableTo<IList<T>>()
            .And.NotBeAssignableTo<ICollection<T>>()
            .And.NotBeAssignableTo<T[]>();
    }
}

/// <summary>The unofficial lookups allocate nothing once started.</summary>
public sealed class UnofficialAllocationTests
{
    private const int Calls = 10_000;

    [Fact]
    public void LookupsAllocateNothingGivenHitsAndMisses()
    {
        HttpStatusVendor[] vendors = UnofficialReference.AnyVendor.ToArray();

        Allocations.AssertNone(() =>
        {
            int sum = 0;
            for (int i = 0; i < Calls; i++)
            {
                int code = 90 + (i % 530);
                HttpStatusVendor vendor = vendors[i % vendors.Length];
                sum += UnofficialStatusCatalog.GetAll(code).Count;
                sum += UnofficialStatusCatalog.TryGet(code, vendor, out UnofficialStatusInfo? info) ? info.Code : 0;
                sum += UnofficialStatusCatalog.GetByVendor(vendor).Count;

                // Values outside 100 to 599 get a new invalid record, as HttpStatusCatalog.Describe does; valid codes are cached.
                sum += UnofficialStatusCatalog.Describe(100 + (i % 500), vendor).ToString().Length;
                sum += UnofficialStatusCatalog.All[i % UnofficialStatusCatalog.All.Count].ToString().Length;
            }

            return sum;
        });
    }
}
