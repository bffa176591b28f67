using System;
using System.IO;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Resilience.Tests.Support;

/// <summary>The package's README, src/HttpStatusKit.Resilience/README.md, which is packed into the .nupkg.</summary>
public static class PackageReadme
{
    public static string Path => System.IO.Path.Combine(Repository.Root, "src", "HttpStatusKit.Resilience", "README.md");

    public static string Read() => File.ReadAllText(Path).ReplaceLineEndings("\n");

    /// <summary>
    /// Checks that the README holds exactly <paramref name="expected"/> between two markers, or writes it there when
    /// HTTPSTATUSKIT_UPDATE_README=1.
    /// </summary>
    public static void AssertGeneratedSection(string startMarker, string endMarker, string expected)
    {
        string readme = Read();
        int start = readme.IndexOf(startMarker, StringComparison.Ordinal);
        int end = readme.IndexOf(endMarker, StringComparison.Ordinal);
        start.Should().BePositive("the README has the marker {0}", startMarker);
        end.Should().BeGreaterThan(start, "the README has the marker {0} after {1}", endMarker, startMarker);
        expected = "\n" + expected;

        if (Environment.GetEnvironmentVariable("HTTPSTATUSKIT_UPDATE_README") == "1")
        {
            File.WriteAllText(Path, readme[..(start + startMarker.Length)] + expected + readme[end..]);
            return;
        }

        readme[(start + startMarker.Length)..end].Should().Be(expected, "the table is regenerated with HTTPSTATUSKIT_UPDATE_README=1");
    }
}
