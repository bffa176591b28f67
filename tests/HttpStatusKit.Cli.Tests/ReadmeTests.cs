using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using HttpStatusKit.Cli.Tests.Support;

namespace HttpStatusKit.Cli.Tests;

/// <summary>The README's command-line section tells the truth: its session is what the tool prints, and its JSON fields are the real ones.</summary>
public sealed class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(Tool.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");

    private static string Section
    {
        get
        {
            string readme = Readme;
            int start = readme.IndexOf("\n## Command-line tool\n", StringComparison.Ordinal);
            int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            start.Should().BePositive();
            end.Should().BeGreaterThan(start);
            return readme[start..end];
        }
    }

    [Fact]
    public void ShowsWhatTheToolPrintsGivenTheExampleSession()
    {
        string section = Section;
        int start = section.IndexOf("```console\n", section.IndexOf("### Example session", StringComparison.Ordinal), StringComparison.Ordinal) + "```console\n".Length;
        int end = section.IndexOf("```\n", start, StringComparison.Ordinal);
        string session = section[start..end];
        var commands = 0;

        foreach ((string commandLine, string shown) in Steps(session))
        {
            commandLine.Should().StartWith("http-status");
            CliResult result = Tool.Run(SplitArguments(commandLine["http-status".Length..]));
            (result.Stdout + result.Stderr).ReplaceLineEndings("\n").Should().Be(shown, commandLine);
            commands++;
        }

        commands.Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void DocumentsEveryJsonFieldGivenTheJsonTable()
    {
        string section = Section;

        foreach (string field in JsonTests.RecordFields.Concat(JsonTests.SpecificationFields).Concat(JsonTests.HeaderFields).Concat(["phrase", "usedBy"]))
        {
            section.Should().Contain($"`{field}`");
        }
    }

    [Fact]
    public void GivesTheRunFromCloneCommandGivenBothSections()
    {
        const string Command = "\ndotnet run --project src/HttpStatusKit.Cli -- 404\n";

        Section.Should().Contain(Command);
        Readme[Readme.IndexOf("## Build and test", StringComparison.Ordinal)..].Should().Contain(Command);
    }

    [Fact]
    public void DocumentsTheExitCodesTheToolUsesGivenTheExitCodeTable()
    {
        string section = Section;

        foreach ((int code, string meaning) in new[] { (HttpStatusCommand.Found, "Found"), (HttpStatusCommand.NotFound, "Not found"), (HttpStatusCommand.Usage, "Usage error") })
        {
            section.Should().Contain($"| {code} | {meaning}");
        }
    }

    private static IEnumerable<(string CommandLine, string Output)> Steps(string session)
    {
        string? command = null;
        var output = new StringBuilder();
        foreach (string line in session.Split('\n'))
        {
            if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                if (command is not null)
                {
                    yield return (command, output.ToString());
                }

                command = line[2..];
                output.Clear();
            }
            else if (command is not null)
            {
                output.Append(line).Append('\n');
            }
        }

        if (command is not null)
        {
            // The block ends with a newline, which split leaves as a last empty line.
            yield return (command, output.ToString()[..^1]);
        }
    }

    /// <summary>Splits a command line as a POSIX shell does for plain words and double-quoted strings.</summary>
    private static string[] SplitArguments(string text)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        bool any = false;
        foreach (char c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            args.Add(current.ToString());
        }

        return args.ToArray();
    }
}
