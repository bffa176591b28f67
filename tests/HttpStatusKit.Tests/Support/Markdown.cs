using System;
using System.Collections.Generic;

namespace HttpStatusKit.Tests.Support;

/// <summary>Reads the fenced code blocks of a markdown page, for the tests that compile or compare them.</summary>
public static class Markdown
{
    /// <summary>The bodies of the fenced blocks of one language (<c>csharp</c>, <c>cs</c>), in order; <paramref name="markdown"/> has "\n" line ends.</summary>
    public static List<string> Blocks(string markdown, string language)
    {
        var blocks = new List<string>();
        string fence = "```" + language + "\n";
        for (int at = markdown.IndexOf(fence, StringComparison.Ordinal); at >= 0; at = markdown.IndexOf(fence, at + 1, StringComparison.Ordinal))
        {
            int body = at + fence.Length;
            blocks.Add(markdown[body..markdown.IndexOf("```\n", body, StringComparison.Ordinal)]);
        }

        return blocks;
    }
}
