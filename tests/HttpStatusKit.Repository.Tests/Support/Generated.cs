using System;
using System.IO;

namespace HttpStatusKit.RepositoryTests.Support;

/// <summary>Compares a generated file with what is on disk, or writes it when HTTPSTATUSKIT_UPDATE=1.</summary>
public static class Generated
{
    public const string Advice = "generated files are stale: run HTTPSTATUSKIT_UPDATE=1 dotnet test tests/HttpStatusKit.Repository.Tests";

    /// <summary>Whether the tests write generated output instead of checking it (HTTPSTATUSKIT_UPDATE=1, or the older HTTPSTATUSKIT_UPDATE_README=1).</summary>
    public static bool Updating =>
        Environment.GetEnvironmentVariable("HTTPSTATUSKIT_UPDATE") == "1" || Environment.GetEnvironmentVariable("HTTPSTATUSKIT_UPDATE_README") == "1";

    /// <summary>Fails unless <paramref name="path"/> holds exactly <paramref name="expected"/> (line endings aside); writes it instead when updating.</summary>
    public static void Check(string path, string expected)
    {
        if (Updating)
        {
            File.WriteAllText(path, expected);
        }

        string actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        actual.Should().Be(expected, Advice + " ({0})", Path.GetFileName(path));
    }
}
