using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace HttpStatusKit.Analyzers.Tests.Support;

/// <summary>The references every test compiles against.</summary>
internal static class References
{
    /// <summary>The version of the reference packs, which the project file also has restore download.</summary>
    private static readonly string s_packVersion =
        typeof(References).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ReferencePackVersion").Value!;

    /// <summary>
    /// .NET 8 with ASP.NET Core 8, the oldest framework whose SDK (Roslyn 4.8) loads the analyzers. Restore has put
    /// both packs in the NuGet package folder, where this finds them first.
    /// </summary>
    public static ReferenceAssemblies AspNetCore80 { get; } =
        new ReferenceAssemblies("net8.0", new PackageIdentity("Microsoft.NETCore.App.Ref", s_packVersion), Path.Combine("ref", "net8.0"))
            .AddPackages(ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", s_packVersion)));

    /// <summary>The library itself, whose constants and classifiers the fixes write.</summary>
    public static MetadataReference HttpStatusKit { get; } = MetadataReference.CreateFromFile(typeof(HttpStatusCatalog).Assembly.Location);
}
