using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace HttpStatusKit.RepositoryTests.Generation;

/// <summary>src/HttpStatusKit/Table/StatusTable.yaml, read and checked: the one place every fact about a status is typed.</summary>
public sealed partial class StatusTable
{
    private StatusTable(IReadOnlyList<StatusEntry> entries) => Entries = entries;

    /// <summary>The entries, ascending by code.</summary>
    public IReadOnlyList<StatusEntry> Entries { get; }

    /// <summary>The path of the table in the repository.</summary>
    public static string PathIn(string repositoryRoot) => Path.Combine(repositoryRoot, "src", "HttpStatusKit", "Table", "StatusTable.yaml");

    /// <summary>Reads and checks the table; a key it does not know, a missing value or an enum value out of its set is an error naming the entry.</summary>
    public static StatusTable Parse(string yaml)
    {
        IDeserializer deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        List<StatusEntry> entries;
        try
        {
            entries = deserializer.Deserialize<List<StatusEntry>>(yaml);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"StatusTable.yaml, line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }

        int previous = 0;
        foreach (StatusEntry entry in entries)
        {
            string where = "StatusTable.yaml, entry " + entry.Code.ToString(CultureInfo.InvariantCulture);
            Require(entry.Code is >= 100 and <= 599, where, "the code is not in 100 to 599");
            Require(entry.Code > previous, where, "the entries are not in ascending order of code without repeats");
            Require(!string.IsNullOrWhiteSpace(entry.Phrase), where, "the phrase is missing");
            Require(entry.Name is not null && Identifier().IsMatch(entry.Name), where, "the name is not a C# identifier");
            Require(!string.IsNullOrWhiteSpace(entry.Specification), where, "the specification is missing");
            Require(!string.IsNullOrWhiteSpace(entry.Description) && !string.IsNullOrWhiteSpace(entry.WhenToExpect), where, "the description or whenToExpect is missing");
            _ = Reference.Parse(entry.Specification!);
            HttpStatusRegistration registration = EnumValue<HttpStatusRegistration>(entry.Registration ?? "registered", where);
            Require(
                (registration == HttpStatusRegistration.Provisional) == (entry.RegistrationExpires is not null),
                where,
                "registrationExpires is required for a provisional registration and allowed only there");
            if (entry.RegistrationExpires is not null)
            {
                _ = Date(entry.RegistrationExpires, where);
            }

            _ = EnumValue<HttpContentRule>(entry.Content ?? "allowed", where);
            _ = EnumValue<HttpRedirectMethod>(entry.RedirectMethod ?? "none", where);
            _ = entry.RetryAdvice is null ? default : EnumValue<HttpRetryAdvice>(entry.RetryAdvice, where);
            foreach (ExpectedHeader header in entry.ExpectedHeaders)
            {
                Require(!string.IsNullOrWhiteSpace(header.Name) && header.Specification is not null, where, "a header lacks its name or specification");
                _ = EnumValue<HttpHeaderRequirement>(header.Requirement ?? "", where);
                _ = Reference.Parse(header.Specification!);
            }

            foreach (FormerPhrase former in entry.FormerPhrases)
            {
                Require(!string.IsNullOrWhiteSpace(former.Phrase) && former.Specification is not null, where, "a former phrase lacks its phrase or specification");
                _ = Reference.Parse(former.Specification!);
            }

            foreach (LegacyPhrase legacy in entry.LegacyPhrases)
            {
                Require(!string.IsNullOrWhiteSpace(legacy.Phrase) && !string.IsNullOrWhiteSpace(legacy.UsedBy), where, "a legacy phrase lacks its phrase or the software that uses it");
            }

            previous = entry.Code;
        }

        return new StatusTable(entries);
    }

    /// <summary>Reads the table from the repository.</summary>
    public static StatusTable Load(string repositoryRoot) => Parse(File.ReadAllText(PathIn(repositoryRoot)));

    /// <summary>An enum member from the kebab-case form the table uses: <c>after-delay</c> is <see cref="HttpRetryAdvice.AfterDelay"/>.</summary>
    public static T EnumValue<T>(string kebab, string where)
        where T : struct, Enum
    {
        string pascal = string.Concat(kebab.Split('-').Select(word => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..]));
        if (!Regex.IsMatch(kebab, "^[a-z]+(-[a-z]+)*$") || !Enum.TryParse(pascal, ignoreCase: false, out T value))
        {
            throw new InvalidDataException($"{where}: '{kebab}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(Kebab))}.");
        }

        return value;
    }

