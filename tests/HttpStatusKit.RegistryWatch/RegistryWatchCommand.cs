using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace HttpStatusKit.RegistryWatch;

/// <summary>
/// <c>registry-watch FILE [--today yyyy-mm-dd]</c>: compares a copy of the IANA HTTP Status Code Registry with the catalog
/// and prints the differences. Exit code 0: no differences (warnings allowed); 1: differences; 2: bad arguments or an
/// unreadable file.
/// </summary>
internal static class RegistryWatchCommand
{
    public const int NoDifferences = 0;
    public const int Differences = 1;
    public const int BadInput = 2;

    private const string Usage =
        "usage: registry-watch FILE [--today yyyy-mm-dd]\n" +
        "  FILE     the registry as CSV: IANA's http-status-codes-1.csv, or the repository's dated copy\n" +
        "  --today  the date that expiry dates are compared with (default: today, UTC)\n" +
        "Exit code 0: no differences; 1: differences; 2: bad arguments or an unreadable file.";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, TimeProvider time)
    {
        string? path = null;
        DateTime today = time.GetUtcNow().UtcDateTime.Date;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                output.WriteLine(Usage);
                return NoDifferences;
            }

            if (args[i] == "--today")
            {
                if (i + 1 >= args.Count || !DateTime.TryParseExact(args[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out today))
                {
                    error.WriteLine("registry-watch: --today needs a date written yyyy-mm-dd.");
                    error.WriteLine(Usage);
                    return BadInput;
                }

                i++;
            }
            else if (path is null && !args[i].StartsWith('-'))
            {
                path = args[i];
            }
            else
            {
                error.WriteLine($"registry-watch: unexpected argument \"{args[i]}\".");
                error.WriteLine(Usage);
                return BadInput;
            }
        }

        if (path is null)
        {
            error.WriteLine("registry-watch: name the registry CSV file to compare.");
            error.WriteLine(Usage);
            return BadInput;
        }

        RegistryCsv registry;
        try
        {
            registry = RegistryCsv.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"registry-watch: cannot read {path}: {e.Message}");
            return BadInput;
        }

        (IReadOnlyList<RegistryFinding> differences, IReadOnlyList<RegistryFinding> warnings) = RegistryComparison.Compare(registry, today);
        output.WriteLine($"Registry copy: {path} ({registry.Format}, {registry.Assigned.Count} assigned codes)");
        output.WriteLine($"Catalog: HttpStatusKit, {HttpStatusCatalog.All.Count} codes; dates compared with {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        foreach (RegistryFinding warning in warnings)
        {
            output.WriteLine($"warning: {warning.Code.ToString(CultureInfo.InvariantCulture)} {warning.Text}");
        }

        if (differences.Count == 0)
        {
            output.WriteLine("No differences.");
            return NoDifferences;
        }

        output.WriteLine("Differences (+ added to the registry, - no longer in it, ~ changed: catalog -> registry):");
        foreach (RegistryFinding difference in differences)
        {
            output.WriteLine(difference);
        }

        output.WriteLine($"{differences.Count} {(differences.Count == 1 ? "difference" : "differences")}. Bring src/HttpStatusKit/Table/StatusTable.yaml and the dated copy tests/HttpStatusKit.Tests/Data/iana-status-codes.csv up to date with the registry, then regenerate (README, \"Keeping up with the registry\").");
        return Differences;
    }
}
