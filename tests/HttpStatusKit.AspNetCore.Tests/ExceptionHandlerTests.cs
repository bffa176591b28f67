using System;
using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>UseExceptionHandler writes its problem through IProblemDetailsService.</summary>
public sealed class ExceptionHandlerTests
{
    [Fact]
    public async Task CarriesInternalServerErrorTitleGivenUnhandledException()
    {
        await using TestApp app = await TestApp.StartAsync(
            services => services.AddHttpStatusKitProblemDetails(),
            app =>
            {
                app.UseExceptionHandler();
                app.MapGet("/throw", IResult () => throw new InvalidOperationException("order 7"));
            });

        Problem problem = await Problem.GetAsync(app.Client, "/throw");

        problem.Status.Should().Be(500);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.6.1");
        problem.Title.Should().Be("Internal Server Error", "the catalog's title replaces \"An error occurred while processing your request.\"");
        problem.Detail.Should().BeNull("the exception message is not disclosed");
    }

    [Fact]
    public async Task CarriesCatalogTitleGivenStatusCodeSelector()
    {
        await using TestApp app = await TestApp.StartAsync(
            services => services.AddHttpStatusKitProblemDetails(),
            app =>
            {
                app.UseExceptionHandler(new ExceptionHandlerOptions
                {
                    StatusCodeSelector = exception => exception is TimeoutException ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status500InternalServerError,
                });
                app.MapGet("/timeout", IResult () => throw new TimeoutException());
            });

        Problem problem = await Problem.GetAsync(app.Client, "/timeout");

        problem.Status.Should().Be(504);
        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.6.5");
        problem.Title.Should().Be("Gateway Timeout");
    }

    [Fact]
    public async Task CarriesCatalogTitleGivenExceptionFromController()
    {
        await using TestApp app = await TestApp.StartAsync(
            services =>
            {
                services.AddHttpStatusKitProblemDetails();
                services.AddControllers();
            },
            app =>
            {
                app.UseExceptionHandler();
                app.MapControllers();
            });

        Problem problem = await Problem.GetAsync(app.Client, "/mvc/throw");

        problem.Status.Should().Be(500);
        problem.Title.Should().Be("Internal Server Error");
    }
}
