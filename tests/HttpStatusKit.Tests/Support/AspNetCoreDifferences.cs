using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HttpStatusKit.Tests.Support;

/// <summary>
/// One row of Data/aspnetcore-problem-details.csv: where ASP.NET Core's Problem Details or ReasonPhrases give something
/// other than the catalog, as observed with the shared framework the tests run on.
/// </summary>
public sealed record AspNetCoreDifference(int Code, string Member, string AspNetCore, string Note)
{
    /// <summary>The form the tests collect differences in: <c>422 title: Unprocessable Entity</c>, <c>(none)</c> for no value.</summary>
    public override string ToString() => $"{Code} {Member}: {(AspNetCore.Length == 0 ? "(none)" : AspNetCore)}";
}

/// <summary>Reads Data/aspnetcore-problem-details.csv.</summary>
public static class AspNetCoreDifferences
{
    private static readonly Lazy<(IReadOnlyList<int> Defaults, IReadOnlyList<AspNetCoreDifference> Rows)> s_data = new(Read);

    /// <summary>The codes ASP.NET Core has its own default type and title for, ascending.</summary>
    public static IReadOnlyList<int> CodesWithDefaults => s_data.Value.Defaults;

    /// <summary>The listed differences (members type, title and reason-phrase).</summary>
    public static IReadOnlyList<AspNetCoreDifference> Rows => s_data.Value.Rows;

    private static (IReadOnlyList<int>, IReadOnlyList<AspNetCoreDifference>) Read()
    {
        var defaults = new List<int>();
        var rows = new List<AspNetCoreDifference>();
        foreach (string[] f in TestData.ReadCsv("aspnetcore-problem-details.csv"))
        {
            string[] range = f[0].Split('-');
            int first = int.Parse(range[0], CultureInfo.InvariantCulture);
            int last = range.Length == 2 ? int.Parse(range[1], CultureInfo.InvariantCulture) : first;
            if (f[1] == "default")
            {
                defaults.AddRange(Enumerable.Range(first, last - first + 1));
            }
            else
            {
                rows.Add(new AspNetCoreDifference(first, f[1], f[2], f[3]));
            }
        }

        return (defaults.Order().ToList(), rows);
    }
}
