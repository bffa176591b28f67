using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Reflection;

namespace HttpStatusKit.Cli;

/// <summary>
/// The <c>http-status</c> command line: a status lookup at the root, and the <c>search</c>, <c>list</c> and
/// <c>table</c> commands. Everything is written to the writers given, so every command runs the same in a test as
/// in a terminal.
/// </summary>
internal static class HttpStatusCommand
{
    /// <summary>Exit code: the status was found (or the command succeeded).</summary>
    public const int Found = 0;

    /// <summary>Exit code: the text names no status, the number is not a valid status code, or a search found nothing.</summary>
    public const int NotFound = 1;

    /// <summary>Exit code: the command line is wrong: an unknown command or option, a missing or empty argument, text that is too long.</summary>
    public const int Usage = 2;

    /// <summary>Exit code: something outside the command line failed, such as writing the output.</summary>
    public const int Failure = 3;

    private const string ToolName = "http-status";

    /// <summary>Parses the arguments, runs the command, and returns the exit code. Never throws.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where results and help go.</param>
    /// <param name="stderr">Where the one-line error messages go.</param>
    /// <param name="style">Whether results get colour and emphasis.</param>
    /// <returns>0 found, 1 not found, 2 usage error, 3 other failure.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, OutputStyle style)
    {
        try
        {
            Command root = Build(stdout, stderr, style);
            ParseResult result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (result.Action is ParseErrorAction)
            {
                string command = result.CommandResult.Command == root ? ToolName : ToolName + " " + result.CommandResult.Command.Name;
                string message = result.Errors.Count > 0 ? result.Errors[0].Message : "the command line could not be read";
                return Fail(stderr, Usage, $"{StatusQuery.Printable(Shorten(message))} (see '{command} --help')");
            }

            return result.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // The tool must end with one line and an exit code, never a stack trace, whatever fails.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            try
            {
                return Fail(stderr, Failure, exception.Message);
            }
            catch (IOException)
            {
                return Failure;
            }
        }
    }

    private static Command Build(TextWriter stdout, TextWriter stderr, OutputStyle style)
    {
        var json = new Option<bool>("--json")
        {
            Description = "Write machine-readable JSON instead of text.",
            Recursive = true,
        };

        var status = new Argument<string[]>("status")
        {
            Description = "A code (404), a status line (\"404 Not Found\"), a reason phrase old or new (\"not found\"), or a name (NotFound).",
            Arity = ArgumentArity.ZeroOrMore,

            // Hidden so that the subcommands' usage lines do not show it; the root description explains it instead.
            Hidden = true,
        };

        var root = new Command(ToolName,
            "Look up HTTP status codes: what a code means, when to expect it, and the specification that defines it.\n\n"
            + "  http-status <status> [--json]\n\n"
            + "where <status> is a code (404), a status line (\"404 Not Found\"), a reason phrase old or new\n"
            + "(\"not found\", \"Request Entity Too Large\") or a name (NotFound).\n\n"
            + "Exit codes: 0 found, 1 not found or not a valid status code, 2 usage error, 3 other failure.")
        {
            status,
            json,
            BuildSearch(json, stdout, stderr, style),
            BuildList(json, stdout, style),
            BuildTable(json, stdout, stderr),
        };

        // A plain command rather than RootCommand, whose name and version would come from the process that hosts it
        // (a test runner, for one); these are the options RootCommand would add.
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption { Action = new VersionAction() });

        // Text before a command ("http-status 404 list") would otherwise be taken as a status and ignored.
        foreach (Command command in root.Subcommands)
        {
            command.Validators.Add(commandResult =>
            {
                string[] stray = commandResult.Parent is CommandResult parent ? parent.GetValue(status) ?? [] : [];
                if (stray.Length > 0)
                {
                    commandResult.AddError($"'{stray[0]}' cannot come before the '{command.Name}' command");
                }
            });
        }

        root.SetAction(result =>
        {
            string[] tokens = result.GetValue(status) ?? [];
            if (tokens.Length == 0)
            {
                return Fail(stderr, Usage, $"give a status code, phrase or name, such as '{ToolName} 404', or a command (see '{ToolName} --help')");
            }

            QueryResult query = StatusQuery.Resolve(tokens.Length == 1 ? tokens[0] : string.Join(' ', tokens));
            if (query.Info is null)
            {
                return Fail(stderr, query.Outcome == QueryOutcome.Usage ? Usage : NotFound, query.Message!);
            }

            if (result.GetValue(json))
            {
                stdout.WriteLine(JsonOutput.Record(query.Info));
            }
            else
            {
                TextOutput.WriteRecord(stdout, query.Info, style);
            }

            return Found;
        });

