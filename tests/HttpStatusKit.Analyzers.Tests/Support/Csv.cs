using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace HttpStatusKit.Analyzers.Tests.Support;

/// <summary>Reads the library's independent test data (IANA registry, semantics), linked into this project's Data folder.</summary>
internal static class Csv
{
    /// <summary>The rows of a data file after its header, each split into fields (quoted fields may hold commas).</summary>
    public static IReadOnlyList<string[]> Read(string fileName) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", fileName)).Skip(1).Where(l => l.Length > 0).Select(Split).ToList();

    /// <summary>The IANA registry: code to reason phrase, without IANA's annotations such as "(TEMPORARY - ...)".</summary>
    public static IReadOnlyDictionary<int, string> IanaPhrases() =>
        Read("iana-status-codes.csv").ToDictionary(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), r => StripAnnotation(r[1]));

    private static string StripAnnotation(string phrase)
    {
        int annotation = phrase.IndexOf(" (", StringComparison.Ordinal);
        return annotation > 0 ? phrase[..annotation] : phrase;
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
