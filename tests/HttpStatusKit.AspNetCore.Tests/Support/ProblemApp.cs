using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests.Support;

/// <summary>
/// One in-memory application shared by the tests of a class: minimal endpoints that return Results.Problem and
/// TypedResults.Problem for the status in the route, with the package registered and nothing else.
/// </summary>
public sealed class ProblemApp : IAsyncLifetime
{
    private TestApp? _app;

    public TestApp App => _app!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(
            services => services.AddHttpStatusKitProblemDetails(),
            app =>
            {
                app.MapGet("/results/{status:int}", (int status) => Results.Problem(statusCode: status));
                app.MapGet("/typed/{status:int}", (int status) => TypedResults.Problem(statusCode: status));
            });
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
