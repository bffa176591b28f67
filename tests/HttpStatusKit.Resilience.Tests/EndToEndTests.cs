using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using HttpStatusKit.Resilience.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace HttpStatusKit.Resilience.Tests;

/// <summary>
/// A real HttpClient from IHttpClientFactory with the standard resilience handler and
/// <c>o.Retry.UseHttpStatusKit()</c>, against a real Kestrel server on 127.0.0.1 that answers scripted sequences. The
/// server counts the attempts; the pipeline runs on a fake clock (the registered <see cref="TimeProvider"/>), so the
/// tests see each wait without sleeping through it.
/// </summary>
public sealed class EndToEndTests
{
    private static readonly TimeSpan s_tick = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task WaitsRetryAfterThenSucceedsGivenServiceUnavailableThenOk()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync(new Reply(503, "1"), new Reply(200));
        var time = new RecordingTimeProvider();
        var waits = new List<TimeSpan>();
        var reasons = new List<string>();
        using ServiceProvider services = Services(server, time, o =>
        {
            o.Retry.UseHttpStatusKit();
            o.Retry.OnRetry = args =>
            {
                waits.Add(args.RetryDelay);
                reasons.Add(args.Context.Properties.GetValue(HttpRetryDecision.PropertyKey, null!).Reason);
                return default;
            };
        });
        HttpClient client = services.GetRequiredService<IHttpClientFactory>().CreateClient("scripted");

