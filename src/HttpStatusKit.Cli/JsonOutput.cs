using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HttpStatusKit.Cli;

/// <summary>
/// One status record as the tool writes it in JSON. The field names are part of the tool's documented output
/// and do not change between releases; new fields may be added.
/// </summary>
internal sealed record StatusJson(
    int Code,
    string ReasonPhrase,
    string StatusLine,
    string Name,
    string Category,
    string Description,
    string WhenToExpect,
    SpecificationJson Specification,
    string Registration,
    int EquivalentCode,
    IReadOnlyList<FormerPhraseJson> FormerReasonPhrases,
    IReadOnlyList<LegacyPhraseJson> LegacyReasonPhrases)
{
    /// <summary>Copies a catalog record into its JSON form.</summary>
    public static StatusJson From(HttpStatusInfo info) => new(
        info.Code,
        info.ReasonPhrase,
        info.ToString(),
        info.Name,
        Categories.Key(info.Category),
        info.Description,
        info.WhenToExpect,
        SpecificationJson.From(info.Specification),
        Categories.RegistrationKey(info.Registration),
        info.EquivalentCode,
        info.FormerReasonPhrases.Select(f => new FormerPhraseJson(f.Phrase, SpecificationJson.From(f.Specification))).ToArray(),
        info.LegacyReasonPhrases.Select(l => new LegacyPhraseJson(l.Phrase, l.UsedBy)).ToArray());
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

/// <summary>Source-generated serialisation for the tool's JSON output, so it works trimmed and compiled ahead of time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(StatusJson))]
[JsonSerializable(typeof(StatusJson[]))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>The context used for output: as generated, but without escaping apostrophes and other HTML-sensitive characters, which JSON does not require.</summary>
    public static CliJsonContext Output { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>Writes records as JSON.</summary>
internal static class JsonOutput
{
    /// <summary>One record as a JSON object.</summary>
    public static string Record(HttpStatusInfo info) =>
        JsonSerializer.Serialize(StatusJson.From(info), CliJsonContext.Output.StatusJson);

    /// <summary>Records as a JSON array, in the order given.</summary>
    public static string Records(IEnumerable<HttpStatusInfo> infos) =>
        JsonSerializer.Serialize(infos.Select(StatusJson.From).ToArray(), CliJsonContext.Output.StatusJsonArray);
}
