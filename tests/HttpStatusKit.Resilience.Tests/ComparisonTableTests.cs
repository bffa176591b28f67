using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using HttpStatusKit.Resilience.Tests.Support;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Extensions.Http;

namespace HttpStatusKit.Resilience.Tests;

/// <summary>
/// The README's comparison table: for each 4xx and 5xx status, and a few invalid values and Retry-After cases, which of
/// GET and POST are retried by Polly.Extensions.Http 3.0.0 (<c>HandleTransientHttpError</c>, run as a real Polly v7
/// retry policy), by Microsoft.Extensions.Http.Resilience's default retry predicate (the real 10.11.0 package), and by
/// this package. Set HTTPSTATUSKIT_UPDATE=1 to rewrite it.
/// </summary>
public sealed class ComparisonTableTests
{
    private const string Start = "<!-- comparison-table:start -->";
    private const string End = "<!-- comparison-table:end -->";

    private static readonly string[] s_methods = ["GET", "POST"];

    [Fact]
    public async Task TableMatchesTheRealPackagesGivenReadme()
    {
        var table = new StringBuilder();
        table.Append("| Status | Polly.Extensions.Http 3.0.0 | Microsoft.Extensions.Http.Resilience 10.11.0 | HttpStatusKit.Resilience |\n");
        table.Append("| --- | --- | --- | --- |\n");
        foreach ((int code, TimeSpan? retryAfter) in Rows())
        {
            HttpStatusInfo status = HttpStatusCatalog.Describe(code);
            string label = status.Registration switch
            {
                HttpStatusRegistration.Unassigned => $"{code} (unassigned)",
                HttpStatusRegistration.Invalid => $"{code} (invalid)",
                _ => status.ToString(),
            };
            if (retryAfter is { } wait)
            {
                label += $", Retry-After: {wait.TotalSeconds.ToString(CultureInfo.InvariantCulture)}";
            }

            table.Append(CultureInfo.InvariantCulture, $"| {label} | {await CellAsync(code, retryAfter, PollyRetriesAsync)} | {await CellAsync(code, retryAfter, StandardRetriesAsync)} | {await CellAsync(code, retryAfter, KitRetriesAsync)} |\n");
        }

        PackageReadme.AssertGeneratedSection(Start, End, table.ToString());
    }

    [Fact]
    public async Task HarnessSeesEachToolsKnownRuleGivenAnchorStatuses()
    {
        bool pollyRetries501 = await PollyRetriesAsync(501, "POST", null);
        bool pollyRetries429 = await PollyRetriesAsync(429, "GET", null);
        bool standardRetries429 = await StandardRetriesAsync(429, "POST", null);
        bool standardRetries404 = await StandardRetriesAsync(404, "GET", null);
        bool kitRetries501 = await KitRetriesAsync(501, "GET", null);

        pollyRetries501.Should().BeTrue();
        pollyRetries429.Should().BeFalse();
        standardRetries429.Should().BeTrue();
        standardRetries404.Should().BeFalse();
        kitRetries501.Should().BeFalse();
    }

    private static IEnumerable<(int Code, TimeSpan? RetryAfter)> Rows()
    {
        foreach (HttpStatusInfo info in HttpStatusCatalog.All.Where(i => i.Code >= 400))
        {
            yield return (info.Code, null);
        }

        foreach (int code in new[] { 499, 599, 600, 999 })
        {
            yield return (code, null);
        }

        yield return (413, TimeSpan.FromSeconds(5));
        yield return (429, TimeSpan.FromSeconds(5));
        yield return (429, TimeSpan.FromSeconds(120));
        yield return (503, TimeSpan.FromSeconds(5));
        yield return (503, TimeSpan.FromSeconds(120));
    }

    private static async Task<string> CellAsync(int code, TimeSpan? retryAfter, Func<int, string, TimeSpan?, Task<bool>> retries)
    {
        var methods = new List<string>();
        foreach (string method in s_methods)
        {
            if (await retries(code, method, retryAfter))
            {
                methods.Add(method);
            }
        }

        return methods.Count == 0 ? "no" : string.Join(", ", methods);
    }

    /// <summary>Runs a Polly v7 policy from Polly.Extensions.Http with one retry and counts the attempts.</summary>
    private static async Task<bool> PollyRetriesAsync(int code, string method, TimeSpan? retryAfter)
    {
        int attempts = 0;
        Polly.Retry.AsyncRetryPolicy<HttpResponseMessage> policy = HttpPolicyExtensions.HandleTransientHttpError().RetryAsync(1);

        using HttpResponseMessage response = await policy.ExecuteAsync(() =>
        {
            attempts++;
            return Task.FromResult(Http.Response(code, method, retryAfter));
        });

        return attempts == 2;
    }

    /// <summary>The default predicate of Microsoft.Extensions.Http.Resilience's HttpRetryStrategyOptions.</summary>
    private static async Task<bool> StandardRetriesAsync(int code, string method, TimeSpan? retryAfter)
    {
        using HttpResponseMessage response = Http.Response(code, method, retryAfter);
        return await Http.ShouldHandleAsync(new HttpRetryStrategyOptions(), Outcome.FromResult(response));
    }

    private static async Task<bool> KitRetriesAsync(int code, string method, TimeSpan? retryAfter)
    {
        using HttpResponseMessage response = Http.Response(code, method, retryAfter);
        return await Http.ShouldHandleAsync(new HttpRetryStrategyOptions().UseHttpStatusKit(), Outcome.FromResult(response));
    }
}
