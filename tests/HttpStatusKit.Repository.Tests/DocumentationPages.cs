using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.RepositoryTests;

/// <summary>
/// The hand-written pages of the documentation site under docs/: the home page and the articles. The analyzer pages
/// (docs/analyzers) are checked by the analyzers' tests, and the pages about codes are generated at build time.
/// </summary>
internal static class DocumentationPages
{
    /// <summary>The address the docs workflow publishes the site at (GitHub Pages of the repository).</summary>
    public const string SiteUrl = "https://httpstatuskit.github.io/httpstatuskit/";

    public static string Folder => Path.Combine(Repository.Root, "docs");

    /// <summary>Paths relative to the repository root, with '/' separators, in ordinal order.</summary>
    public static IReadOnlyList<string> All() =>
        [.. Directory.EnumerateFiles(Path.Combine(Folder, "articles"), "*.md")
            .Append(Path.Combine(Folder, "index.md"))
            .Select(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The text of a page, with '\n' line ends.</summary>
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(Repository.Root, relativePath)).ReplaceLineEndings("\n");
}
