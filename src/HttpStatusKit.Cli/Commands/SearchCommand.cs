using System.Collections.Generic;
using System.CommandLine;

namespace HttpStatusKit.Cli;

/// <summary>
/// <c>http-status search &lt;words&gt; [--vendor &lt;name&gt;]</c>: the codes whose phrase, name, former phrase or
/// description match every word, then the vendor meanings that match, labelled with their vendor.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CommandContext context)
    {
        var words = new Argument<string[]>("words")
        {
            Description = "Words to look for in reason phrases, names, former phrases and descriptions, and in vendors' phrases and descriptions; every word must match.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<HttpStatusVendor?> vendor = CommandContext.CreateVendorOption("Only one vendor's meanings: {0}.");

        var search = new Command("search", "Find status codes by words, best match first; vendors' unofficial meanings follow the standard matches.")
        {
            words,
            vendor,
        };
        search.SetAction(result =>
        {
            string text = string.Join(' ', result.GetValue(words) ?? []);
            if (text.Length > StatusQuery.MaxLength)
            {
                return context.Fail(HttpStatusCommand.Usage, $"the search text is too long ({text.Length} characters; at most {StatusQuery.MaxLength})");
            }

            string[] terms = StatusSearch.Words(text);
            if (terms.Length == 0)
            {
                return context.Fail(HttpStatusCommand.Usage, "give at least one word of letters or digits to search for, such as 'timeout'");
            }

            IReadOnlyList<StatusAnswer> hits = StatusSearch.Search(terms, result.GetValue(vendor));
            if (hits.Count == 0)
            {
                return context.Fail(HttpStatusCommand.NotFound, $"no status code matches \"{StatusQuery.Printable(text)}\"; try fewer or shorter words, or '{CommandContext.ToolName} list'");
            }

            context.WriterFor(result).WriteHits(hits);
            return HttpStatusCommand.Found;
        });
        return search;
    }
}
