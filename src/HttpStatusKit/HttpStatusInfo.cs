using System;
using System.Collections.Generic;

namespace HttpStatusKit;

/// <summary>
/// One HTTP status code with everything the catalog knows about it: reason phrase, category, description,
/// when to expect it, the specification that defines it, its registration status and its former names.
/// Instances are immutable and shared; obtain them from <see cref="HttpStatusCatalog"/>.
/// </summary>
public sealed partial record HttpStatusInfo
{
    private readonly string _statusLine;
    private readonly StatusSemantics _semantics;

    internal HttpStatusInfo(
        int code,
        string name,
        string reasonPhrase,
        SpecificationReference specification,
        HttpStatusRegistration registration,
        int equivalentCode,
        string description,
        string whenToExpect,
        IReadOnlyList<FormerReasonPhrase> formerReasonPhrases,
        IReadOnlyList<LegacyReasonPhrase> legacyReasonPhrases,
        StatusSemantics semantics,
        DateTime? registrationExpires = null)
    {
        Code = code;
        Name = name;
        ReasonPhrase = reasonPhrase;
        Specification = specification;
        Registration = registration;
        RegistrationExpires = registrationExpires;
        EquivalentCode = equivalentCode;
        Category = (HttpStatusCategory)(equivalentCode / 100);
        Description = description;
        Summary = TextRules.FirstSentence(description);
        WhenToExpect = whenToExpect;
        FormerReasonPhrases = formerReasonPhrases;
        LegacyReasonPhrases = legacyReasonPhrases;
        _semantics = semantics;
        _statusLine = TextRules.Decimal(code) + " " + reasonPhrase;
    }

    /// <summary>The three-digit status code, such as 404. For a record from <see cref="HttpStatusCatalog.Describe(int)"/>, the value that was described.</summary>
    public int Code { get; }

    /// <summary>
    /// The reason phrase as the IANA registry writes it, without its annotations, such as <c>"Not Found"</c>.
    /// Where the registry lists "(Unused)", 418 keeps <c>"I'm a teapot"</c>, the phrase of RFC 2324, Section 2.3.2, and
    /// 306 is <c>"Unused"</c>. Records from
    /// <see cref="HttpStatusCatalog.Describe(int)"/> for codes outside the catalog say <c>"Unassigned"</c> or <c>"Invalid"</c>.
    /// </summary>
    public string ReasonPhrase { get; }

    /// <summary>
    /// The identifier form of the reason phrase, such as <c>"NotFound"</c>: the name of the matching member of
    /// <see cref="HttpStatusCatalog"/> and constant of <see cref="HttpStatus"/>.
    /// </summary>
    public string Name { get; }

    /// <summary>
    /// The class a client handles this status as, from the first digit of <see cref="EquivalentCode"/>:
    /// the code's own class for every value in 100 to 599, and <see cref="HttpStatusCategory.ServerError"/> for an
    /// invalid value (RFC 9110, Section 15).
    /// </summary>
    public HttpStatusCategory Category { get; }

    /// <summary>What the status means, in a few sentences; the first sentence stands alone as a one-line summary.</summary>
    public string Description { get; }

    /// <summary>
    /// The first sentence of <see cref="Description"/>, which stands alone as a one-line summary, such as
    /// <c>"The origin server has no current representation for the target resource, or will not disclose that one exists."</c> for 404
    /// </summary>
    public string Summary { get; }

    /// <summary>When an application typically meets this status, and what a client usually does about it.</summary>
    public string WhenToExpect { get; }

    /// <summary>The specification and section that define the status, with a link to it.</summary>
    public SpecificationReference Specification { get; }

    /// <summary>Where the code stands in the IANA registry: registered, provisional, reserved or obsoleted (or unassigned or invalid for records from <see cref="HttpStatusCatalog.Describe(int)"/>).</summary>
    public HttpStatusRegistration Registration { get; }

    /// <summary>
    /// The day a <see cref="HttpStatusRegistration.Provisional"/> registration expires, as the IANA registry states it
    /// ("expires 2026-11-13" for 104 in the registry copy this catalog was built from), at midnight UTC with
    /// <see cref="DateTime.Kind"/> <see cref="DateTimeKind.Utc"/>; <see langword="null"/> for every other registration.
    /// </summary>
    /// <remarks>
    /// Only the date is meaningful: compare it with a date, such as <c>DateTime.UtcNow.Date</c>. The catalog does not act on
    /// the date. A record stays <see cref="HttpStatusRegistration.Provisional"/> after its expiry date has passed, with
    /// the same date, until a release built from a newer copy of the registry says that the registration was extended,
    /// made permanent or removed; the registry can be slow to record any of these.
    /// </remarks>
    public DateTime? RegistrationExpires { get; }

    /// <summary>
    /// The code a client handles this response as: <see cref="Code"/> itself for a catalog code, the x00 code of its
    /// class for an unassigned code (499 is handled as 400), and 500 for an invalid value (RFC 9110, Section 15).
    /// </summary>
    public int EquivalentCode { get; }

    /// <summary>Reason phrases that earlier RFCs used for this code, oldest first; empty when it was never renamed.</summary>
    public IReadOnlyList<FormerReasonPhrase> FormerReasonPhrases { get; }

    /// <summary>Reason phrases that no RFC gives this code but that widely used software still sends for it; usually empty.</summary>
    public IReadOnlyList<LegacyReasonPhrase> LegacyReasonPhrases { get; }

    /// <summary>The semantic facts behind the properties in HttpStatusInfo.Semantics.cs and HttpStatusInfo.Retry.cs.</summary>
    internal StatusSemantics Semantics => _semantics;

    /// <summary>Returns the status line form, code and reason phrase, such as <c>404 Not Found</c>. Does not allocate.</summary>
    /// <returns>The code, a space and <see cref="ReasonPhrase"/>.</returns>
    public override string ToString() => _statusLine;
}
