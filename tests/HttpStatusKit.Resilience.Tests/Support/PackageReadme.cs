using System.IO;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Resilience.Tests.Support;

/// <summary>The package's README, src/HttpStatusKit.Resilience/README.md, which is packed into the .nupkg.</summary>
public static class PackageReadme
{
    public static string Path => System.IO.Path.Combine(Repository.Root, "src", "HttpStatusKit.Resilience", "README.md");

    public static string Read() => File.ReadAllText(Path).ReplaceLineEndings("\n");

    /// <summary>Checks that the README holds exactly <paramref name="expected"/> between two markers, or writes it there when HTTPSTATUSKIT_UPDATE=1.</summary>
    public static void AssertGeneratedSection(string startMarker, string endMarker, string expected) =>
        GeneratedText.CheckSection(Path, startMarker, endMarker, expected);
}
