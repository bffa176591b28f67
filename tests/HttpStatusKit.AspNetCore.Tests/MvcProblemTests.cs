using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>MVC: ControllerBase.Problem() and ValidationProblem(), and an IResult problem returned from an action.</summary>
public sealed class MvcProblemTests
{
    private static Task<TestApp> StartAsync() => TestApp.StartAsync(
        services =>
        {
            services.AddHttpStatusKitProblemDetails();
            services.AddControllers();
        },
        app => app.MapControllers());

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(418)]
    [InlineData(422)]
    [InlineData(451)]
    [InlineData(499)]
    [InlineData(500)]
    [InlineData(511)]
    public async Task CarriesCatalogTypeAndTitleGivenProblemHelper(int status)
    {
        await using TestApp app = await StartAsync();
        HttpStatusInfo expected = HttpStatusCatalog.Describe(status);

        Problem problem = await Problem.GetAsync(app.Client, $"/mvc/problem/{status}");

        problem.Status.Should().Be(status);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Type.Should().Be(expected.ProblemType.AbsoluteUri);
        problem.Title.Should().Be(expected.ProblemTitle);
        problem.Member("traceId").Should().NotBeNullOrEmpty("the framework's own members are unchanged");
    }

    [Fact]
    public async Task CarriesBadRequestTypeAndTitleGivenValidationProblem()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/mvc/validation");

        problem.Status.Should().Be(400);
        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.1");
        problem.Title.Should().Be("Bad Request");
        problem.Json.GetProperty("errors").GetProperty("quantity")[0].GetString().Should().Be("Must be positive.");
    }

    [Fact]
    public async Task KeepsExplicitTypeAndTitleGivenValidationProblemWithThem()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/mvc/validation-explicit");

        problem.Type.Should().Be("https://example.com/problems/invalid-order");
        problem.Title.Should().Be("Invalid order");
    }

    [Fact]
    public async Task KeepsEveryExplicitMemberGivenProblemHelperWithThem()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/mvc/explicit");

        problem.Status.Should().Be(409);
        problem.Type.Should().Be("https://example.com/problems/out-of-stock");
        problem.Title.Should().Be("Out of stock");
        problem.Detail.Should().Be("Only 3 left.");
        problem.Member("instance").Should().Be("/orders/7");
    }

    [Fact]
    public async Task KeepsExtensionsGivenProblemFromFactory()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/mvc/extensions");

        problem.Title.Should().Be("Not Found");
        problem.Member("sku").Should().Be("B-1");
    }

    [Fact]
    public async Task CarriesCatalogTypeAndTitleGivenResultsProblemFromAction()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/mvc/result/422");

        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.21");
        problem.Title.Should().Be("Unprocessable Content");
    }
}
