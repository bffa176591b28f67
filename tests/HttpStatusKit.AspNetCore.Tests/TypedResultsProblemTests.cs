using System.Threading.Tasks;
using HttpStatusKit.AspNetCore.Tests.Support;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>TypedResults.Problem(statusCode: n) for every status 100 to 599 carries the catalog's type and title.</summary>
public sealed class TypedResultsProblemTests : IClassFixture<ProblemApp>
{
    private readonly ProblemApp _fixture;

    public TypedResultsProblemTests(ProblemApp fixture)
    {
        _fixture = fixture;
    }

    [Theory]
    [MemberData(nameof(Codes.All), MemberType = typeof(Codes))]
    public async Task CarriesCatalogTypeAndTitleGivenEveryStatus(int status)
    {
        HttpStatusInfo expected = HttpStatusCatalog.Describe(status);

        Problem problem = await Problem.GetAsync(_fixture.App.Client, $"/typed/{status}");

        problem.Status.Should().Be(status);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Type.Should().Be(expected.ProblemType.AbsoluteUri);
        problem.Title.Should().Be(expected.ProblemTitle);
    }
}
