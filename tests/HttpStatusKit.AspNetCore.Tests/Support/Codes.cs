using System.Linq;

namespace HttpStatusKit.AspNetCore.Tests.Support;

/// <summary>Test data: every status code HTTP allows a response to carry.</summary>
public static class Codes
{
    public static TheoryData<int> All { get; } = new(Enumerable.Range(100, 500));
}
