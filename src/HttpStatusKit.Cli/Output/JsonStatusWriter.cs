using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HttpStatusKit.Cli;

/// <summary>Writes what a command found as JSON: one object for a lookup, an array for a search or a list.</summary>
internal sealed class JsonStatusWriter(TextWriter output) : StatusWriter
{
    public override void WriteRecord(StatusAnswer answer) => output.WriteLine(JsonOutput.Record(answer));

    public override void WriteHits(IReadOnlyList<StatusAnswer> hits) => output.WriteLine(JsonOutput.Records(hits));

    public override void WriteList(IReadOnlyList<StatusAnswer> answers) => output.WriteLine(JsonOutput.Records(answers));

    public override void WriteUnofficialList(IReadOnlyList<UnofficialStatusInfo> meanings) => output.WriteLine(JsonOutput.VendorMeanings(meanings));
}

/// <summary>Serialises records with the source-generated context, so the output works trimmed and compiled ahead of time.</summary>
internal static class JsonOutput
{
    /// <summary>
    /// The generated options with one change that the generator cannot express: apostrophes and other HTML-sensitive
    /// characters are written as themselves, which JSON allows.
    /// </summary>
    private static readonly CliJsonContext s_context = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>One record as a JSON object.</summary>
    public static string Record(StatusAnswer answer) => JsonSerializer.Serialize(StatusJson.From(answer), s_context.StatusJson);

    /// <summary>Records as a JSON array, in the order given.</summary>
    public static string Records(IEnumerable<StatusAnswer> answers) =>
        JsonSerializer.Serialize(answers.Select(StatusJson.From).ToArray(), s_context.StatusJsonArray);

    /// <summary>Vendor meanings as a JSON array, in the order given.</summary>
    public static string VendorMeanings(IEnumerable<UnofficialStatusInfo> meanings) =>
        JsonSerializer.Serialize(meanings.Select(VendorMeaningJson.From).ToArray(), s_context.VendorMeaningJsonArray);
}

/// <summary>
/// One status record as the tool writes it in JSON. Property names become camelCase and enumeration values kebab case
/// by System.Text.Json's own naming policies (see <see cref="CliJsonContext"/>). The field names are part of the
/// tool's documented output and do not change between releases; new fields may be added. Every public property of
/// <see cref="HttpStatusInfo"/> has a field here, which a test checks by reflection.
/// </summary>
internal sealed record StatusJson(
    int Code,
    string ReasonPhrase,
    string StatusLine,
    string Name,
    HttpStatusCategory Category,
    string Description,
    string Summary,
    string WhenToExpect,
    SpecificationJson Specification,
    HttpStatusRegistration Registration,
    string? RegistrationExpires,
    int EquivalentCode,
    IReadOnlyList<FormerPhraseJson> FormerReasonPhrases,
    IReadOnlyList<LegacyPhraseJson> LegacyReasonPhrases,
    bool IsInterim,
    bool IsFinal,
    bool IsHeuristicallyCacheable,
    bool MustNotBeStored,
    HttpContentRule ContentRule,
    HttpRedirectMethod RedirectMethod,
    bool IsDeprecated,
    IReadOnlyList<HeaderExpectationJson> ExpectedHeaders,
    HttpRetryAdvice RetryAdvice,
    string ProblemType,
    string ProblemTitle,
    IReadOnlyList<VendorMeaningJson> VendorMeanings)
{
    /// <summary>Copies a standard record and the vendor meanings that go with it into their JSON form.</summary>
    public static StatusJson From(StatusAnswer answer) => From(answer.Standard, answer.VendorMeanings);

    private static StatusJson From(HttpStatusInfo info, IReadOnlyList<UnofficialStatusInfo> vendorMeanings) => new(
        info.Code,
        info.ReasonPhrase,
        info.ToString(),
        info.Name,
        info.Category,
        info.Description,
        info.Summary,
        info.WhenToExpect,
        SpecificationJson.From(info.Specification),
        info.Registration,
        info.RegistrationExpires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        info.EquivalentCode,
        info.FormerReasonPhrases.Select(f => new FormerPhraseJson(f.Phrase, SpecificationJson.From(f.Specification))).ToArray(),
        info.LegacyReasonPhrases.Select(l => new LegacyPhraseJson(l.Phrase, l.UsedBy)).ToArray(),
        info.IsInterim,
        info.IsFinal,
        info.IsHeuristicallyCacheable,
        info.MustNotBeStored,
        info.ContentRule,
        info.RedirectMethod,
        info.IsDeprecated,
        info.ExpectedHeaders.Select(HeaderExpectationJson.From).ToArray(),
        info.RetryAdvice,
        info.ProblemType.AbsoluteUri,
        info.ProblemTitle,
        vendorMeanings.Select(VendorMeaningJson.From).ToArray());
}

