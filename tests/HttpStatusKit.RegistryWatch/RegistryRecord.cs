using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace HttpStatusKit.RegistryWatch;

/// <summary>
/// One assigned code as the registry lists it: the phrase without IANA's annotation, the registration the annotation
/// stands for, the expiry date of a temporary registration, and the references in the order the registry gives them.
/// </summary>
internal sealed partial record RegistryRecord(
    int Code,
    string Description,
    string Phrase,
    HttpStatusRegistration Registration,
    DateTime? Expires,
    string? UnknownAnnotation,
    string ReferenceText,
    IReadOnlyList<string> References,
    int Line)
{
    /// <summary>
    /// Reads a description such as <c>Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered
    /// 2025-09-15, expires 2026-11-13)</c> and a reference such as <c>[RFC9110, Section 15.5.5]</c>,
    /// <c>[RFC2774][status-change-http-experiments-to-historic]</c> or <c>RFC2774; Status change of HTTP experiments to Historic</c>.
    /// </summary>
    public static RegistryRecord From(int code, string description, string reference, int line)
    {
        string phrase = description;
        var registration = HttpStatusRegistration.Registered;
        DateTime? expires = null;
        string? unknown = null;
        if (description == "(Unused)")
        {
            registration = HttpStatusRegistration.Reserved;
        }
        else if (Annotation().Match(description) is { Success: true } annotation)
        {
            phrase = description[..annotation.Index];
            string note = annotation.Groups["note"].Value;
            if (note.StartsWith("TEMPORARY", StringComparison.Ordinal))
            {
                registration = HttpStatusRegistration.Provisional;
                Match date = ExpiresDate().Match(note);
                expires = date.Success
                    ? DateTime.ParseExact(date.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
                    : null;
            }
            else if (note == "OBSOLETED")
            {
                registration = HttpStatusRegistration.Obsoleted;
            }
            else
            {
                unknown = note;
            }
        }

        string[] references = reference.StartsWith('[')
            ? reference.Trim('[', ']').Split("][", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : reference.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new RegistryRecord(code, description, phrase, registration, expires, unknown, references.Length == 0 ? "(none)" : string.Join("; ", references), references, line);
    }

    /// <summary>The first reference that names an RFC (<c>RFC 9110</c> and its section) or an Internet-Draft; null when none does.</summary>
    public (string Document, string? Section)? Specification
    {
        get
        {
            foreach (string reference in References)
            {
                if (Rfc().Match(reference) is { Success: true } rfc)
                {
                    return ("RFC " + rfc.Groups["number"].Value, rfc.Groups["section"].Success ? rfc.Groups["section"].Value : null);
                }

                if (Draft().IsMatch(reference))
                {
                    return (reference, null);
                }
            }

            return null;
        }
    }

    [GeneratedRegex(@"\s*\((?<note>[A-Z][A-Z]+\b[^)]*)\)$")]
    private static partial Regex Annotation();

    [GeneratedRegex(@"\bexpires (?<date>\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex ExpiresDate();

    [GeneratedRegex(@"^RFC ?(?<number>[1-9]\d*)(?:, ?Section (?<section>\d+(?:\.\d+)*))?$")]
    private static partial Regex Rfc();

    [GeneratedRegex("^draft-[a-z0-9-]+$")]
    private static partial Regex Draft();
}
