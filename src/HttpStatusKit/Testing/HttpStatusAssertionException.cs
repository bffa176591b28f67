using System;
using System.Diagnostics.CodeAnalysis;

namespace HttpStatusKit.Testing;

/// <summary>
/// Thrown by <see cref="HttpStatusAssertions"/> when a status is not the expected one. The message is the whole story:
/// what was expected, what arrived, what the arrived status means and, for a response, the start of its body. It
/// derives from <see cref="Exception"/> only and has no inner exception, so every test framework reports it as a
/// plain failure with that message.
/// </summary>
[SuppressMessage(
    "Design",
    "CA1032:Implement standard exception constructors",
    Justification = "Only the assertions create it, always with the expected and actual statuses; a constructor without them would give an exception whose properties are missing.")]
public sealed class HttpStatusAssertionException : Exception
{
    internal HttpStatusAssertionException(string message, string expected, HttpStatusInfo? expectedStatus, HttpStatusCategory? expectedCategory, HttpStatusInfo actual)
        : base(message)
    {
        Expected = expected;
        ExpectedStatus = expectedStatus;
        ExpectedCategory = expectedCategory;
        Actual = actual;
    }

    /// <summary>What was expected, in words: a status such as <c>201 Created (Success)</c>, or a class such as <c>a Success (2xx) status</c>.</summary>
    public string Expected { get; }

    /// <summary>The expected status, when one status was expected; <see langword="null"/> when a class was.</summary>
    public HttpStatusInfo? ExpectedStatus { get; }

    /// <summary>The expected class, when a class was expected; <see langword="null"/> when one status was.</summary>
    public HttpStatusCategory? ExpectedCategory { get; }

    /// <summary>The status that arrived, as <see cref="HttpStatusCatalog.Describe(int)"/> describes it (so also for an unassigned or invalid value).</summary>
    public HttpStatusInfo Actual { get; }
}
