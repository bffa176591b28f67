using System.CommandLine;
using System.Linq;

namespace HttpStatusKit.Cli;

/// <summary>
/// <c>http-status list [--category &lt;class&gt;]</c>: the catalog, or one class of it, one code per line; with
/// <c>--unofficial [--vendor &lt;name&gt;]</c>, the vendors' unofficial codes instead.
/// </summary>
internal static class ListCommand
{
    public static Command Create(CommandContext context)
    {
        Option<HttpStatusCategory?> category = OptionValues.Category.CreateOption("--category", "class", "Only one class: {0}.", "-c");
        var unofficial = new Option<bool>("--unofficial")
        {
            Description = "List the codes vendors use that the IANA registry does not assign (or assigns otherwise), with each vendor's meaning, instead of the catalog.",
        };
        Option<HttpStatusVendor?> vendor = CommandContext.CreateVendorOption("With --unofficial, only one vendor's codes: {0}.");

        var list = new Command("list", "List the catalog, or one class of it, one code per line; or, with --unofficial, the vendors' unofficial codes.")
        {
            category,
            unofficial,
            vendor,
        };
        list.Validators.Add(result =>
        {
            if (result.GetResult(vendor) is not null && !result.GetValue(unofficial))
            {
                result.AddError("'--vendor' lists one vendor's unofficial codes and needs '--unofficial'");
            }
        });
        list.SetAction(result =>
        {
            HttpStatusCategory? only = result.GetValue(category);
            StatusWriter writer = context.WriterFor(result);
            if (!result.GetValue(unofficial))
            {
                writer.WriteList(HttpStatusCatalog.All.Where(i => only is null || i.Category == only).Select(i => StatusAnswer.ForStandard(i, null)).ToArray());
                return HttpStatusCommand.Found;
            }

            HttpStatusVendor? by = result.GetValue(vendor);
            UnofficialStatusInfo[] meanings = (by is null ? UnofficialStatusCatalog.All : UnofficialStatusCatalog.GetByVendor(by.Value))
                .Where(m => only is null || m.Category == only)
                .ToArray();
            if (meanings.Length == 0)
            {
                string whose = by is null ? "no vendor uses an" : StatusQuery.VendorName(by.Value) + " uses no";
                string which = only is null ? "" : EnumNames.Of(only.Value) + " ";
                return context.Fail(HttpStatusCommand.NotFound, $"{whose} unofficial {which}code that the catalog knows");
            }

            writer.WriteUnofficialList(meanings);
            return HttpStatusCommand.Found;
        });
        return list;
    }
}
