using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace HttpStatusKit.Tests.Support;

/// <summary>One row of the dated copy of the IANA HTTP Status Code Registry in Data/iana-status-codes.csv.</summary>
public sealed record IanaRow(int Code, string Description, string Reference);

/// <summary>One row of Data/semantics.csv: a fact about a code or range, with its source.</summary>
public sealed record SemanticsRow(int First, int Last, string Key, string Value, string Source);

/// <summary>Reads the test data copied into the test project, so tests run from a plain clone.</summary>
public static class TestData
{
    private static readonly Lazy<IReadOnlyList<IanaRow>> s_iana = new(() =>
        ReadCsv("iana-status-codes.csv")
            .Select(f => new IanaRow(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2]))
            .ToList());

    private static readonly Lazy<IReadOnlyList<SemanticsRow>> s_semantics = new(() =>
        ReadCsv("semantics.csv")
            .Select(f =>
            {
                string[] range = f[0].Split('-');
                int first = int.Parse(range[0], CultureInfo.InvariantCulture);
                int last = range.Length == 2 ? int.Parse(range[1], CultureInfo.InvariantCulture) : first;
                int equals = f[1].IndexOf('=', StringComparison.Ordinal);
                return new SemanticsRow(first, last, f[1][..equals], f[1][(equals + 1)..], f[2]);
            })
            .ToList());

    public static IReadOnlyList<IanaRow> Iana => s_iana.Value;

    public static IReadOnlyList<SemanticsRow> Semantics => s_semantics.Value;

    public static IEnumerable<SemanticsRow> Facts(string key) => Semantics.Where(r => r.Key == key);

    public static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "Data", file);

    /// <summary>The repository's root folder, found by walking up from the test binaries to StatusCodes.sln.</summary>
    public static string RepositoryRoot => Repository.Root;

    /// <summary>Splits RFC 4180 CSV, skipping the header line and blank lines.</summary>
    internal static IEnumerable<string[]> ReadCsv(string file) =>
        Csv.Parse(File.ReadAllText(DataPath(file)).ReplaceLineEndings("\n"), "\n").Skip(1).Where(row => row is not [""]);
}

/// <summary>
/// One row of Data/server-reason-phrases.csv: a status line that deployed software sends, what its phrase is
/// (former, legacy, mislabel, placeholder or none), the code the phrase alone names where it names one, and where it was read.
/// </summary>
public sealed record ServerPhraseRow(int Code, string StatusLine, string Phrase, string Kind, int? PhraseFinds, string Software, string Version, string Source);

/// <summary>Reads Data/server-reason-phrases.csv.</summary>
public static class ServerPhrases
{
    private static readonly Lazy<IReadOnlyList<ServerPhraseRow>> s_rows = new(() =>
        TestData.ReadCsv("server-reason-phrases.csv")
            .Select(f => new ServerPhraseRow(
                int.Parse(f[0], CultureInfo.InvariantCulture),
                f[1],
                f[2],
                f[3],
                f[4].Length == 0 ? null : int.Parse(f[4], CultureInfo.InvariantCulture),
                f[5],
                f[6],
                f[7]))
            .ToList());

    public static IReadOnlyList<ServerPhraseRow> Rows => s_rows.Value;
}
