using System.Collections.Generic;

namespace HttpStatusKit.Cli;

/// <summary>
/// What the tool shows for one status: its standard reading and the vendor meanings that go with it, for a lookup, a
/// search hit or a list entry alike.
/// </summary>
/// <param name="Standard">The standard reading of the code: its registered record, or the unassigned record that says how a client handles it.</param>
/// <param name="VendorMeanings">
/// Found through the standard reading: every vendor meaning of the code, or only that of <paramref name="Vendor"/>.
/// Found through a vendor's phrase or description (<paramref name="ByVendor"/>): the vendor meanings that matched.
/// </param>
/// <param name="ByVendor">True when the text matched a vendor meaning rather than the standard reading.</param>
/// <param name="Vendor">The vendor that <c>--vendor</c> named, or null.</param>
internal sealed record StatusAnswer(HttpStatusInfo Standard, IReadOnlyList<UnofficialStatusInfo> VendorMeanings, bool ByVendor, HttpStatusVendor? Vendor)
{
    /// <summary>The standard record, with the code's vendor meanings (only those of <paramref name="vendor"/> when given).</summary>
    public static StatusAnswer ForStandard(HttpStatusInfo standard, HttpStatusVendor? vendor) =>
        new(standard, VendorMeaningsOf(standard.Code, vendor), false, vendor);

    /// <summary>Vendor meanings of one code that the text matched, with the standard reading of that code.</summary>
    public static StatusAnswer ForVendorMeanings(IReadOnlyList<UnofficialStatusInfo> meanings, HttpStatusVendor? vendor) =>
        new(HttpStatusCatalog.Describe(meanings[0].Code), meanings, true, vendor);

    /// <summary>Every vendor meaning of a code, or the one of <paramref name="vendor"/>.</summary>
    public static IReadOnlyList<UnofficialStatusInfo> VendorMeaningsOf(int code, HttpStatusVendor? vendor) =>
        vendor is null ? UnofficialStatusCatalog.GetAll(code)
        : UnofficialStatusCatalog.TryGet(code, vendor.Value, out UnofficialStatusInfo? meaning) ? [meaning]
        : [];
}
