using System.CommandLine;
using System.CommandLine.Parsing;

namespace HttpStatusKit.Cli;

/// <summary>
/// <c>http-status &lt;status&gt; [--vendor &lt;name&gt;]</c>: the whole record of one status, found by code, status line,
/// phrase or name, with the vendors' meanings of the code; or a vendor's meaning, found by its phrase.
/// </summary>
internal static class LookupCommand
{
    /// <summary>The root command, whose action is the lookup, with the other commands under it.</summary>
    public static Command Create(CommandContext context, params Command[] subcommands)
    {
        var status = new Argument<string[]>("status")
        {
            Description = "A code (404), a status line (\"404 Not Found\"), a reason phrase old or new (\"not found\"), or a name (NotFound).",
            Arity = ArgumentArity.ZeroOrMore,

            // Hidden so that the subcommands' usage lines do not show it; the root description explains it instead.
            Hidden = true,
        };
        Option<HttpStatusVendor?> vendor = CommandContext.CreateVendorOption("Only one vendor's meanings: {0}.");

        var root = new Command(CommandContext.ToolName,
            "Look up HTTP status codes: what a code means, when to expect it, and the specification that defines it.\n\n"
            + "  http-status <status> [--vendor <name>] [--json]\n\n"
            + "where <status> is a code (404), a status line (\"404 Not Found\"), a reason phrase old or new\n"
            + "(\"not found\", \"Request Entity Too Large\") or a name (NotFound). A code that vendors use\n"
            + "unofficially (nginx's 444, Cloudflare's 520) also shows each vendor's meaning, marked as not\n"
            + "standard, and a vendor's phrase (\"client closed request\") finds that vendor's meaning.\n\n"
            + "Exit codes: 0 found, 1 not found or not a valid status code, 2 usage error, 3 other failure.")
        {
            status,
            vendor,
            context.Json,
        };

        foreach (Command command in subcommands)
        {
            root.Subcommands.Add(command);

            // Text or --vendor before a command ("http-status 404 list") would otherwise be taken for the lookup and ignored.
            command.Validators.Add(commandResult =>
            {
                if (commandResult.Parent is not CommandResult parent)
                {
                    return;
                }

                string[] stray = parent.GetValue(status) ?? [];
                if (stray.Length > 0)
                {
                    commandResult.AddError($"'{stray[0]}' cannot come before the '{command.Name}' command");
                }
                else if (parent.GetResult(vendor) is not null)
                {
                    commandResult.AddError($"'--vendor' cannot come before the '{command.Name}' command");
                }
            });
        }

        root.SetAction(result =>
        {
            string[] tokens = result.GetValue(status) ?? [];
            if (tokens.Length == 0)
            {
                return context.Fail(HttpStatusCommand.Usage, $"give a status code, phrase or name, such as '{CommandContext.ToolName} 404', or a command (see '{CommandContext.ToolName} --help')");
            }

            QueryResult query = StatusQuery.Resolve(tokens.Length == 1 ? tokens[0] : string.Join(' ', tokens), result.GetValue(vendor));
            if (query.Answer is null)
            {
                return context.Fail(query.Outcome == QueryOutcome.Usage ? HttpStatusCommand.Usage : HttpStatusCommand.NotFound, query.Message!);
            }

            context.WriterFor(result).WriteRecord(query.Answer);
            return HttpStatusCommand.Found;
        });
        return root;
    }
}
