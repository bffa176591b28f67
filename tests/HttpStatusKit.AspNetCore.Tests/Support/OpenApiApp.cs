using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace HttpStatusKit.AspNetCore.Tests.Support;

/// <summary>
/// A sample API with minimal endpoints and controllers, on Kestrel at 127.0.0.1, with two OpenAPI documents: "v1"
/// with the catalog's reason phrases and "summary" with the summaries too. Knows which descriptions the app wrote.
/// </summary>
public sealed class OpenApiApp : IAsyncLifetime
{
    private TestApp? _app;

    public TestApp App => _app!;

    /// <summary>The descriptions the application wrote itself, by path, method and response key.</summary>
    public static IReadOnlyDictionary<(string Path, string Method, string Key), string> Written { get; } = new Dictionary<(string, string, string), string>
    {
        [("/books/{id}", "GET", "404")] = "XML comment: no book has this id.",
        [("/books/{id}", "PUT", "409")] = "Attribute: the book changed meanwhile.",
        [("/orders/{id}", "GET", "5XX")] = "Transformer: the order service failed.",
        [("/orders/{id}", "GET", "200")] = "Transformer: the order.",
        [("/orders/{id}", "DELETE", "410")] = "Component: the order is gone for good.",
    };

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartOnKestrelAsync(
            services =>
            {
                services.AddControllers();
                services.AddOpenApi(options => options
                    .AddOperationTransformer(AddRangesAsAnAppMight)
                    .AddDocumentTransformer(AddReusableResponsesAsAnAppMight)
                    .AddHttpStatusKitDescriptions());
                services.AddOpenApi("summary", options => options
                    .AddOperationTransformer(AddRangesAsAnAppMight)
                    .AddHttpStatusKitDescriptions(descriptions => descriptions.IncludeSummary = true));
            },
            app =>
            {
                app.MapOpenApi();
                app.MapControllers();
                app.MapGet("/orders/{id:int}", (int id) => Results.Ok(id))
                    .Produces<int>()
                    .Produces(StatusCodes.Status304NotModified)
                    .ProducesProblem(StatusCodes.Status404NotFound)
                    .ProducesProblem(StatusCodes.Status429TooManyRequests)
                    .WithName("GetOrder");
                app.MapPost("/orders", () => Results.Created("/orders/1", 1))
                    .Produces<int>(StatusCodes.Status201Created)
                    .ProducesValidationProblem()
                    .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                    .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
                    .ProducesProblem(StatusCodes.Status500InternalServerError)
                    .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
                app.MapDelete("/orders/{id:int}", (int id) => Results.NoContent())
                    .Produces(StatusCodes.Status204NoContent)
                    .Produces(425)
                    .Produces(StatusCodes.Status451UnavailableForLegalReasons);
            });
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>Range and default responses, which ASP.NET Core never generates itself: some empty, one described.</summary>
    private static Task AddRangesAsAnAppMight(OpenApiOperation operation, Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext context, System.Threading.CancellationToken cancellationToken)
    {
        if (operation.OperationId != "GetOrder")
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        operation.Responses["200"].Description = "Transformer: the order.";
        operation.Responses["4XX"] = new OpenApiResponse();
        operation.Responses["5XX"] = new OpenApiResponse { Description = "Transformer: the order service failed." };
        operation.Responses["1XX"] = new OpenApiResponse { Description = "" };
        operation.Responses["default"] = new OpenApiResponse();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reusable responses: one named by its status and left empty, one named by its meaning and described, which an
    /// operation refers to.
    /// </summary>
    private static Task AddReusableResponsesAsAnAppMight(OpenApiDocument document, Microsoft.AspNetCore.OpenApi.OpenApiDocumentTransformerContext context, System.Threading.CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        document.Components.Responses["503"] = new OpenApiResponse();
        document.Components.Responses["OrderGone"] = new OpenApiResponse { Description = "Component: the order is gone for good." };
        foreach (KeyValuePair<string, IOpenApiPathItem> path in document.Paths)
        {
            if (path.Key == "/orders/{id}" && path.Value.Operations is { } operations && operations.TryGetValue(System.Net.Http.HttpMethod.Delete, out OpenApiOperation? delete))
            {
                delete.Responses!["410"] = new OpenApiResponseReference("OrderGone", document);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>What a response with the given key should say when the application wrote nothing.</summary>
    public static string Expected(string key, bool includeSummary)
    {
        if (key == "default")
        {
            return "Any other status";
        }

        if (key.EndsWith("XX", StringComparison.Ordinal))
        {
            return HttpStatusCatalog.Describe((key[0] - '0') * 100).Category.ToDisplayName();
        }

        HttpStatusInfo status = HttpStatusCatalog.Describe(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture));
        return includeSummary ? status.ProblemTitle + ". " + status.Summary : status.ProblemTitle;
    }
}