/// <summary>
/// A vendor's meaning of a code in JSON, never a standard one: every public property of
/// <see cref="UnofficialStatusInfo"/>, which a test checks by reflection. <c>conflictsWith</c> is the status line of
/// the registered status the vendor's use clashes with, or null.
/// </summary>
internal sealed record VendorMeaningJson(
    int Code,
    string? ReasonPhrase,
    string StatusLine,
    IReadOnlyList<string> AlternativeReasonPhrases,
    HttpStatusVendor Vendor,
    string VendorName,
    HttpStatusCategory Category,
    string Description,
    string Summary,
    string Source,
    string? ConflictsWith)
{
    /// <summary>Copies a vendor meaning into its JSON form.</summary>
    public static VendorMeaningJson From(UnofficialStatusInfo meaning) => new(
        meaning.Code,
        meaning.ReasonPhrase,
        meaning.ToString(),
        meaning.AlternativeReasonPhrases,
        meaning.Vendor,
        meaning.VendorName,
        meaning.Category,
        meaning.Description,
        meaning.Summary,
        meaning.Source,
        meaning.ConflictsWith?.ToString());
}

/// <summary>A specification reference in JSON: document, section (null for a whole document) and link.</summary>
internal sealed record SpecificationJson(string Document, string? Section, string Uri)
{
    /// <summary>Copies a reference into its JSON form.</summary>
    public static SpecificationJson From(SpecificationReference reference) =>
        new(reference.Document, reference.Section, reference.Uri.AbsoluteUri);
}

/// <summary>A former reason phrase in JSON, with the specification that used it.</summary>
internal sealed record FormerPhraseJson(string Phrase, SpecificationJson Specification);

/// <summary>A legacy reason phrase in JSON, with the software that uses it.</summary>
internal sealed record LegacyPhraseJson(string Phrase, string UsedBy);

/// <summary>A header field a response with the status is expected to carry, in JSON.</summary>
internal sealed record HeaderExpectationJson(string Name, HttpHeaderRequirement Requirement, string? Condition, SpecificationJson Specification)
{
    /// <summary>Copies an expectation into its JSON form.</summary>
    public static HeaderExpectationJson From(HttpHeaderExpectation expectation) =>
        new(expectation.Name, expectation.Requirement, expectation.Condition, SpecificationJson.From(expectation.Specification));
}

/// <summary>Writes an enumeration value as its member name in kebab case (<c>client-error</c>), by System.Text.Json's own naming policy.</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower)
    where TEnum : struct, Enum;

/// <summary>Source-generated serialisation for the tool's JSON output, so it works trimmed and compiled ahead of time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = new[]
    {
        typeof(KebabCaseEnumConverter<HttpStatusCategory>),
        typeof(KebabCaseEnumConverter<HttpStatusRegistration>),
        typeof(KebabCaseEnumConverter<HttpContentRule>),
        typeof(KebabCaseEnumConverter<HttpRedirectMethod>),
        typeof(KebabCaseEnumConverter<HttpHeaderRequirement>),
        typeof(KebabCaseEnumConverter<HttpRetryAdvice>),
        typeof(KebabCaseEnumConverter<HttpStatusVendor>),
    })]
[JsonSerializable(typeof(StatusJson))]
[JsonSerializable(typeof(StatusJson[]))]
[JsonSerializable(typeof(VendorMeaningJson[]))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
