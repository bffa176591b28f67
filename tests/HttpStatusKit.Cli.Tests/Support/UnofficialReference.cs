using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Cli.Tests.Support;

/// <summary>One row of the reference file of unofficial codes: the code, the phrase a vendor gives it (empty when none) and who uses it.</summary>
public sealed record UnofficialRow(int Code, string Phrase, string Origin);

/// <summary>
/// The library tests' copy of the unofficial codes (tests/HttpStatusKit.Tests/Data/unofficial-status-codes.csv),
/// read here as the independent source for what the tool must show.
/// </summary>
public static class UnofficialReference
{
    private static readonly Lazy<IReadOnlyList<UnofficialRow>> s_rows = new(() =>
        Csv.Parse(File.ReadAllText(Path.Combine(Repository.Root, "tests", "HttpStatusKit.Tests", "Data", "unofficial-status-codes.csv")).ReplaceLineEndings("\n"), "\n")
            .Skip(1)
            .Where(row => row is not [""])
            .Select(f => new UnofficialRow(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2]))
            .ToList());

    public static IReadOnlyList<UnofficialRow> Rows => s_rows.Value;
}
