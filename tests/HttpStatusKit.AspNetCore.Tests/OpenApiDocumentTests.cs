using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>
/// The OpenAPI document of a running app on Kestrel, fetched over HTTP and read with the Microsoft.OpenApi reader:
/// every response of every operation has the catalog's description unless the app wrote its own.
/// </summary>
public sealed class OpenApiDocumentTests : IClassFixture<OpenApiApp>
{
    private readonly OpenApiApp _fixture;

    public OpenApiDocumentTests(OpenApiApp fixture)
    {
        _fixture = fixture;
    }

    private async Task<OpenApiDocument> ReadAsync(string name)
    {
        await using Stream json = await _fixture.App.Client.GetStreamAsync(new Uri($"/openapi/{name}.json", UriKind.Relative));
        ReadResult result = await OpenApiDocument.LoadAsync(json, "json");
        result.Diagnostic!.Errors.Should().BeEmpty();
        return result.Document!;
    }

    private static IEnumerable<(string Path, string Method, string Key, string? Description)> Responses(OpenApiDocument document) =>
        from path in document.Paths
        from operation in path.Value.Operations!
        from response in operation.Value.Responses!
        select (path.Key, operation.Key.Method, response.Key, response.Value.Description);

    [Theory]
    [InlineData("v1", false)]
    [InlineData("summary", true)]
    public async Task DescribesEveryResponseGivenRunningApp(string documentName, bool includeSummary)
    {
        OpenApiDocument document = await ReadAsync(documentName);

        var responses = Responses(document).ToList();

        responses.Should().HaveCountGreaterThan(25);
        responses.Select(r => r.Path).Should().Contain(["/books/{id}", "/orders", "/orders/{id}", "/mvc/not-found"]);
        foreach ((string path, string method, string key, string? description) in responses)
        {
            string expected = OpenApiApp.Written.TryGetValue((path, method, key), out string? written) ? written : OpenApiApp.Expected(key, includeSummary);
            description.Should().Be(expected, "{0} {1} responds {2}", method, path, key);
        }
    }

    [Fact]
    public async Task DescribesReusableResponseNamedByStatusAndKeepsReferenceGivenComponents()
    {
        OpenApiDocument document = await ReadAsync("v1");
        string json = await _fixture.App.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        string? component = document.Components!.Responses!["503"].Description;
        IOpenApiResponse reference = document.Paths["/orders/{id}"].Operations![System.Net.Http.HttpMethod.Delete].Responses!["410"];

        component.Should().Be("Service Unavailable");
        reference.Should().BeOfType<OpenApiResponseReference>();
        reference.Description.Should().Be("Component: the order is gone for good.");
        json.Should().Contain("\"$ref\": \"#/components/responses/OrderGone\"");
    }

    [Theory]
    [InlineData("/orders", "POST", "413", "Content Too Large")]
    [InlineData("/orders", "POST", "422", "Unprocessable Content")]
    [InlineData("/orders", "POST", "500", "Internal Server Error")]
    [InlineData("/books/{id}", "PUT", "103", "Early Hints")]
    [InlineData("/books/{id}", "PUT", "299", "Success")]
    [InlineData("/books/{id}", "PUT", "default", "Any other status")]
    [InlineData("/orders/{id}", "DELETE", "425", "Too Early")]
    [InlineData("/orders/{id}", "GET", "4XX", "Client Error")]
    [InlineData("/orders/{id}", "GET", "1XX", "Informational")]
    [InlineData("/books/{id}", "GET", "404", "XML comment: no book has this id.")]
    [InlineData("/books/{id}", "PUT", "409", "Attribute: the book changed meanwhile.")]
    [InlineData("/orders/{id}", "GET", "5XX", "Transformer: the order service failed.")]
    public async Task DescribesResponseGivenKnownCase(string path, string method, string key, string description)
    {
        OpenApiDocument document = await ReadAsync("v1");

        string? actual = Responses(document).Single(r => r.Path == path && r.Method == method && r.Key == key).Description;

        actual.Should().Be(description);
    }
}
