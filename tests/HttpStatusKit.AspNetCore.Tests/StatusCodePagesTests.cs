using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>UseStatusCodePages turns a response without a body into a problem through IProblemDetailsService.</summary>
public sealed class StatusCodePagesTests
{
    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(422)]
    [InlineData(429)]
    [InlineData(431)]
    [InlineData(499)]
    [InlineData(502)]
    [InlineData(599)]
    public async Task CarriesCatalogTypeAndTitleGivenBodilessResponse(int status)
    {
        await using TestApp app = await TestApp.StartAsync(
            services => services.AddHttpStatusKitProblemDetails(),
            app =>
            {
                app.UseStatusCodePages();
                app.MapGet("/status/{status:int}", (int status) => Results.StatusCode(status));
            });
        HttpStatusInfo expected = HttpStatusCatalog.Describe(status);

        Problem problem = await Problem.GetAsync(app.Client, $"/status/{status}");

        problem.Status.Should().Be(status);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Type.Should().Be(expected.ProblemType.AbsoluteUri);
        problem.Title.Should().Be(expected.ProblemTitle);
    }

    [Fact]
    public async Task CarriesNotFoundGivenNoEndpoint()
    {
        await using TestApp app = await TestApp.StartAsync(
            services => services.AddHttpStatusKitProblemDetails(),
            app => app.UseStatusCodePages());

        Problem problem = await Problem.GetAsync(app.Client, "/nothing/here");

        problem.Status.Should().Be(404);
        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.5");
        problem.Title.Should().Be("Not Found");
    }
}
