using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>
/// Every public property of a record the tool writes is a field of its JSON object, or is on the skip list below with
/// the reason, so a property added to the library cannot be left out of the output unnoticed. The property names come
/// from the types by reflection and are turned into field names by System.Text.Json's camelCase policy.
/// </summary>
public sealed class JsonCoverageTests
{
    /// <summary>Public properties deliberately not written, by type, with the reason. Today every property is written.</summary>
    private static readonly Dictionary<Type, string[]> Skipped = new()
    {
        [typeof(HttpStatusInfo)] = [],
        [typeof(SpecificationReference)] = [],
        [typeof(FormerReasonPhrase)] = [],
        [typeof(LegacyReasonPhrase)] = [],
        [typeof(HttpHeaderExpectation)] = [],
        [typeof(UnofficialStatusInfo)] = [],
    };

    [Theory]
    [InlineData("413")]
    [InlineData("306")]
    [InlineData("405")]
    [InlineData("499")]
    [InlineData("444")]
    [InlineData("451")]
    public void WritesEveryPublicPropertyOfTheRecordGivenLookup(string code)
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run(code, "--json").Stdout);

        JsonElement root = json.RootElement;
        ShouldCover(typeof(HttpStatusInfo), root);
        ShouldCover(typeof(SpecificationReference), root.GetProperty("specification"));
        foreach (JsonElement former in root.GetProperty("formerReasonPhrases").EnumerateArray())
        {
            ShouldCover(typeof(FormerReasonPhrase), former);
        }

        foreach (JsonElement legacy in root.GetProperty("legacyReasonPhrases").EnumerateArray())
        {
            ShouldCover(typeof(LegacyReasonPhrase), legacy);
        }

        foreach (JsonElement header in root.GetProperty("expectedHeaders").EnumerateArray())
        {
            ShouldCover(typeof(HttpHeaderExpectation), header);
        }

        foreach (JsonElement meaning in root.GetProperty("vendorMeanings").EnumerateArray())
        {
            ShouldCover(typeof(UnofficialStatusInfo), meaning);
        }
    }

    [Fact]
    public void WritesEveryPublicPropertyOfTheVendorMeaningGivenListUnofficial()
    {
        using JsonDocument json = JsonDocument.Parse(Tool.Run("list", "--unofficial", "--json").Stdout);

        json.RootElement.GetArrayLength().Should().BePositive();
        foreach (JsonElement meaning in json.RootElement.EnumerateArray())
        {
            ShouldCover(typeof(UnofficialStatusInfo), meaning);
        }
    }

    [Fact]
    public void NamesOnlyRealPropertiesGivenTheSkipList()
    {
        foreach ((Type type, string[] skipped) in Skipped)
        {
            skipped.Except(PropertyFields(type)).Should().BeEmpty("a skipped field of {0} must be one of its properties", type.Name);
        }
    }

    [Fact]
    public void CoversEveryRecordThatTheJsonNestsGivenTheSkipList()
    {
        Type[] nested = typeof(HttpStatusInfo).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.PropertyType.IsGenericType ? p.PropertyType.GetGenericArguments()[0] : p.PropertyType)
            .Where(t => t.Assembly == typeof(HttpStatusInfo).Assembly && !t.IsEnum)
            .Distinct()
            .ToArray();

        Skipped.Keys.Should().Contain(nested).And.Contain(typeof(HttpStatusInfo)).And.Contain(typeof(UnofficialStatusInfo));
    }

    private static void ShouldCover(Type type, JsonElement element)
    {
        string[] skipped = Skipped[type];
        string[] fields = element.EnumerateObject().Select(p => p.Name).ToArray();

        fields.Intersect(skipped).Should().BeEmpty("a skipped property of {0} is not written", type.Name);
        PropertyFields(type).Except(skipped).Except(fields).Should().BeEmpty("every public property of {0} is written or on the skip list", type.Name);
    }

    private static IEnumerable<string> PropertyFields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
}
