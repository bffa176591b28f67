using System.Collections.Generic;
using System.CommandLine;

namespace HttpStatusKit.Cli;

/// <summary><c>http-status table &lt;statuses&gt; [--format &lt;format&gt;]</c>: a status-code reference table for an API's documentation.</summary>
internal static class TableCommand
{
    public static Command Create(CommandContext context)
    {
        var statuses = new Argument<string[]>("statuses")
        {
            Description = "The codes to document, in the order they should appear; each may also be a phrase or name.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<TableFormat?> format = OptionValues.TableFormat.CreateOption("--format", "format", "The output format: {0}; markdown when not given.", "-f");

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
                if (query.Answer is null)
                {
                    return context.Fail(query.Outcome == QueryOutcome.Usage ? HttpStatusCommand.Usage : HttpStatusCommand.NotFound, query.Message!);
                }

                if (query.Answer.ByVendor)
                {
                    // A table documents standard meanings; a vendor's phrase must not turn into the code's standard row.
                    return context.Fail(HttpStatusCommand.NotFound, $"\"{StatusQuery.Printable(text)}\" is a vendor's phrase ({query.Answer.VendorMeanings[0]}), not a standard one; a table documents standard meanings");
                }

                infos.Add(query.Answer.Standard);
            }

            TableFormat chosen = result.GetValue(context.Json) ? TableFormat.Json : result.GetValue(format) ?? TableFormat.Markdown;
            context.Stdout.Write(TableOutput.Render(infos, chosen));
            return HttpStatusCommand.Found;
        });
        return table;
    }
}
