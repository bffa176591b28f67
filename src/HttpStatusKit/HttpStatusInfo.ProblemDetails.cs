using System;
using System.Threading;

namespace HttpStatusKit;

// The "type" and "title" members of a Problem Details object (RFC 9457) for a response that has no more specific problem type.
public sealed partial record HttpStatusInfo
{
    private static readonly Uri?[] s_problemTypes = new Uri?[500];

    /// <summary>
    /// The problem type URI for a Problem Details object (RFC 9457, Section 3.1.1) that says no more than this status:
    /// the link to the section that defines the status, in the form ASP.NET Core uses for its own problem responses,
    /// such as <c>https://tools.ietf.org/html/rfc9110#section-15.5.5</c> for 404, so a problem has the same type
    /// whichever of the two produced it (422 aside; see the remarks). A status defined by an Internet-Draft (104) links to the draft on
    /// datatracker.ietf.org. An unassigned code or an invalid value has no defining section and gives
    /// <c>about:blank</c>, the type RFC 9457, Section 4.2.1 defines for a problem with no semantics beyond its status.
    /// The same instance is returned on every call.
    /// </summary>
    /// <remarks>
    /// The type is an identifier that consumers compare as a string (RFC 9457, Section 3.1.1), which is why it keeps the
    /// tools.ietf.org form rather than <see cref="SpecificationReference.Uri"/>, the reading link on rfc-editor.org; both
    /// lead to the same section. It matches ASP.NET Core's default type for every code that has one, except 422: ASP.NET
    /// Core links it to its former definition (RFC 4918, Section 11.2), this property to RFC 9110, Section 15.5.21. For
    /// the codes without a default, ASP.NET Core writes no type, which RFC 9457, Section 3.1.1 reads as about:blank.
    /// </remarks>
    public Uri ProblemType
    {
        get
        {
            if (Registration is HttpStatusRegistration.Unassigned or HttpStatusRegistration.Invalid)
            {
                return AboutBlank.Uri;
            }

            int index = Code - 100;
            return Volatile.Read(ref s_problemTypes[index])
                ?? Interlocked.CompareExchange(ref s_problemTypes[index], CreateProblemType(Specification), null)
                ?? s_problemTypes[index]!;
        }
    }

    /// <summary>
    /// The problem title for a Problem Details object (RFC 9457, Section 3.1.3) that says no more than this status: the
    /// reason phrase, such as <c>"Not Found"</c>, which is what RFC 9457, Section 4.2.1 asks for with <c>about:blank</c>.
    /// An unassigned code or an invalid value, which has no phrase of its own, gives the name of the class a client handles
    /// it as, such as <c>"Client Error"</c> for 499 and <c>"Server Error"</c> for 600. Does not allocate.
    /// </summary>
    /// <remarks>
    /// <para>
    /// ASP.NET Core 10 gives its own default title for 400, 401, 403 to 417, 421, 422, 426 and 500 to 505, and otherwise
    /// takes the title from its ReasonPhrases table. Its titles differ from this property for 422 ("Unprocessable Entity",
    /// the RFC 4918 phrase), 500 (the sentence "An error occurred while processing your request."), 306 ("Switch Proxy"),
    /// the unassigned 419 and 499 ("Authentication Timeout" and "Client Closed Request", where this property gives
    /// "Client Error"), and 103, 104 and 425, which ReasonPhrases lacks, so ASP.NET Core sets no title; the other
    /// unassigned codes get no title from ASP.NET Core.
    /// </para>
    /// <para>
    /// The title of 418, "I'm a teapot", is the phrase of RFC 2324, Section 2.3.2; RFC 9110, Section 15.5.19, which
    /// <see cref="ProblemType"/> links to, only reserves the code.
    /// </para>
    /// </remarks>
    public string ProblemTitle => Registration is HttpStatusRegistration.Unassigned or HttpStatusRegistration.Invalid
        ? Category switch
        {
            HttpStatusCategory.Informational => "Informational",
            HttpStatusCategory.Success => "Success",
            HttpStatusCategory.Redirection => "Redirection",
            HttpStatusCategory.ClientError => "Client Error",
            _ => "Server Error",
        }
        : ReasonPhrase;

    private static Uri CreateProblemType(SpecificationReference specification)
    {
        const string RfcPrefix = "RFC ";
        if (!specification.Document.StartsWith(RfcPrefix, StringComparison.Ordinal))
        {
            return specification.Uri;
        }

        string link = "https://tools.ietf.org/html/rfc" + specification.Document.Remove(0, RfcPrefix.Length)
            + (specification.Section is null ? "" : "#section-" + specification.Section);
        return new Uri(link);
    }

    /// <summary>
    /// Holds <c>about:blank</c> apart from the other static fields of the record, so that it is created when a problem
    /// type first needs it: the first <see cref="System.Uri"/> of a process costs milliseconds.
    /// </summary>
    private static class AboutBlank
    {
        internal static readonly Uri Uri = new("about:blank");
    }
}
