using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>An application that writes a problem itself through IProblemDetailsService.</summary>
public sealed class ProblemDetailsServiceTests
{
    private static Task<TestApp> StartAsync() => TestApp.StartAsync(
        services => services.AddHttpStatusKitProblemDetails(),
        app =>
        {
            app.MapGet("/write/{status:int}", async (HttpContext context, IProblemDetailsService service, int status) =>
            {
                context.Response.StatusCode = status;
                await service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = new ProblemDetails() });
            });
            app.MapGet("/write-explicit", async (HttpContext context, IProblemDetailsService service) =>
            {
                context.Response.StatusCode = StatusCodes.Status409Conflict;
                await service.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Type = "https://example.com/problems/version-mismatch",
                        Title = "Version mismatch",
                        Detail = "The order changed since version 3.",
                        Extensions = { ["currentVersion"] = "4" },
                    },
                });
            });
        });

    [Theory]
    [InlineData(400)]
    [InlineData(405)]
    [InlineData(415)]
    [InlineData(425)]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(507)]
    public async Task CarriesCatalogTypeAndTitleGivenEmptyProblem(int status)
    {
        await using TestApp app = await StartAsync();
        HttpStatusInfo expected = HttpStatusCatalog.Describe(status);

        Problem problem = await Problem.GetAsync(app.Client, $"/write/{status}");

        problem.Status.Should().Be(status);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Type.Should().Be(expected.ProblemType.AbsoluteUri);
        problem.Title.Should().Be(expected.ProblemTitle);
    }

    [Fact]
    public async Task KeepsEveryExplicitMemberGivenProblemWithThem()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/write-explicit");

        problem.Status.Should().Be(409);
        problem.Type.Should().Be("https://example.com/problems/version-mismatch");
        problem.Title.Should().Be("Version mismatch");
        problem.Detail.Should().Be("The order changed since version 3.");
        problem.Member("currentVersion").Should().Be("4");
    }
}
