using System.Linq;
using System.Reflection;

namespace HttpStatusKit.Tests;

public sealed class NamedMemberTests
{
    private static PropertyInfo[] NamedMembers =>
        typeof(HttpStatusCatalog).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(HttpStatusInfo))
            .ToArray();

    [Fact]
    public void HasOneMemberPerRecordNamedAfterItGivenCatalog()
    {
        var members = NamedMembers.ToDictionary(p => p.Name, p => (HttpStatusInfo)p.GetValue(null)!);

        members.Should().HaveCount(HttpStatusCatalog.All.Count);
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            members.Should().ContainKey(info.Name);
            members[info.Name].Should().BeSameAs(info);
        }
    }

    [Fact]
    public void NameIsPascalCaseOfReasonPhraseGivenEveryRecord()
    {
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            info.Name.Should().Be(ToPascalCase(info.ReasonPhrase), info.ToString());
        }
    }

    [Fact]
    public void NamesAreUniqueAndIdentifiersGivenCatalog()
    {
        HttpStatusCatalog.All.Select(i => i.Name).Should().OnlyHaveUniqueItems();
        HttpStatusCatalog.All.Should().OnlyContain(i => i.Name.All(char.IsAsciiLetterOrDigit) && char.IsAsciiLetterUpper(i.Name[0]));
    }

    /// <summary>
    /// The naming rule: words split at spaces and hyphens, apostrophes dropped; a word of one or two capitals stays
    /// as it is ("OK", "IM"), a longer all-capitals word becomes Pascal case ("HTTP" to "Http", "URI" to "Uri"),
    /// and every other word gets a capital first letter ("a" to "A").
    /// </summary>
    private static string ToPascalCase(string phrase)
    {
        var result = new System.Text.StringBuilder();
        foreach (string raw in phrase.Split(' ', '-'))
        {
            string word = raw.Replace("'", "", System.StringComparison.Ordinal);
            bool allCapitals = word.All(char.IsAsciiLetterUpper);
            if (allCapitals && word.Length <= 2)
            {
                result.Append(word);
            }
            else if (allCapitals)
            {
                result.Append(word[0]).Append(word[1..].ToLowerInvariant());
            }
            else
            {
                result.Append(char.ToUpperInvariant(word[0])).Append(word[1..]);
            }
        }

        return result.ToString();
    }
}
