using System;
using System.Net;

namespace HttpStatusKit;

/// <summary>
/// A named set of status codes that a client retries, such as the set a resilience library treats as transient
/// failures, with where it comes from. Get one from <see cref="HttpRetryPresets"/>. Instances are immutable and shared.
/// </summary>
/// <remarks>
/// A preset answers for the status code alone. The tools it reproduces also retry on exceptions (network failures,
/// timeouts), which have no status code and are outside a preset.
/// </remarks>
public sealed class HttpRetryPreset
{
    private readonly Func<int, bool> _shouldRetry;

    internal HttpRetryPreset(string name, string source, Uri sourceUri, Func<int, bool> shouldRetry)
    {
        Name = name;
        Source = source;
        SourceUri = sourceUri;
        _shouldRetry = shouldRetry;
    }

    /// <summary>The preset's name, such as <c>"Polly.Extensions.Http HandleTransientHttpError"</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Where the set comes from and what exactly it contains: the project, the version, the file and the rule it applies,
    /// such as <c>status &gt;= 500 or status == 408</c>.
    /// </summary>
    public string Source { get; }

    /// <summary>A link to the source the preset reproduces.</summary>
    public Uri SourceUri { get; }

    /// <summary>Tells whether a response with this status code is retried by the preset. Never throws; does not allocate.</summary>
    /// <param name="statusCode">Any value, including ones outside 100 to 599.</param>
    /// <returns><see langword="true"/> when the preset retries the status code; otherwise <see langword="false"/>.</returns>
    public bool ShouldRetry(int statusCode) => _shouldRetry(statusCode);

    /// <summary>Tells whether a response with this status code is retried by the preset. Never throws; does not allocate.</summary>
    /// <param name="statusCode">Any value, including ones the enumeration does not name.</param>
    /// <returns><see langword="true"/> when the preset retries the status code; otherwise <see langword="false"/>.</returns>
    public bool ShouldRetry(HttpStatusCode statusCode) => _shouldRetry((int)statusCode);

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The preset's name.</returns>
    public override string ToString() => Name;
}
