using System;
using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>AddHttpStatusKitProblemDetails works with or without AddProblemDetails, before or after it, once or twice.</summary>
public sealed class RegistrationOrderTests
{
    public static TheoryData<string> Orders { get; } = new()
    {
        "kit",
        "kit, problem details",
        "problem details, kit",
        "kit, problem details with customization",
        "problem details with customization, kit",
        "kit, kit",
        "controllers, kit",
        "kit, controllers",
    };

    private static void Register(IServiceCollection services, string order)
    {
        foreach (string step in order.Split(", "))
        {
            switch (step)
            {
                case "kit":
                    services.AddHttpStatusKitProblemDetails();
                    break;
                case "problem details":
                    services.AddProblemDetails();
                    break;
                case "problem details with customization":
                    services.AddProblemDetails(options => options.CustomizeProblemDetails = context => context.ProblemDetails.Extensions["app"] = "customized");
                    break;
                case "controllers":
                    services.AddControllers();
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(order), step, "unknown registration step");
            }
        }
    }

    private static Task<TestApp> StartAsync(string order) => TestApp.StartAsync(
        services => Register(services, order),
        app =>
        {
            app.UseExceptionHandler();
            app.UseStatusCodePages();
            app.MapGet("/problem", () => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity));
            app.MapGet("/empty", () => Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
            app.MapGet("/throw", IResult () => throw new InvalidOperationException());
        });

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task CarriesCatalogValuesGivenRegistrationOrder(string order)
    {
        await using TestApp app = await StartAsync(order);

        Problem fromResult = await Problem.GetAsync(app.Client, "/problem");
        Problem fromStatusCodePages = await Problem.GetAsync(app.Client, "/empty");
        Problem fromExceptionHandler = await Problem.GetAsync(app.Client, "/throw");

        fromResult.Type.Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.21");
        fromResult.Title.Should().Be("Unprocessable Content");
        fromStatusCodePages.Title.Should().Be("Content Too Large");
        fromExceptionHandler.Title.Should().Be("Internal Server Error");
    }

    [Theory]
    [InlineData("kit, problem details with customization")]
    [InlineData("problem details with customization, kit")]
    public async Task RunsApplicationCustomizationGivenEitherOrder(string order)
    {
        await using TestApp app = await StartAsync(order);

        Problem problem = await Problem.GetAsync(app.Client, "/problem");

        problem.Member("app").Should().Be("customized");
        problem.Title.Should().Be("Unprocessable Content");
    }
}