    /// <summary>A date as the table writes it, <c>yyyy-MM-dd</c>; anything else is an error naming the entry.</summary>
    public static DateTime Date(string text, string where) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime date)
            ? date
            : throw new InvalidDataException($"{where}: '{text}' is not a date written yyyy-mm-dd.");

    /// <summary>The kebab-case form of an enum member name: <c>AfterDelay</c> is <c>after-delay</c>.</summary>
    public static string Kebab(string pascal) => KebabBoundary().Replace(pascal, "-$1").ToLowerInvariant();

    private static void Require(bool condition, string where, string message)
    {
        if (!condition)
        {
            throw new InvalidDataException(where + ": " + message + ".");
        }
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex KebabBoundary();
}

/// <summary>One entry of the status table; see the comment at the top of StatusTable.yaml for each key.</summary>
public sealed class StatusEntry
{
    public int Code { get; set; }

    public string? Phrase { get; set; }

    public string? Name { get; set; }

    public string? Specification { get; set; }

    public string? Registration { get; set; }

    public string? RegistrationExpires { get; set; }

    public List<FormerPhrase> FormerPhrases { get; set; } = [];

    public List<LegacyPhrase> LegacyPhrases { get; set; } = [];

    public List<string> Aliases { get; set; } = [];

    public bool HeuristicallyCacheable { get; set; }

    public bool MustNotBeStored { get; set; }

    public string? Content { get; set; }

    public string? RedirectMethod { get; set; }

    public bool Deprecated { get; set; }

    public List<ExpectedHeader> ExpectedHeaders { get; set; } = [];

    public string? RetryAdvice { get; set; }

    public string? Description { get; set; }

    public string? WhenToExpect { get; set; }
}

public sealed class FormerPhrase
{
    public string? Phrase { get; set; }

    public string? Specification { get; set; }
}

public sealed class LegacyPhrase
{
    public string? Phrase { get; set; }

    public string? UsedBy { get; set; }
}

public sealed class ExpectedHeader
{
    public string? Name { get; set; }

    public string? Requirement { get; set; }

    public string? Condition { get; set; }

    public string? Specification { get; set; }
}

/// <summary>A specification as the table writes it: <c>RFC 9110, Section 15.5.5</c>, <c>RFC 2774</c>, or an Internet-Draft's name.</summary>
public sealed partial record Reference(int? Rfc, string? Draft, string? Section)
{
    public static Reference Parse(string text)
    {
        Match rfc = RfcPattern().Match(text);
        if (rfc.Success)
        {
            return new Reference(int.Parse(rfc.Groups[1].Value, CultureInfo.InvariantCulture), null, rfc.Groups[2].Success ? rfc.Groups[2].Value : null);
        }

        if (DraftPattern().IsMatch(text))
        {
            return new Reference(null, text, null);
        }

        throw new InvalidDataException($"'{text}' is neither \"RFC <number>[, Section <number>]\" nor an Internet-Draft name.");
    }

    /// <summary>The C# expression that builds the reference in the catalog's table.</summary>
    public string ToCSharp() => Rfc is int number
        ? $"Rfc({number.ToString(CultureInfo.InvariantCulture)}, {(Section is null ? "null" : "\"" + Section + "\"")})"
        : $"Draft(\"{Draft}\")";

    [GeneratedRegex(@"^RFC ([1-9][0-9]*)(?:, Section ([0-9]+(?:\.[0-9]+)*))?$")]
    private static partial Regex RfcPattern();

    [GeneratedRegex("^draft-[a-z0-9-]+$")]
    private static partial Regex DraftPattern();
}
