using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>[ApiController]: the automatic 400 for invalid model state and the problems of client error mapping.</summary>
public sealed class ApiControllerTests
{
    private static Task<TestApp> StartAsync(System.Action<ApiBehaviorOptions>? configure = null) => TestApp.StartAsync(
        services =>
        {
            services.AddHttpStatusKitProblemDetails();
            services.AddControllers();
            if (configure is not null)
            {
                services.Configure(configure);
            }
        },
        app => app.MapControllers());

    [Fact]
    public async Task CarriesBadRequestTypeAndTitleGivenInvalidModelState()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/mvc/automatic?quantity=many");

        problem.Status.Should().Be(400);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.1");
        problem.Title.Should().Be("Bad Request");
        problem.Json.GetProperty("errors").GetProperty("quantity").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task CarriesNotFoundTypeAndTitleGivenNotFoundResult()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/mvc/not-found");

        problem.Status.Should().Be(404);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.5");
        problem.Title.Should().Be("Not Found");
    }

    [Fact]
    public async Task CarriesRfc9110TypeAndTitleGivenUnprocessableEntityResult()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/mvc/unprocessable");

        problem.Status.Should().Be(422);
        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.21");
        problem.Title.Should().Be("Unprocessable Content");
    }

    [Theory]
    [InlineData(403)]
    [InlineData(409)]
    [InlineData(413)]
    [InlineData(428)]
    [InlineData(431)]
    [InlineData(451)]
    [InlineData(499)]
    public async Task CarriesCatalogTypeAndTitleGivenStatusCodeResult(int status)
    {
        await using TestApp app = await StartAsync();
        HttpStatusInfo expected = HttpStatusCatalog.Describe(status);

        Problem problem = await Problem.GetAsync(app.Client, $"/mvc/status/{status}");

        problem.Status.Should().Be(status);
        problem.Type.Should().Be(expected.ProblemType.AbsoluteUri);
        problem.Title.Should().Be(expected.ProblemTitle);
    }

    [Fact]
    public async Task KeepsApplicationMappingGivenCustomClientErrorMapping()
    {
        await using TestApp app = await StartAsync(options =>
        {
            options.ClientErrorMapping[404].Link = "https://example.com/problems/no-such-order";
            options.ClientErrorMapping[404].Title = "No such order";
        });

        Problem problem = await Problem.GetAsync(app.Client, "/mvc/not-found");

        problem.Type.Should().Be("https://example.com/problems/no-such-order");
        problem.Title.Should().Be("No such order");
    }
}
