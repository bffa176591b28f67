using System.Collections.Generic;
using System.Globalization;

namespace HttpStatusKit;

/// <summary>
/// A status code that is not in the IANA registry but that one vendor gives a meaning, such as nginx's 444 No Response.
/// The record says who uses it, what it means there and where that comes from. Instances are immutable and shared;
/// obtain them from <see cref="UnofficialStatusCatalog"/>. <see cref="HttpStatusCatalog"/> never returns them.
/// </summary>
public sealed record UnofficialStatusInfo
{
    private readonly string _text;

    internal UnofficialStatusInfo(
        int code,
        string? reasonPhrase,
        HttpStatusVendor vendor,
        string description,
        string source,
        IReadOnlyList<string> alternativeReasonPhrases)
    {
        Code = code;
        ReasonPhrase = reasonPhrase;
        Vendor = vendor;
        VendorName = UnofficialStatusCatalog.NameOf(vendor);
        Description = description;
        Summary = TextRules.FirstSentence(description);
        Source = source;
        AlternativeReasonPhrases = alternativeReasonPhrases;
        Category = (HttpStatusCategory)(code / 100);
        ConflictsWith = HttpStatusCatalog.TryGet(code, out HttpStatusInfo? registered) ? registered : null;
        _text = code.ToString(CultureInfo.InvariantCulture) + (reasonPhrase is null ? "" : " " + reasonPhrase) + " (" + VendorName + ", unofficial)";
    }

    /// <summary>The three-digit status code, such as 444.</summary>
    public int Code { get; }

    /// <summary>
    /// The reason phrase the vendor or the lists that document the code give it, such as <c>"No Response"</c>;
    /// <see langword="null"/> where the vendor documents the code without one (AWS 460, 463 and 464, Cloudflare 530).
    /// </summary>
    public string? ReasonPhrase { get; }

    /// <summary>Other phrases that software uses for the same code with the same meaning, such as <c>"Connection Closed Without Response"</c> for nginx's 444; usually empty.</summary>
    public IReadOnlyList<string> AlternativeReasonPhrases { get; }

    /// <summary>Who uses the code with this meaning.</summary>
    public HttpStatusVendor Vendor { get; }

    /// <summary>The vendor's name for display, such as <c>"nginx"</c> or <c>"AWS Elastic Load Balancing"</c>.</summary>
    public string VendorName { get; }

    /// <summary>The class of the code from its first digit; a client that does not know the code handles it as the x00 code of this class (RFC 9110, Section 15).</summary>
    public HttpStatusCategory Category { get; }

    /// <summary>What the code means for this vendor and when it is met, in one to three sentences; the first stands alone as a summary.</summary>
    public string Description { get; }

    /// <summary>The first sentence of <see cref="Description"/>, which stands alone as a one-line summary.</summary>
    public string Summary { get; }

    /// <summary>The vendor document or source file the meaning comes from, or the lists that carry it when the vendor documents nothing, as plain text.</summary>
    public string Source { get; }

    /// <summary>
    /// The registered record with the same code, such as 451 Unavailable For Legal Reasons for Exchange ActiveSync's
    /// 451 Redirect; <see langword="null"/> when the code is not in <see cref="HttpStatusCatalog"/>. When it is set, the
    /// registered meaning is the standard one and <see cref="UnofficialStatusCatalog.Describe(int, HttpStatusVendor)"/> returns it.
    /// </summary>
    public HttpStatusInfo? ConflictsWith { get; }

    /// <summary>Returns the code, the phrase if there is one, and the vendor, such as <c>444 No Response (nginx, unofficial)</c>. Does not allocate.</summary>
    /// <returns>The code, <see cref="ReasonPhrase"/> and <see cref="VendorName"/>, marked unofficial.</returns>
    public override string ToString() => _text;
}