        return root;
    }

    private static Command BuildSearch(Option<bool> json, TextWriter stdout, TextWriter stderr, OutputStyle style)
    {
        var words = new Argument<string[]>("words")
        {
            Description = "Words to look for in reason phrases, names, former phrases and descriptions; every word must match.",
            Arity = ArgumentArity.OneOrMore,
        };

        var search = new Command("search", "Find status codes by words, best match first.") { words };
        search.SetAction(result =>
        {
            string text = string.Join(' ', result.GetValue(words) ?? []);
            if (text.Length > StatusQuery.MaxLength)
            {
                return Fail(stderr, Usage, $"the search text is too long ({text.Length} characters; at most {StatusQuery.MaxLength})");
            }

            string[] terms = StatusSearch.Words(text);
            if (terms.Length == 0)
            {
                return Fail(stderr, Usage, "give at least one word of letters or digits to search for, such as 'timeout'");
            }

            IReadOnlyList<HttpStatusInfo> hits = StatusSearch.Search(terms);
            if (hits.Count == 0)
            {
                return Fail(stderr, NotFound, $"no status code matches \"{StatusQuery.Printable(text)}\"; try fewer or shorter words, or '{ToolName} list'");
            }

            if (result.GetValue(json))
            {
                stdout.WriteLine(JsonOutput.Records(hits));
            }
            else
            {
                TextOutput.WriteHits(stdout, hits, style);
            }

            return Found;
        });
        return search;
    }

    private static Command BuildList(Option<bool> json, TextWriter stdout, OutputStyle style)
    {
        var category = new Option<string>("--category", "-c")
        {
            Description = "Only one class: informational, success, redirection, client-error or server-error (or 1xx to 5xx).",
            HelpName = "class",
        };
        category.Validators.Add(option =>
        {
            string? value = option.GetValueOrDefault<string>();
            if (!Categories.TryParse(value, out _))
            {
                option.AddError($"'{value}' is not a class; use one of {string.Join(", ", Categories.OptionValues)}, or 1xx to 5xx");
            }
        });

        var list = new Command("list", "List the catalog, or one class of it, one code per line.") { category };
        list.SetAction(result =>
        {
            string? value = result.GetValue(category);
            IReadOnlyList<HttpStatusInfo> infos = value is not null && Categories.TryParse(value, out HttpStatusCategory only)
                ? HttpStatusCatalog.All.Where(i => i.Category == only).ToArray()
                : HttpStatusCatalog.All;
            if (result.GetValue(json))
            {
                stdout.WriteLine(JsonOutput.Records(infos));
            }
            else
            {
                TextOutput.WriteList(stdout, infos, style);
            }

            return Found;
        });
        return list;
    }

    private static Command BuildTable(Option<bool> json, TextWriter stdout, TextWriter stderr)
    {
        var statuses = new Argument<string[]>("statuses")
        {
            Description = "The codes to document, in the order they should appear; each may also be a phrase or name.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "The output format: markdown, csv, json or html.",
            HelpName = "format",
            DefaultValueFactory = _ => "markdown",
        };
        format.Validators.Add(option =>
        {
            string? value = option.GetValueOrDefault<string>();
            if (!TableOutput.TryParseFormat(value, out _))
            {
                option.AddError($"'{value}' is not a table format; use one of {string.Join(", ", TableOutput.FormatNames)}");
            }
        });

        var table = new Command("table", "Write a status-code reference table for an API's documentation: code, phrase, description and when to expect it.")
        {
            statuses,
            format,
        };
        table.SetAction(result =>
        {
            var infos = new List<HttpStatusInfo>();
            foreach (string text in result.GetValue(statuses) ?? [])
            {
                QueryResult query = StatusQuery.Resolve(text);
                if (query.Info is null)
                {
                    return Fail(stderr, query.Outcome == QueryOutcome.Usage ? Usage : NotFound, query.Message!);
                }

                infos.Add(query.Info);
            }

            // The validator has already refused any other value, so a failed parse cannot reach this point.
            _ = TableOutput.TryParseFormat(result.GetValue(format), out TableFormat chosen);
            if (result.GetValue(json))
            {
                chosen = TableFormat.Json;
            }

            stdout.Write(TableOutput.Render(infos, chosen));
            return Found;
        });
        return table;
    }

    /// <summary>Writes the tool's own version, the package version it was built as.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            string version = typeof(HttpStatusCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return Found;
        }
    }

    private static int Fail(TextWriter stderr, int exitCode, string message)
    {
        stderr.WriteLine(ToolName + ": " + message);
        return exitCode;
    }

    /// <summary>Keeps a parser message to one short line, whatever the user typed into it.</summary>
    private static string Shorten(string message)
    {
        string line = message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
        return line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 300), "...");
    }
}
