namespace HttpStatusKit;

/// <summary>
/// Where a status code stands in the IANA HTTP Status Code Registry
/// (<see href="https://www.iana.org/assignments/http-status-codes/">iana.org/assignments/http-status-codes</see>).
/// </summary>
public enum HttpStatusRegistration
{
    /// <summary>Permanently registered with a published specification.</summary>
    Registered,

    /// <summary>
    /// Registered temporarily while its specification is still a draft (IANA marks it "TEMPORARY"); it may change or
    /// expire. <see cref="HttpStatusInfo.RegistrationExpires"/> gives the expiry date the registry states.
    /// </summary>
    Provisional,

    /// <summary>
    /// Registered as "(Unused)": the code is reserved and not available for a new use (306 and 418, RFC 9110, Sections
    /// 15.4.7 and 15.5.19); RFC 9110 allows 418 to be re-assigned if future circumstances require it.
    /// </summary>
    Reserved,

    /// <summary>Registered, but the registry marks it obsoleted because its specification is now Historic (510).</summary>
    Obsoleted,

    /// <summary>
    /// A code in 100 to 599 that the registry has not assigned; only <see cref="HttpStatusCatalog.Describe(int)"/> returns
    /// such records. A client treats it as the x00 code of its class (RFC 9110, Section 15).
    /// </summary>
    Unassigned,

    /// <summary>
    /// A value outside 100 to 599, which is not a valid HTTP status code; only <see cref="HttpStatusCatalog.Describe(int)"/>
    /// returns such records. A client processes such a response as a 5xx server error (RFC 9110, Section 15).
    /// </summary>
    Invalid,
}
