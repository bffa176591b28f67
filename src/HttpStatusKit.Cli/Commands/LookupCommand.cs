using System.CommandLine;

namespace HttpStatusKit.Cli;

/// <summary><c>http-status &lt;status&gt;</c>: the whole record of one status, found by code, status line, phrase or name.</summary>
internal static class LookupCommand
{
    /// <summary>The root command, whose action is the lookup; the other commands are added to it.</summary>
    public static Command Create(CommandContext context, out Argument<string[]> status)
    {
        status = new Argument<string[]>("status")
        {
            Description = "A code (404), a status line (\"404 Not Found\"), a reason phrase old or new (\"not found\"), or a name (NotFound).",
            Arity = ArgumentArity.ZeroOrMore,

            // Hidden so that the subcommands' usage lines do not show it; the root description explains it instead.
            Hidden = true,
        };

        var root = new Command(CommandContext.ToolName,
            "Look up HTTP status codes: what a code means, when to expect it, and the specification that defines it.\n\n"
            + "  http-status <status> [--json]\n\n"
            + "where <status> is a code (404), a status line (\"404 Not Found\"), a reason phrase old or new\n"
            + "(\"not found\", \"Request Entity Too Large\") or a name (NotFound).\n\n"
            + "Exit codes: 0 found, 1 not found or not a valid status code, 2 usage error, 3 other failure.")
        {
            status,
            context.Json,
        };

        Argument<string[]> argument = status;
        root.SetAction(result =>
        {
            string[] tokens = result.GetValue(argument) ?? [];
            if (tokens.Length == 0)
            {
                return context.Fail(HttpStatusCommand.Usage, $"give a status code, phrase or name, such as '{CommandContext.ToolName} 404', or a command (see '{CommandContext.ToolName} --help')");
            }

            QueryResult query = StatusQuery.Resolve(tokens.Length == 1 ? tokens[0] : string.Join(' ', tokens));
            if (query.Info is null)
            {
                return context.Fail(query.Outcome == QueryOutcome.Usage ? HttpStatusCommand.Usage : HttpStatusCommand.NotFound, query.Message!);
            }

            context.WriterFor(result).WriteRecord(query.Info);
            return HttpStatusCommand.Found;
        });
        return root;
    }
}
