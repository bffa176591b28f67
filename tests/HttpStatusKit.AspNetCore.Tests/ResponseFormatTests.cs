using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>The package changes values, never the format: the same members, the same media type, as ASP.NET Core alone.</summary>
public sealed class ResponseFormatTests
{
    private static Task<TestApp> StartAsync(bool withKit) => TestApp.StartAsync(
        services =>
        {
            services.AddProblemDetails();
            if (withKit)
            {
                services.AddHttpStatusKitProblemDetails();
            }
        },
        app =>
        {
            app.UseStatusCodePages();
            app.MapGet("/problem/{status:int}", (int status) => Results.Problem(statusCode: status));
            app.MapGet("/empty/{status:int}", (int status) => Results.StatusCode(status));
        });

    [Theory]
    [InlineData("/problem/404")]
    [InlineData("/problem/422")]
    [InlineData("/problem/500")]
    [InlineData("/empty/404")]
    [InlineData("/empty/429")]
    public async Task HasFrameworkMembersAndMediaTypeGivenKit(string path)
    {
        await using TestApp plain = await StartAsync(withKit: false);
        await using TestApp kit = await StartAsync(withKit: true);

        Problem expected = await Problem.GetAsync(plain.Client, path);
        Problem actual = await Problem.GetAsync(kit.Client, path);

        actual.Status.Should().Be(expected.Status);
        actual.ContentType.Should().Be(expected.ContentType).And.Be("application/problem+json");
        Names(actual.Json).Should().BeEquivalentTo(Names(expected.Json).Union(["type"]), "a type is added where ASP.NET Core has none (429)");
    }

    [Theory]
    [InlineData(600)]
    [InlineData(999)]
    public async Task LeavesProblemAsFrameworkMadeItGivenStatusAbove599(int status)
    {
        await using TestApp app = await TestApp.StartAsync(
            services => services.AddHttpStatusKitProblemDetails(),
            app => app.MapGet("/problem", () => Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status })));

        Problem problem = await Problem.GetAsync(app.Client, "/problem");

        problem.Type.Should().BeNull();
        problem.Title.Should().BeNull();
        problem.Json.GetProperty("status").GetInt32().Should().Be(status);
    }

    private static string[] Names(JsonElement json) => json.EnumerateObject().Select(p => p.Name).ToArray();
}
