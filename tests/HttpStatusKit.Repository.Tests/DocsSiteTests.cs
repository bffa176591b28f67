using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HttpStatusKit.Docs;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.RepositoryTests;

/// <summary>
/// The site's pages about codes, which tests/HttpStatusKit.Docs writes from the catalog when .ci/docs builds the site:
/// every code of the dated IANA registry copy has its page under its registry phrase, and every page is reachable from
/// the table of contents. The registry copy is the independent source; the pages are built from the records.
/// </summary>
public sealed class DocsSiteTests
{
    private static readonly IReadOnlyDictionary<string, string> s_pages = CodePages.Build();

    public static TheoryData<string, string> RegistryCodes()
    {
        var data = new TheoryData<string, string>();
        string csv = File.ReadAllText(Path.Combine(Repository.Root, "tests", "HttpStatusKit.Tests", "Data", "iana-status-codes.csv")).ReplaceLineEndings("\n");
        foreach (string[] row in Csv.Parse(csv, "\n").Skip(1).Where(r => r is not [""]))
        {
            data.Add(row[0], row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegistryCodes))]
    public void HasAPageHeadedWithTheRegistryPhraseGivenRegistryCode(string code, string phrase)
    {
        string page = s_pages[code + ".md"];

        string heading = page.Split('\n').Single(line => line.StartsWith("# ", StringComparison.Ordinal));
        string registered = Regex.Replace(phrase, @"\s*\([^)]*\)$", "");
        if (registered.Length == 0)
        {
            // 306 and 418: the registry lists them as (Unused); the catalog keeps a phrase for each (docs/articles/reconciliation.md).
            heading.Should().StartWith("# " + code + " ");
        }
        else
        {
            heading.Should().Be("# " + code + " " + registered, "the registry annotation, such as (OBSOLETED), is not part of the phrase");
        }

        page.Should().Contain("| Specification | [").And.Contain("## When to expect it").And.Contain("## Retry advice").And.Contain("## Problem Details");
    }

    [Fact]
    public void ListsEveryPageGivenTableOfContents()
    {
        string toc = s_pages["toc.yml"];

        IEnumerable<string> markdown = s_pages.Keys.Where(k => k.EndsWith(".md", StringComparison.Ordinal));

        markdown.Should().OnlyContain(page => toc.Contains("href: " + page + "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void HasAPageForEveryUnofficialCodeGivenUnofficialList()
    {
        string csv = File.ReadAllText(Path.Combine(Repository.Root, "tests", "HttpStatusKit.Tests", "Data", "unofficial-status-codes.csv")).ReplaceLineEndings("\n");
        List<string> codes = [.. Csv.Parse(csv, "\n").Skip(1).Where(r => r is not [""]).Select(r => r[0]).Distinct()];

        IEnumerable<string> pages = s_pages.Keys.Where(k => k.StartsWith("unofficial/", StringComparison.Ordinal) && k != "unofficial/index.md");

        codes.Should().OnlyContain(code => pages.Any(page => page.EndsWith("-" + code + ".md", StringComparison.Ordinal)));
    }
}
