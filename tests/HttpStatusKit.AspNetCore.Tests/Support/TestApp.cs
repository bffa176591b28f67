using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HttpStatusKit.AspNetCore.Tests.Support;

/// <summary>A real ASP.NET Core application, in memory (TestServer) or on Kestrel at 127.0.0.1 with a port of its own.</summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApp(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    /// <summary>A client for the application: TestServer's handler, or a real HttpClient for Kestrel.</summary>
    public HttpClient Client { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts an application in memory with the given services and endpoints.</summary>
    public static Task<TestApp> StartAsync(Action<IServiceCollection> services, Action<WebApplication> pipeline) =>
        StartAsync(services, pipeline, kestrel: false);

    /// <summary>Starts an application on Kestrel at 127.0.0.1, on a port the system chooses.</summary>
    public static Task<TestApp> StartOnKestrelAsync(Action<IServiceCollection> services, Action<WebApplication> pipeline) =>
        StartAsync(services, pipeline, kestrel: true);

    private static async Task<TestApp> StartAsync(Action<IServiceCollection> services, Action<WebApplication> pipeline, bool kestrel)
    {
        // The application name lets MVC find the controllers of this assembly; Production keeps the developer exception page off.
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TestApp).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        if (kestrel)
        {
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        services(builder.Services);
        WebApplication app = builder.Build();
        pipeline(app);
        await app.StartAsync();

        HttpClient client = kestrel
            ? new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()) }
            : app.GetTestClient();
        return new TestApp(app, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
