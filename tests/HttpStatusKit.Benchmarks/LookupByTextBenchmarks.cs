using System;
using System.Collections.Generic;
using System.Net;
using BenchmarkDotNet.Attributes;

namespace HttpStatusKit.Benchmarks;

/// <summary>Resolving a reason phrase to its code: the catalog's tolerant lookup beside exact-match alternatives.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LookupByTextBenchmarks
{
    private static readonly Dictionary<string, int> s_byPhrase = BuildDictionary();

    [Params("Not Found", "service unavailable", "Method Not Found")]
    public string Phrase { get; set; } = "Not Found";

    [Benchmark(Baseline = true, Description = "Dictionary<string,int>(OrdinalIgnoreCase)")]
    public int DictionaryLookup() => s_byPhrase.TryGetValue(Phrase, out int code) ? code : 0;

    [Benchmark(Description = "Enum.TryParse<HttpStatusCode>(name, ignoreCase)")]
    public int EnumTryParse() => Enum.TryParse(Phrase.Replace(" ", "", StringComparison.Ordinal), ignoreCase: true, out HttpStatusCode code) ? (int)code : 0;

    [Benchmark(Description = "HttpStatusCatalog.TryFind(string)")]
    public int CatalogTryFind() => HttpStatusCatalog.TryFind(Phrase, out HttpStatusInfo? info) ? info.Code : 0;

    [Benchmark(Description = "HttpStatusCatalog.TryFind(ReadOnlySpan<char>)")]
    public int CatalogTryFindSpan() => HttpStatusCatalog.TryFind(Phrase.AsSpan(), out HttpStatusInfo? info) ? info.Code : 0;

    private static Dictionary<string, int> BuildDictionary()
    {
        var dictionary = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            dictionary[info.ReasonPhrase] = info.Code;
        }

        return dictionary;
    }
}