        Task<HttpResponseMessage> sending = client.GetAsync("/orders/42");
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1) - s_tick);
        int attemptsBeforeTheSecond = server.Attempts;
        bool doneBeforeTheSecond = sending.IsCompleted;
        time.Advance(s_tick);
        using HttpResponseMessage response = await sending;

        attemptsBeforeTheSecond.Should().Be(1);
        doneBeforeTheSecond.Should().BeFalse();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        server.Attempts.Should().Be(2);
        waits.Should().Equal(TimeSpan.FromSeconds(1));
        reasons.Should().Equal("503 Service Unavailable is retried after 1 s, as its Retry-After asks: the condition is temporary (HttpRetryAdvice.AfterDelay).");
    }

    [Fact]
    public async Task RetriesUntilAttemptsRunOutGivenBadGatewayToGet()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync(new Reply(502));
        using ServiceProvider services = Services(server, new RecordingTimeProvider(), o => o.Retry.UseHttpStatusKit());
        HttpClient client = services.GetRequiredService<IHttpClientFactory>().CreateClient("scripted");

        using HttpResponseMessage response = await client.GetAsync("/orders/42");

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        server.Methods.Should().Equal("GET", "GET", "GET", "GET");
    }

    [Fact]
    public async Task SendsOnceGivenBadGatewayToPost()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync(new Reply(502), new Reply(200));
        using ServiceProvider services = Services(server, new RecordingTimeProvider(), o => o.Retry.UseHttpStatusKit());
        HttpClient client = services.GetRequiredService<IHttpClientFactory>().CreateClient("scripted");

        using HttpResponseMessage response = await client.PostAsync("/orders", new StringContent("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        server.Methods.Should().Equal("POST");
    }

    [Fact]
    public async Task SendsOnceAndTellsWhyGivenNotImplemented()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync(new Reply(501), new Reply(200));
        using ServiceProvider services = Services(server, new RecordingTimeProvider(), o => o.Retry.UseHttpStatusKit());
        HttpClient client = services.GetRequiredService<IHttpClientFactory>().CreateClient("scripted");
        ResilienceContext context = ResilienceContextPool.Shared.Get();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feature");
        request.SetResilienceContext(context);

        using HttpResponseMessage response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotImplemented);
        server.Attempts.Should().Be(1);
        context.Properties.GetValue(HttpRetryDecision.PropertyKey, null!).Reason
            .Should().Be("501 Not Implemented is not retried: repeating the same request is expected to fail the same way (HttpRetryAdvice.DoNotRetry).");
        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public async Task SendsOnceGivenContentTooLargeWithoutRetryAfter()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync(new Reply(413), new Reply(200));
        using ServiceProvider services = Services(server, new RecordingTimeProvider(), o => o.Retry.UseHttpStatusKit());
        HttpClient client = services.GetRequiredService<IHttpClientFactory>().CreateClient("scripted");

        using HttpResponseMessage response = await client.PutAsync("/upload", new StringContent("large"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task WaitsRetryAfterGivenContentTooLargeWithRetryAfter()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync(new Reply(413, "2"), new Reply(201));
        var time = new RecordingTimeProvider();
        using ServiceProvider services = Services(server, time, o => o.Retry.UseHttpStatusKit());
        HttpClient client = services.GetRequiredService<IHttpClientFactory>().CreateClient("scripted");

        Task<HttpResponseMessage> sending = client.PostAsync("/upload", new StringContent("large"));
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromSeconds(2) - s_tick);
        int attemptsBeforeTheWaitEnds = server.Attempts;
        time.Advance(s_tick);
        using HttpResponseMessage response = await sending;

        attemptsBeforeTheWaitEnds.Should().Be(1);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        server.Methods.Should().Equal("POST", "POST");
    }

    [Fact]
    public async Task WaitsUntilDateGivenTooManyRequestsWithHttpDate()
    {
        var time = new RecordingTimeProvider();
        string date = time.GetUtcNow().AddSeconds(5).ToString("r", CultureInfo.InvariantCulture);
        await using ScriptedServer server = await ScriptedServer.StartAsync(new Reply(429, date), new Reply(200));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddHttpClient("scripted", c => c.BaseAddress = server.Address)
            .AddStandardResilienceHandler()
            .Configure((o, provider) =>
            {
                o.Retry.Delay = TimeSpan.Zero;
                o.Retry.UseHttpStatusKit(kit => kit.TimeProvider = provider.GetRequiredService<TimeProvider>());
            });
        using ServiceProvider provider = services.BuildServiceProvider();
        HttpClient client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("scripted");

        Task<HttpResponseMessage> sending = client.PostAsync("/messages", new StringContent("hello"));
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5) - s_tick);
        int attemptsBeforeTheDate = server.Attempts;
        time.Advance(s_tick);
        using HttpResponseMessage response = await sending;

        attemptsBeforeTheDate.Should().Be(1);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        server.Methods.Should().Equal("POST", "POST");
    }

    [Fact]
    public async Task ReturnsAtOnceGivenRetryAfterLongerThanMaxRetryAfter()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync(new Reply(503, "120"), new Reply(200));
        using ServiceProvider services = Services(server, new RecordingTimeProvider(), o => o.Retry.UseHttpStatusKit());
        HttpClient client = services.GetRequiredService<IHttpClientFactory>().CreateClient("scripted");

        using HttpResponseMessage response = await client.GetAsync("/orders/42");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(120));
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task UsesRegisteredClockGivenAddHttpStatusKitRetryInAddResilienceHandler()
    {
        var time = new RecordingTimeProvider();
        string date = time.GetUtcNow().AddSeconds(3).ToString("r", CultureInfo.InvariantCulture);
        await using ScriptedServer server = await ScriptedServer.StartAsync(new Reply(503, date), new Reply(200));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddHttpClient("scripted", c => c.BaseAddress = server.Address)
            .AddResilienceHandler("kit", builder => builder.AddHttpStatusKitRetry(new HttpRetryStrategyOptions { Delay = TimeSpan.Zero }));
        using ServiceProvider provider = services.BuildServiceProvider();
        HttpClient client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("scripted");

        Task<HttpResponseMessage> sending = client.DeleteAsync("/orders/42");
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        time.Advance(TimeSpan.FromSeconds(3));
        using HttpResponseMessage response = await sending;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        server.Methods.Should().Equal("DELETE", "DELETE");
    }

    /// <summary>
    /// A client named "scripted" for the server, on the given clock. The back-off without Retry-After is zero, so a retry
    /// that should not happen shows up at once in the server's count instead of waiting for a clock no one moves.
    /// </summary>
    private static ServiceProvider Services(ScriptedServer server, TimeProvider time, Action<HttpStandardResilienceOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddHttpClient("scripted", c => c.BaseAddress = server.Address).AddStandardResilienceHandler(o =>
        {
            o.Retry.Delay = TimeSpan.Zero;
            configure(o);
        });
        return services.BuildServiceProvider();
    }
}
