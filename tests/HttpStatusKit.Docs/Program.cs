using System;
using System.Collections.Generic;
using HttpStatusKit.Docs;

switch (args)
{
    case ["generate", string folder]:
        Console.WriteLine($"wrote {CodePages.Write(folder)} pages to {folder}");
        return 0;
    case ["check", string site, string screenshots, ..]:
        string browser = args.Length > 3 ? args[3] : "/usr/bin/chromium";
        IReadOnlyList<string> failures = await BrowserChecks.RunAsync(site, screenshots, browser, Console.Out);
        foreach (string failure in failures)
        {
            Console.Error.WriteLine(failure);
        }

        Console.WriteLine(failures.Count == 0 ? $"browser checks: {BrowserChecks.Pages.Length} pages passed" : $"browser checks: {failures.Count} problems");
        return failures.Count == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: docs-site generate <folder> | docs-site check <site folder> <screenshot folder> [<chromium>]");
        return 2;
}
