using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Net;
using BenchmarkDotNet.Attributes;

namespace HttpStatusKit.Benchmarks;

/// <summary>
/// Resolving text to its code: the catalog's tolerant lookup beside exact-match dictionaries (the case-insensitive
/// Dictionary and FrozenDictionary a performance-minded user would build) and enum parsing. Every method gets the same
/// eight inputs of one kind in turn, so the figures are per lookup, comparable across methods, and not tied to one
/// length or one branch pattern.
/// </summary>
[MemoryDiagnoser]
[MediumRunJob]
public class LookupByTextBenchmarks
{
    private const int Lookups = 8;

    private static readonly int[] s_codes = [200, 301, 400, 401, 404, 429, 500, 503];

    /// <summary>
    /// The exact-match baseline holds every spelling the catalog accepts as a phrase or name (reason phrases, names,
    /// former and legacy phrases), so it finds every input of the hit cases verbatim or by case only.
    /// </summary>
    private static readonly Dictionary<string, int> s_byText = BuildDictionary();

    /// <summary>The same spellings in a FrozenDictionary with the same comparer, which .NET 8 and later optimise for reads.</summary>
    private static readonly FrozenDictionary<string, int> s_frozen = s_byText.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Phrase-like texts that name no code.</summary>
    private static readonly string[] s_misses =
    [
        "Method Not Found", "No Content Found", "Not Founded", "Server Failure",
        "Bad Gateway Timeout", "Too Many Request", "Unauthorised", "Permanently Moved",
    ];

    private string[] _inputs = [];

    /// <summary>The kinds of input measured.</summary>
    public enum InputKind
    {
        /// <summary>The registered reason phrase, as registered: <c>"Not Found"</c>.</summary>
        ExactPhrase,

        /// <summary>The registered reason phrase in lower case: <c>"not found"</c>.</summary>
        LowercasePhrase,

        /// <summary>A phrase from an earlier RFC: <c>"Request Entity Too Large"</c>.</summary>
        FormerPhrase,

        /// <summary>The record's name: <c>"NotFound"</c>.</summary>
        Name,

        /// <summary>Phrase-like text that names no code: <c>"Method Not Found"</c>.</summary>
        Miss,

        /// <summary>Short phrases as string literals, the very interned instances the tables hold: <c>"OK"</c>, <c>"Found"</c>, <c>"Created"</c>.</summary>
        ShortLiteral,

        /// <summary>A mix: short literals, long fresh phrases, a name, a lower-case phrase and misses.</summary>
        Mixed,
    }

    [ParamsAllValues]
    public InputKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string[] texts = Kind switch
        {
            InputKind.ExactPhrase => Map(info => info.ReasonPhrase),
            InputKind.LowercasePhrase => Map(info => info.ReasonPhrase.ToLowerInvariant()),
            InputKind.FormerPhrase =>
            [
                "Moved Temporarily", "Request Time-out", "Request Entity Too Large", "Payload Too Large",
                "Request-URI Too Long", "Requested Range Not Satisfiable", "Unprocessable Entity", "Gateway Time-out",
            ],
            InputKind.Name => Map(info => info.Name),
            InputKind.Miss => s_misses,
            InputKind.ShortLiteral => ["OK", "Found", "Created", "Gone", "Accepted", "Conflict", "Forbidden", "Not Found"],
            InputKind.Mixed => ["OK", "Found", Fresh("Request Entity Too Large"), Fresh("Service Unavailable"), Fresh("TooManyRequests"), Fresh("not found"), Fresh("Method Not Found"), Fresh("Unauthorised")],
            _ => throw new InvalidOperationException($"Unknown kind {Kind}."),
        };

        // Fresh copies, so no input is the very string instance the dictionary or the catalog holds (as text read
        // from the wire never is), which would let an equality check stop at the reference; the literal kinds keep
        // the interned instances, as code that looks up a constant does.
        _inputs = Kind is InputKind.ShortLiteral or InputKind.Mixed ? texts : Array.ConvertAll(texts, Fresh);
        foreach (string input in _inputs)
        {
            bool inDictionary = s_byText.ContainsKey(input);
            bool inFrozen = s_frozen.ContainsKey(input);
            bool inCatalog = HttpStatusCatalog.TryFind(input, out _);
            if (inDictionary != inCatalog || inFrozen != inCatalog || inCatalog == Array.IndexOf(s_misses, input) >= 0)
            {
                throw new InvalidOperationException($"'{input}' must be found by all or by none, and by none only when it is a miss.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups, Description = "Dictionary<string,int>(OrdinalIgnoreCase)")]
    public int DictionaryLookup()
    {
        int sum = 0;
        foreach (string input in _inputs)
        {
            sum += s_byText.TryGetValue(input, out int code) ? code : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "FrozenDictionary<string,int>(OrdinalIgnoreCase)")]
    public int FrozenDictionaryLookup()
    {
        int sum = 0;
        foreach (string input in _inputs)
        {
            sum += s_frozen.TryGetValue(input, out int code) ? code : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "Enum.TryParse<HttpStatusCode>(ignoreCase)")]
    public int EnumTryParse()
    {
        int sum = 0;
        foreach (string input in _inputs)
        {
            sum += Enum.TryParse(input, ignoreCase: true, out HttpStatusCode code) ? (int)code : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "HttpStatusCatalog.TryFind(string)")]
    public int CatalogTryFind()
    {
        int sum = 0;
        foreach (string input in _inputs)
        {
            sum += HttpStatusCatalog.TryFind(input, out HttpStatusInfo? info) ? info.Code : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "HttpStatusCatalog.TryFind(ReadOnlySpan<char>)")]
    public int CatalogTryFindSpan()
    {
        int sum = 0;
        foreach (string input in _inputs)
        {
            sum += HttpStatusCatalog.TryFind(input.AsSpan(), out HttpStatusInfo? info) ? info.Code : 0;
        }

        return sum;
    }

    private static string Fresh(string text) => new(text.AsSpan());

    private static string[] Map(Func<HttpStatusInfo, string> select) => Array.ConvertAll(s_codes, code => select(HttpStatusCatalog.Get(code)));

    private static Dictionary<string, int> BuildDictionary()
    {
        var dictionary = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            dictionary[info.ReasonPhrase] = info.Code;
            dictionary[info.Name] = info.Code;
            foreach (FormerReasonPhrase former in info.FormerReasonPhrases)
            {
                dictionary[former.Phrase] = info.Code;
            }
        }

        // A legacy phrase that is another code's phrase ("Temporary Redirect", sent for 302) keeps naming that code.
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            foreach (LegacyReasonPhrase legacy in info.LegacyReasonPhrases)
            {
                dictionary.TryAdd(legacy.Phrase, info.Code);
            }
        }

        return dictionary;
    }
}
