using System;
using System.Net.Http;
using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>The same problems over a real socket: Kestrel on 127.0.0.1 and a real HttpClient.</summary>
public sealed class KestrelTests
{
    private static Task<TestApp> StartAsync() => TestApp.StartOnKestrelAsync(
        services =>
        {
            services.AddHttpStatusKitProblemDetails();
            services.AddControllers();
        },
        app =>
        {
            app.UseExceptionHandler();
            app.UseStatusCodePages();
            app.MapControllers();
            app.MapPost("/orders", () => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity));
            app.MapGet("/throw", IResult () => throw new InvalidOperationException());
        });

    [Fact]
    public async Task CarriesCatalogValuesGivenRealServer()
    {
        await using TestApp app = await StartAsync();
        app.Client.BaseAddress!.Host.Should().Be("127.0.0.1");

        using HttpResponseMessage posted = await app.Client.PostAsync(new Uri("/orders", UriKind.Relative), content: null);
        Problem unprocessable = await Problem.ReadAsync(posted);
        Problem notFound = await Problem.GetAsync(app.Client, "/no/such/path");
        Problem thrown = await Problem.GetAsync(app.Client, "/throw");
        Problem validation = await Problem.GetAsync(app.Client, "/mvc/automatic?quantity=many");

        unprocessable.Status.Should().Be(422);
        unprocessable.ContentType.Should().Be("application/problem+json");
        unprocessable.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.21");
        unprocessable.Title.Should().Be("Unprocessable Content");
        notFound.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.5");
        notFound.Title.Should().Be("Not Found");
        thrown.Title.Should().Be("Internal Server Error");
        validation.Title.Should().Be("Bad Request");
    }
}
