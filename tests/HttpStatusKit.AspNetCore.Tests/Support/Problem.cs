using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace HttpStatusKit.AspNetCore.Tests.Support;

/// <summary>A problem response as a client reads it: the status, the content type and the JSON members.</summary>
public sealed record Problem(int Status, string? ContentType, JsonElement Json)
{
    public string? Type => Member("type");

    public string? Title => Member("title");

    public string? Detail => Member("detail");

    public string? Member(string name) =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        JsonElement json = body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        return new Problem((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, json);
    }

    public static async Task<Problem> GetAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(new System.Uri(path, System.UriKind.Relative));
        return await ReadAsync(response);
    }
}
