namespace HttpStatusKit.Tests;

public sealed class TryGetTests
{
    public static TheoryData<int> AllCodes => new(System.Linq.Enumerable.Select(HttpStatusCatalog.All, i => i.Code));

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void ReturnsTrueWithSameInstanceAsAllGivenCatalogCode(int code)
    {
        bool found = HttpStatusCatalog.TryGet(code, out HttpStatusInfo? info);

        found.Should().BeTrue();
        info.Should().BeSameAs(System.Linq.Enumerable.Single(HttpStatusCatalog.All, i => i.Code == code));
    }

    [Fact]
    public void ReturnsFalseForEveryOtherValueGivenRangeAroundValidCodes()
    {
        var catalog = new System.Collections.Generic.HashSet<int>(System.Linq.Enumerable.Select(HttpStatusCatalog.All, i => i.Code));

        for (int code = -1000; code <= 2000; code++)
        {
            bool found = HttpStatusCatalog.TryGet(code, out HttpStatusInfo? info);

            found.Should().Be(catalog.Contains(code), "code {0}", code);
            (info is not null).Should().Be(found);
        }
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(int.MinValue + 100)]
    [InlineData(int.MaxValue)]
    public void ReturnsFalseGivenExtremeValue(int code)
    {
        bool found = HttpStatusCatalog.TryGet(code, out HttpStatusInfo? info);

        found.Should().BeFalse();
        info.Should().BeNull();
    }
}
