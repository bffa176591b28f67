using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using PuppeteerSharp;

namespace HttpStatusKit.Docs;

/// <summary>
/// Serves the built site on 127.0.0.1 with Kestrel and opens its key pages in headless Chromium (the system's browser;
/// nothing is downloaded). A page passes when its heading and content rendered, no request failed or answered 400 or
/// more, and the console logged no error. Each page is saved as a PNG screenshot.
/// </summary>
internal static class BrowserChecks
{
    /// <summary>The pages opened: site path, the text the first heading must contain, and the screenshot's name.</summary>
    public static readonly (string Path, string Heading, string Screenshot)[] Pages =
    [
        ("index.html", "HttpStatusKit", "home"),
        ("api/HttpStatusKit.HttpStatusCatalog.html", "HttpStatusCatalog", "api-httpstatuscatalog"),
        (CodePages.Folder + "/404.html", HttpStatusCatalog.NotFound.ToString(), "status-404"),
        (CodePages.Folder + "/unofficial/" + Path.ChangeExtension(CodePages.UnofficialFile(Nginx499()), ".html"), Nginx499().ToString(), "unofficial-nginx-499"),
    ];

    private static readonly string[] s_arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    /// <summary>Runs the checks; returns the failures, one line each (empty when every page passed).</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(string site, string screenshots, string browser, TextWriter output)
    {
        Directory.CreateDirectory(screenshots);
        WebApplication host = StartHost(Path.GetFullPath(site));
        string userData = Directory.CreateTempSubdirectory("docs-site-chromium-").FullName;
        var failures = new List<string>();
        try
        {
            await host.StartAsync();
            string root = host.Urls.Single().TrimEnd('/') + "/";
            await using IBrowser chromium = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = browser,
                Headless = true,
                UserDataDir = userData,
                Args = s_arguments,
                Timeout = 60_000,
            });
            foreach ((string path, string heading, string screenshot) in Pages)
            {
                List<string> problems = await CheckPageAsync(chromium, root + path, heading, Path.Combine(screenshots, screenshot + ".png"));
                output.WriteLine(problems.Count == 0 ? $"passed: {path}" : $"FAILED: {path}");
                failures.AddRange(problems.Select(p => $"{path}: {p}"));
            }
        }
        finally
        {
            await host.StopAsync();
            await host.DisposeAsync();
            TryDelete(userData);
        }

        return failures;
    }

    private static async Task<List<string>> CheckPageAsync(IBrowser chromium, string url, string heading, string screenshot)
    {
        var problems = new List<string>();
        await using IPage page = await chromium.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        page.RequestFailed += (_, e) => problems.Add($"request failed: {e.Request.Url} ({e.Request.FailureText})");
        page.Response += (_, e) =>
        {
            if ((int)e.Response.Status >= 400)
            {
                problems.Add($"HTTP {(int)e.Response.Status}: {e.Response.Url}");
            }
        };
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                problems.Add($"console error: {e.Message.Text}");
            }
        };
        page.PageError += (_, e) => problems.Add($"script error: {e.Message}");

        IResponse response = await page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Networkidle0], Timeout = 60_000 });
        if (response is null || !response.Ok)
        {
            problems.Add($"the page answered {(response is null ? "nothing" : ((int)response.Status).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        }

        string title = await page.EvaluateExpressionAsync<string>("(document.querySelector('article h1, main h1, h1') || {}).textContent || ''");
        if (!title.Contains(heading, StringComparison.Ordinal))
        {
            problems.Add($"the first heading is \"{title.Trim()}\", expected it to contain \"{heading}\"");
        }

        int content = await page.EvaluateExpressionAsync<int>("(document.querySelector('article') || document.body).innerText.length");
        if (content < 200)
        {
            problems.Add($"the article holds {content} characters of text, expected content");
        }

        await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = false });
        return problems;
    }

    private static WebApplication StartHost(string site)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = site, WebRootPath = site });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var files = new PhysicalFileProvider(site);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }

    private static UnofficialStatusInfo Nginx499() =>
        UnofficialStatusCatalog.TryGet(499, HttpStatusVendor.Nginx, out UnofficialStatusInfo? info)
            ? info
            : throw new InvalidOperationException("The unofficial catalog lacks nginx 499, the page the browser checks open.");

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium can still hold a file for a moment after it exits; the folder is a temporary one.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
