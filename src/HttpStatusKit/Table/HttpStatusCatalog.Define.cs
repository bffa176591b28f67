using System;

namespace HttpStatusKit;

// How the entries of the generated table (HttpStatusCatalog.Table.cs, from StatusTable.yaml) become records: each
// entry's Create method calls Define once, when the record is first needed (see HttpStatusCatalog.Record).
public static partial class HttpStatusCatalog
{
    private static HttpStatusInfo Define(
        int code,
        string name,
        string reasonPhrase,
        SpecificationReference specification,
        string description,
        string whenToExpect,
        HttpStatusRegistration registration = HttpStatusRegistration.Registered,
        DateTime? registrationExpires = null,
        FormerReasonPhrase[]? former = null,
        LegacyReasonPhrase[]? legacy = null,
        bool heuristicallyCacheable = false,
        bool mustNotBeStored = false,
        HttpContentRule content = HttpContentRule.Allowed,
        HttpRedirectMethod redirectMethod = HttpRedirectMethod.None,
        bool deprecated = false,
        HttpHeaderExpectation[]? expectedHeaders = null,
        HttpRetryAdvice? retryAdvice = null)
    {
        return new HttpStatusInfo(
            code,
            name,
            reasonPhrase,
            specification,
            registration,
            code,
            description,
            whenToExpect,
            ReadOnlyArray<FormerReasonPhrase>.From(former),
            ReadOnlyArray<LegacyReasonPhrase>.From(legacy),
            StatusSemantics.ForEntry(code, heuristicallyCacheable, mustNotBeStored, content, redirectMethod, deprecated, expectedHeaders, retryAdvice),
            registrationExpires);
    }

    /// <summary>A registry date: midnight UTC of that day.</summary>
    private static DateTime Date(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    private static SpecificationReference Rfc(int number, string? section) => SpecificationReference.Rfc(number, section);

    private static SpecificationReference Draft(string name) => SpecificationReference.InternetDraft(name, null);

    private static FormerReasonPhrase Former(string phrase, SpecificationReference specification) => new(phrase, specification);

    private static LegacyReasonPhrase Legacy(string phrase, string usedBy) => new(phrase, usedBy);

    private static HttpHeaderExpectation Header(string name, HttpHeaderRequirement requirement, string? condition, SpecificationReference specification) =>
        new(name, requirement, condition, specification);
}
