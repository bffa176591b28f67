# Consumers of the HttpStatusKit.Resilience package, sourced by .ci/package-smoke (which defines $work, $version,
# $packages, fail, readme_example, make_project and build_project): a fresh net10.0 console app that takes the package
# (and the HttpStatusKit it depends on) from the local folder, runs the C# example of the package's README, and then
# sends requests through the standard resilience handler wired by that example, with a scripted primary handler.

unzip -p "$packages/HttpStatusKit.Resilience.$version.nupkg" HttpStatusKit.Resilience.nuspec \
  | grep -qE "<dependency id=\"HttpStatusKit\" version=\"$version\"" \
  || fail "the nuspec of HttpStatusKit.Resilience does not depend on HttpStatusKit $version"

readme_example HttpStatusKit.Resilience "$work/resilience-readme-example.cs"

echo "== net10.0 consumer of HttpStatusKit.Resilience"
make_project ResilienceConsumer Microsoft.NET.Sdk net10.0 '' HttpStatusKit.Resilience
{
  cat "$work/resilience-readme-example.cs"
  cat <<'CS'

// The "orders" client of the README example, with the standard resilience handler and UseHttpStatusKit(), in front of
// a scripted server: 503 with Retry-After: 0 then 200 for GET /orders/42, 501 for /feature, 502 for POST /orders.
services.AddHttpClient("orders").ConfigurePrimaryHttpMessageHandler(() => new ScriptedHandler());
using (ServiceProvider provider = services.BuildServiceProvider())
{
    HttpClient client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("orders");
    foreach ((HttpMethod method, string path) in new[] { (HttpMethod.Get, "/orders/42"), (HttpMethod.Get, "/feature"), (HttpMethod.Post, "/orders") })
    {
        using HttpResponseMessage answer = await client.SendAsync(new HttpRequestMessage(method, path));
        Console.WriteLine($"{method} {path}: {(int)answer.StatusCode} after {ScriptedHandler.Attempts[path]} attempts");
    }
}

sealed class ScriptedHandler : HttpMessageHandler
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Attempts = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string path = request.RequestUri!.AbsolutePath;
        int attempt = Attempts.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = new HttpResponseMessage(path switch
        {
            "/orders/42" => attempt == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK,
            "/feature" => HttpStatusCode.NotImplemented,
            _ => HttpStatusCode.BadGateway,
        }) { RequestMessage = request };
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.Zero);
        return Task.FromResult(response);
    }
}
CS
} >"$work/ResilienceConsumer/Program.cs"
build_project ResilienceConsumer HttpStatusKit.Resilience
dotnet run --project "$work/ResilienceConsumer" -c Release --no-build >"$work/resilience.log" 2>&1 || { cat "$work/resilience.log"; fail "the HttpStatusKit.Resilience consumer failed"; }
expected=$(cat <<'OUT'
503 Service Unavailable is retried after 0 s, as its Retry-After asks: the condition is temporary (HttpRetryAdvice.AfterDelay).
200 after 2 attempts
502 Bad Gateway is not retried: POST is not idempotent, and the server may already have acted on the request (HttpRetryAdvice.IfIdempotent; RFC 9110, Section 9.2.2).
GET /orders/42: 200 after 2 attempts
GET /feature: 501 after 1 attempts
POST /orders: 502 after 1 attempts
OUT
)
[ "$(tr -d '\r' <"$work/resilience.log")" = "$expected" ] || { cat "$work/resilience.log"; fail "unexpected output from the HttpStatusKit.Resilience consumer, expected:"$'\n'"$expected"; }
cat "$work/resilience.log"
