using System;
using System.Net;
using System.Net.Http;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.WebUtilities;

namespace HttpStatusKit.Benchmarks;

/// <summary>
/// Looking codes up by number, the catalog beside what .NET users reach for today. Each benchmark looks up the same
/// 16 common codes in turn, so the figures are per lookup and not dominated by the cost of a single call.
/// </summary>
[MemoryDiagnoser]
[MediumRunJob]
public class LookupByCodeBenchmarks
{
    private const int Lookups = 16;

    private static readonly string?[] s_phrases = BuildPhraseArray();

    private readonly int[] _codes = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504];

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups, Description = "string[] index")]
    public int ArrayIndex()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += ((uint)code < (uint)s_phrases.Length ? s_phrases[code] : null)?.Length ?? 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "switch expression")]
    public int Switch()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += PhraseBySwitch(code)?.Length ?? 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "ReasonPhrases.GetReasonPhrase")]
    public int AspNetCoreReasonPhrases()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += ReasonPhrases.GetReasonPhrase(code).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "HttpStatusCode.ToString()")]
    public int EnumToString()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += ((HttpStatusCode)code).ToString().Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "new HttpResponseMessage(code).ReasonPhrase")]
    public int ResponseMessageReasonPhrase()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            using var response = new HttpResponseMessage((HttpStatusCode)code);
            sum += response.ReasonPhrase?.Length ?? 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "HttpStatusCatalog.TryGet")]
    public int CatalogTryGet()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += HttpStatusCatalog.TryGet(code, out HttpStatusInfo? info) ? info.ReasonPhrase.Length : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "HttpStatusCatalog.Get")]
    public int CatalogGet()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += HttpStatusCatalog.Get(code).ReasonPhrase.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "HttpStatusCatalog.Describe")]
    public int CatalogDescribe()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += HttpStatusCatalog.Describe(code).ReasonPhrase.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "HttpStatusCatalog.Get(code).ToString()")]
    public int RecordToString()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += HttpStatusCatalog.Get(code).ToString().Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "HttpStatusCatalog.Get(code).ToString(\"L\", null)")]
    public int RecordToStringWithFormat()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += HttpStatusCatalog.Get(code).ToString("L", null).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "HttpStatusCatalog.Get(code).TryFormat(span, \"L\")")]
    public int RecordTryFormat()
    {
        Span<char> buffer = stackalloc char[64];
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += HttpStatusCatalog.Get(code).TryFormat(buffer, out int written, "L", null) ? written : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "HttpStatusCatalog.IsError")]
    public int CatalogIsError()
    {
        int sum = 0;
        foreach (int code in _codes)
        {
            sum += HttpStatusCatalog.IsError(code) ? 1 : 0;
        }

        return sum;
    }

    private static string? PhraseBySwitch(int code) => code switch
    {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => null,
    };

    private static string?[] BuildPhraseArray()
    {
        var phrases = new string?[600];
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            phrases[info.Code] = info.ReasonPhrase;
        }

        return phrases;
    }
}
