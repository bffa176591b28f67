using System;
using System.IO;

namespace HttpStatusKit.AspNetCore.Tests.Support;

/// <summary>Where the repository is, for tests that read its files.</summary>
public static class Repository
{
    /// <summary>The repository's root folder, found by walking up from the test binaries to StatusCodes.sln.</summary>
    public static string Root
    {
        get
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StatusCodes.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("StatusCodes.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
