using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HttpStatusKit.Resilience.Tests.Support;

/// <summary>One scripted answer: a status and, optionally, a Retry-After value sent as is.</summary>
public sealed record Reply(int Status, string? RetryAfter = null);

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a port the system picks, answering each request with the next reply of a
/// script (the last one repeats) and recording the method of every request it receives.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Reply[] _script;
    private readonly List<string> _methods = [];

    private ScriptedServer(WebApplication app, Reply[] script)
    {
        _app = app;
        _script = script;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>The method of every request received so far, in order.</summary>
    public IReadOnlyList<string> Methods
    {
        get
        {
            lock (_methods)
            {
                return _methods.ToList();
            }
        }
    }

    public int Attempts => Methods.Count;

    public static async Task<ScriptedServer> StartAsync(params Reply[] script)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var server = new ScriptedServer(app, script);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        server.Address = new Uri(app.Urls.Single());
        return server;
    }

    private Task AnswerAsync(HttpContext context)
    {
        int attempt;
        lock (_methods)
        {
            _methods.Add(context.Request.Method);
            attempt = _methods.Count;
        }

        Reply reply = _script[Math.Min(attempt, _script.Length) - 1];
        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = reply.RetryAfter;
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
