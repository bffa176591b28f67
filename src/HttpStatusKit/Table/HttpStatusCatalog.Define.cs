using System;

namespace HttpStatusKit;

// How the entries of the generated table (HttpStatusCatalog.Table.g.cs, from StatusTable.yaml) become records. Each
// Define call appends its record to s_definitions and its aliases to s_aliases, which the generated file declares
// above its members (static initialisers run in textual order only within one file); the static constructor then
// builds the lookups from them.
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
        string[]? aliases = null,
        bool heuristicallyCacheable = false,
        bool mustNotBeStored = false,
        HttpContentRule content = HttpContentRule.Allowed,
        HttpRedirectMethod redirectMethod = HttpRedirectMethod.None,
        bool deprecated = false,
        HttpHeaderExpectation[]? expectedHeaders = null,
        HttpRetryAdvice? retryAdvice = null)
    {
        var info = new HttpStatusInfo(
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
        s_definitions.Add(info);
        foreach (string alias in aliases ?? [])
        {
            s_aliases.Add(new(alias, info));
        }

        return info;
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
