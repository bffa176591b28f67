using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>HttpStatusKitProblemDetailsOptions.IncludeSummaryAsDetail: the catalog's summary as detail, only when asked and only when none was given.</summary>
public sealed class SummaryAsDetailTests
{
    private static Task<TestApp> StartAsync(bool includeSummary) => TestApp.StartAsync(
        services => services.AddHttpStatusKitProblemDetails(options => options.IncludeSummaryAsDetail = includeSummary),
        app =>
        {
            app.MapGet("/problem/{status:int}", (int status) => Results.Problem(statusCode: status));
            app.MapGet("/explicit", () => Results.Problem(detail: "Order 7 does not exist.", statusCode: StatusCodes.Status404NotFound));
        });

    [Theory]
    [InlineData(404, "The origin server has no current representation for the target resource, or will not disclose that one exists.")]
    [InlineData(500, "The server hit an unexpected condition that kept it from fulfilling the request.")]
    public async Task AddsSummaryGivenOptionOn(int status, string summary)
    {
        await using TestApp app = await StartAsync(includeSummary: true);

        Problem problem = await Problem.GetAsync(app.Client, $"/problem/{status}");

        problem.Detail.Should().Be(summary);
        problem.Detail.Should().Be(HttpStatusCatalog.Describe(status).Summary);
    }

    [Fact]
    public async Task KeepsDetailGivenOptionOnAndExplicitDetail()
    {
        await using TestApp app = await StartAsync(includeSummary: true);

        Problem problem = await Problem.GetAsync(app.Client, "/explicit");

        problem.Detail.Should().Be("Order 7 does not exist.");
    }

    [Fact]
    public async Task AddsNoDetailGivenOptionOff()
    {
        await using TestApp app = await StartAsync(includeSummary: false);

        Problem problem = await Problem.GetAsync(app.Client, "/problem/404");

        problem.Detail.Should().BeNull();
        problem.Json.TryGetProperty("detail", out _).Should().BeFalse();
    }
}
