using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HttpStatusKit.RegistryWatch;

/// <summary>A difference between the catalog and the registry copy, or a warning, for one code.</summary>
/// <param name="Code">The status code.</param>
/// <param name="Sign">"+" added to the registry, "-" no longer in it, "~" changed, "!" a warning.</param>
/// <param name="Text">What differs, catalog first and registry second.</param>
internal sealed record RegistryFinding(int Code, char Sign, string Text)
{
    public override string ToString() => $"{Sign} {Code.ToString(CultureInfo.InvariantCulture)} {Text}";
}

/// <summary>
/// Compares a registry copy with <see cref="HttpStatusCatalog"/> by the rules the catalog was reconciled with (README,
/// "How the table was reconciled"): the phrase is the registry's without its annotation; "(Unused)" is a reserved code
/// whose phrase the catalog chooses (306 Unused, 418 I'm a teapot); TEMPORARY is provisional, with its expiry date;
/// OBSOLETED is obsoleted; the specification names the document of the registry's first RFC or draft reference, and
/// its section wherever the registry gives one.
/// </summary>
internal static class RegistryComparison
{
    /// <summary>
    /// The differences, ascending by code, and the warnings: a temporary registration whose expiry date, as the copy states
    /// it, is before <paramref name="today"/> while the copy still lists it. Such a registration is not a difference (the
    /// catalog agrees with the copy) until the registry extends it, makes it permanent or removes it.
    /// </summary>
    public static (IReadOnlyList<RegistryFinding> Differences, IReadOnlyList<RegistryFinding> Warnings) Compare(RegistryCsv registry, DateTime today)
    {
        var differences = new List<RegistryFinding>();
        var warnings = new List<RegistryFinding>();
        var listed = registry.Assigned.ToDictionary(r => r.Code);

        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            if (!listed.ContainsKey(info.Code))
            {
                string where = registry.Unassigned.Contains(info.Code) ? "the registry lists it as unassigned" : "the registry no longer lists it";
                differences.Add(new(info.Code, '-', $"{info.ReasonPhrase} ({Registration(info.Registration, info.RegistrationExpires)}): {where}"));
            }
        }

        foreach (RegistryRecord record in registry.Assigned)
        {
            if (!HttpStatusCatalog.TryGet(record.Code, out HttpStatusInfo? info))
            {
                differences.Add(new(record.Code, '+', $"{record.Description} [{record.ReferenceText}]: added to the registry"));
                continue;
            }

            CompareRecord(info, record, today, differences, warnings);
        }

        return ([.. differences.OrderBy(d => d.Code)], warnings);
    }

    private static void CompareRecord(HttpStatusInfo info, RegistryRecord record, DateTime today, List<RegistryFinding> differences, List<RegistryFinding> warnings)
    {
        int code = info.Code;
        if (record.Registration != HttpStatusRegistration.Reserved && info.Registration != HttpStatusRegistration.Reserved && record.Phrase != info.ReasonPhrase)
        {
            differences.Add(new(code, '~', $"phrase: \"{info.ReasonPhrase}\" -> \"{record.Phrase}\""));
        }

        if (record.UnknownAnnotation is not null)
        {
            differences.Add(new(code, '~', $"annotation: the registry marks {info.ReasonPhrase} \"({record.UnknownAnnotation})\", which the catalog has no registration for"));
        }

        if (record.Registration != info.Registration)
        {
            string why = (info.Registration, record.Registration) switch
            {
                (HttpStatusRegistration.Provisional, HttpStatusRegistration.Registered) => " (no longer temporary)",
                (_, HttpStatusRegistration.Provisional) => " (registered temporarily)",
                (_, HttpStatusRegistration.Reserved) => " (now \"(Unused)\")",
                _ => "",
            };
            differences.Add(new(code, '~', $"registration: {Registration(info.Registration, info.RegistrationExpires)} -> {Registration(record.Registration, record.Expires)}{why}"));
        }
        else if (record.Registration == HttpStatusRegistration.Provisional)
        {
            CompareExpiry(info, record, today, differences, warnings);
        }

        if (record.Specification is not { } specification)
        {
            differences.Add(new(code, '~', $"reference: {info.Specification} -> {record.ReferenceText} (no RFC or Internet-Draft)"));
        }
        else if (specification.Document != info.Specification.Document
            || (specification.Section is not null && specification.Section != info.Specification.Section))
        {
            differences.Add(new(code, '~', $"reference: {info.Specification} -> {record.ReferenceText}"));
        }
    }

    private static void CompareExpiry(HttpStatusInfo info, RegistryRecord record, DateTime today, List<RegistryFinding> differences, List<RegistryFinding> warnings)
    {
        int code = info.Code;
        if (record.Expires is not { } expires)
        {
            differences.Add(new(code, '~', $"temporary registration: expires {Date(info.RegistrationExpires)} -> the registry states no expiry date"));
        }
        else if (info.RegistrationExpires is not { } catalogExpires || catalogExpires != expires)
        {
            string change = info.RegistrationExpires is { } before && expires > before ? "extended" : "changed";
            differences.Add(new(code, '~', $"temporary registration {change}: expires {Date(info.RegistrationExpires)} -> {Date(expires)}"));
        }
        else if (expires < today)
        {
            warnings.Add(new(code, '!', $"{info.ReasonPhrase}: its temporary registration expired on {Date(expires)} according to this copy of the registry, which still lists it; the catalog keeps it provisional until the registry extends it, makes it permanent or removes it"));
        }
    }

    private static string Registration(HttpStatusRegistration registration, DateTime? expires) =>
        registration == HttpStatusRegistration.Provisional
            ? $"provisional, expires {Date(expires)}"
            : registration.ToString().ToLowerInvariant();

    private static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)";
}
