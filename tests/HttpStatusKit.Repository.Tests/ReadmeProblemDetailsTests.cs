using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.RepositoryTests;

/// <summary>
/// The README's Problem Details section states every difference from ASP.NET Core that the library's tests hold in
/// tests/HttpStatusKit.Tests/Data/aspnetcore-problem-details.csv (where they are checked against the real framework).
/// </summary>
public sealed class ReadmeProblemDetailsTests
{
    private static readonly List<string[]> s_rows = Csv.Parse(
            File.ReadAllText(Path.Combine(Repository.Root, "tests", "HttpStatusKit.Tests", "Data", "aspnetcore-problem-details.csv")).ReplaceLineEndings("\n"),
            "\n")
        .Skip(1)
        .Where(row => row is not [""])
        .ToList();

    public static TheoryData<int> Differences => new(Enumerable.Range(0, s_rows.Count).Where(i => s_rows[i][1] != "default"));

    [Fact]
    public void NamesTheCodesAspNetCoreHasDefaultsForGivenDataFile()
    {
        var ranges = s_rows.Where(r => r[1] == "default").Select(r => Range(r[0])).ToList();

        Section().Should().Contain(Join(ranges));
    }

    [Theory]
    [MemberData(nameof(Differences))]
    public void StatesTheDifferenceGivenDataRow(int index)
    {
        string[] row = s_rows[index];
        string section = Section();

        section.Should().MatchRegex(@"\b" + row[0] + @"\b", "the README states the {0} difference of {1}", row[1], row[0]);
        if (row[2].Length > 0)
        {
            section.Should().Contain(row[2], "the README states what ASP.NET Core gives for {0} ({1})", row[0], row[1]);
        }
    }

    /// <summary>The Problem Details section of the README, its white space collapsed so that wrapped lines read as one.</summary>
    private static string Section()
    {
        string readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        int start = readme.IndexOf("\n## Problem Details", StringComparison.Ordinal);
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        start.Should().BePositive();
        return Regex.Replace(readme[start..end], @"\s+", " ");
    }

    /// <summary>"400-401" is "400, 401"; "403-417" is "403 to 417"; "426" is itself.</summary>
    private static string Range(string text)
    {
        string[] ends = text.Split('-');
        if (ends.Length == 1)
        {
            return text;
        }

        return int.Parse(ends[1], System.Globalization.CultureInfo.InvariantCulture) - int.Parse(ends[0], System.Globalization.CultureInfo.InvariantCulture) == 1
            ? ends[0] + ", " + ends[1]
            : ends[0] + " to " + ends[1];
    }

    private static string Join(List<string> items) => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
