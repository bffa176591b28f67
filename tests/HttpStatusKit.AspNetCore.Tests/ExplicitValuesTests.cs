using System.Collections.Generic;
using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>What the application sets itself is kept; only the framework's defaults are replaced.</summary>
public sealed class ExplicitValuesTests
{
    private static Task<TestApp> StartAsync(System.Action<IServiceCollection>? more = null) => TestApp.StartAsync(
        services =>
        {
            services.AddHttpStatusKitProblemDetails();
            more?.Invoke(services);
        },
        app =>
        {
            app.MapGet("/explicit", () => Results.Problem(
                detail: "Only 3 left.",
                instance: "/orders/7",
                statusCode: StatusCodes.Status409Conflict,
                title: "Out of stock",
                type: "https://example.com/problems/out-of-stock",
                extensions: new Dictionary<string, object?> { ["sku"] = "B-1" }));
            app.MapGet("/title-only", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such order"));
            app.MapGet("/type-only", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, type: "https://example.com/problems/no-such-order"));
            app.MapGet("/framework-title", () => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload Too Large"));
            app.MapGet("/framework-type", () => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, type: "https://tools.ietf.org/html/rfc4918#section-11.2"));
            app.MapGet("/other-status-type", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, type: "https://tools.ietf.org/html/rfc9110#section-15.5.1"));
            app.MapGet("/about-blank", () => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, type: "about:blank", title: "Down for maintenance"));
            app.MapGet("/validation", () => Results.ValidationProblem(new Dictionary<string, string[]> { ["quantity"] = ["Must be positive."] }));
        });

    [Fact]
    public async Task KeepsEveryMemberGivenExplicitValues()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/explicit");

        problem.Status.Should().Be(409);
        problem.Type.Should().Be("https://example.com/problems/out-of-stock");
        problem.Title.Should().Be("Out of stock");
        problem.Detail.Should().Be("Only 3 left.");
        problem.Member("instance").Should().Be("/orders/7");
        problem.Member("sku").Should().Be("B-1");
    }

    [Fact]
    public async Task FillsOnlyTypeGivenExplicitTitle()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/title-only");

        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.5");
        problem.Title.Should().Be("No such order");
    }

    [Fact]
    public async Task FillsOnlyTitleGivenExplicitType()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/type-only");

        problem.Type.Should().Be("https://example.com/problems/no-such-order");
        problem.Title.Should().Be("Not Found");
    }

    [Fact]
    public async Task ReplacesTitleGivenTitleEqualToFrameworkReasonPhrase()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/framework-title");

        problem.Title.Should().Be("Content Too Large", "a title equal to ASP.NET Core's own phrase for the status counts as its default");
    }

    [Fact]
    public async Task ReplacesTypeGivenTypeEqualToFrameworkDefault()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/framework-type");

        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.21");
        problem.Title.Should().Be("Unprocessable Content");
    }

    [Fact]
    public async Task KeepsTypeGivenDefaultTypeOfAnotherStatus()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/other-status-type");

        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.1");
    }

    [Fact]
    public async Task KeepsAboutBlankGivenExplicitAboutBlank()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/about-blank");

        problem.Type.Should().Be("about:blank");
        problem.Title.Should().Be("Down for maintenance");
    }

    [Fact]
    public async Task ReplacesValidationTitleGivenMinimalValidationProblem()
    {
        await using TestApp app = await StartAsync();

        Problem problem = await Problem.GetAsync(app.Client, "/validation");

        problem.Status.Should().Be(400);
        problem.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.1");
        problem.Title.Should().Be("Bad Request");
        problem.Json.GetProperty("errors").GetProperty("quantity")[0].GetString().Should().Be("Must be positive.");
    }

    [Fact]
    public async Task LetsApplicationCustomizationHaveLastWordGivenCustomizeProblemDetails()
    {
        await using TestApp app = await StartAsync(services => services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["titleSeen"] = context.ProblemDetails.Title;
            if (context.ProblemDetails.Status == StatusCodes.Status404NotFound)
            {
                context.ProblemDetails.Title = "Nothing here";
            }
        }));

        Problem renamed = await Problem.GetAsync(app.Client, "/type-only");
        Problem kept = await Problem.GetAsync(app.Client, "/framework-title");

        renamed.Title.Should().Be("Nothing here");
        renamed.Member("titleSeen").Should().Be("Not Found", "the catalog's values are applied before the application's customization");
        kept.Title.Should().Be("Content Too Large");
    }
}
