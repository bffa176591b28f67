using System.Reflection;
using System.Runtime.Versioning;

namespace HttpStatusKit.Tests;

/// <summary>Which build of the library this test run exercises: the same tests run against both package assets.</summary>
public sealed class AssetTests
{
    [Fact]
    public void RunsAgainstTheIntendedTargetFrameworkGivenBuildConfiguration()
    {
        string? framework = typeof(HttpStatusCatalog).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

#if NETSTANDARD_ASSET
        framework.Should().Be(".NETStandard,Version=v2.0");
#else
        framework.Should().Be(".NETCoreApp,Version=v8.0");
#endif
    }
}
