using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>Results.Problem(statusCode: n) for every status 100 to 599 carries the catalog's type and title.</summary>
public sealed class ResultsProblemTests : IClassFixture<ProblemApp>
{
    private readonly ProblemApp _fixture;

    public ResultsProblemTests(ProblemApp fixture)
    {
        _fixture = fixture;
    }

    [Theory]
    [MemberData(nameof(Codes.All), MemberType = typeof(Codes))]
    public async Task CarriesCatalogTypeAndTitleGivenEveryStatus(int status)
    {
        HttpStatusInfo expected = HttpStatusCatalog.Describe(status);

        Problem problem = await Problem.GetAsync(_fixture.App.Client, $"/results/{status}");

        problem.Status.Should().Be(status);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Type.Should().Be(expected.ProblemType.AbsoluteUri);
        problem.Title.Should().Be(expected.ProblemTitle);
        problem.Detail.Should().BeNull("detail is for the occurrence, and the summary option is off by default");
    }

    [Theory]
    [InlineData(413, "https://tools.ietf.org/html/rfc9110#section-15.5.14", "Content Too Large")]
    [InlineData(422, "https://tools.ietf.org/html/rfc9110#section-15.5.21", "Unprocessable Content")]
    [InlineData(425, "https://tools.ietf.org/html/rfc8470#section-5.2", "Too Early")]
    [InlineData(429, "https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests")]
    [InlineData(499, "about:blank", "Client Error")]
    [InlineData(500, "https://tools.ietf.org/html/rfc9110#section-15.6.1", "Internal Server Error")]
    [InlineData(599, "about:blank", "Server Error")]
    public async Task ReplacesFrameworkDefaultsGivenStatusesWhereTheyDiffer(int status, string type, string title)
    {
        Problem problem = await Problem.GetAsync(_fixture.App.Client, $"/results/{status}");

        problem.Type.Should().Be(type);
        problem.Title.Should().Be(title);
    }
}
