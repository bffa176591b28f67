using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace HttpStatusKit.Cli;

/// <summary><c>http-status list [--category &lt;class&gt;]</c>: the catalog, or one class of it, one code per line.</summary>
internal static class ListCommand
{
    public static Command Create(CommandContext context)
    {
        Option<HttpStatusCategory?> category = OptionValues.Category.CreateOption("--category", "-c", "class", "Only one class: {0}.");

        var list = new Command("list", "List the catalog, or one class of it, one code per line.") { category };
        list.SetAction(result =>
        {
            HttpStatusCategory? only = result.GetValue(category);
            IReadOnlyList<HttpStatusInfo> infos = only is null
                ? HttpStatusCatalog.All
                : HttpStatusCatalog.All.Where(i => i.Category == only).ToArray();
            context.WriterFor(result).WriteList(infos);
            return HttpStatusCommand.Found;
        });
        return list;
    }
}
