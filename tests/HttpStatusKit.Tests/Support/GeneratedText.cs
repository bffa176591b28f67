using System;
using System.IO;

namespace HttpStatusKit.Tests.Support;

/// <summary>
/// Checks text that the tests generate (files from the status table, tables in READMEs) against what is on disk, or
/// writes it there when HTTPSTATUSKIT_UPDATE=1 (or the older HTTPSTATUSKIT_UPDATE_README=1).
/// </summary>
public static class GeneratedText
{
    public const string Advice = "generated text is stale: run HTTPSTATUSKIT_UPDATE=1 dotnet test on the test project that generates it (see ARCHITECTURE.md)";

    public static bool Updating =>
        Environment.GetEnvironmentVariable("HTTPSTATUSKIT_UPDATE") == "1" || Environment.GetEnvironmentVariable("HTTPSTATUSKIT_UPDATE_README") == "1";

    /// <summary>Fails unless <paramref name="path"/> holds exactly <paramref name="expected"/> (line endings aside); writes it first when updating.</summary>
    public static void Check(string path, string expected)
    {
        if (Updating)
        {
            File.WriteAllText(path, expected);
        }

        string actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        actual.Should().Be(expected, Advice + " ({0})", Path.GetFileName(path));
    }

    /// <summary>Fails unless the text between two markers of <paramref name="path"/> is exactly <paramref name="expected"/>; writes it first when updating.</summary>
    public static void CheckSection(string path, string startMarker, string endMarker, string expected)
    {
        string text = File.ReadAllText(path).ReplaceLineEndings("\n");
        int start = text.IndexOf(startMarker, StringComparison.Ordinal);
        int end = text.IndexOf(endMarker, StringComparison.Ordinal);
        start.Should().BePositive("{0} has the marker {1}", Path.GetFileName(path), startMarker);
        end.Should().BeGreaterThan(start, "{0} has the marker {1} after {2}", Path.GetFileName(path), endMarker, startMarker);
        expected = "\n" + expected;
        if (Updating)
        {
            text = text[..(start + startMarker.Length)] + expected + text[end..];
            File.WriteAllText(path, text);
        }

        text[(start + startMarker.Length)..end].Should().Be(expected, Advice + " ({0})", Path.GetFileName(path));
    }
}
