using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace HttpStatusKit.Testing;

/// <summary>
/// Assertions on status codes for tests, with any test framework: each returns normally when the status is the
/// expected one and otherwise throws <see cref="HttpStatusAssertionException"/> with a message such as
/// <c>Expected 201 Created (Success), but the response was 400 Bad Request (Client Error): The server refuses or is
/// unable to process the request because it sees a client error in it.</c>, which ends with the first sentence of the
/// <see cref="HttpStatusInfo.Description"/> of the status that arrived.
/// </summary>
/// <remarks>
/// <para>
/// A status is expected as a record (<c>HttpStatusCatalog.Created</c>), an <see cref="int"/>, a
/// <see cref="HttpStatusCode"/> or a class (<see cref="HttpStatusCategory"/>). A record, an <see cref="int"/> or a
/// <see cref="HttpStatusCode"/> matches when the codes are equal; a class matches every code from its x00 to its
/// x99, assigned or not, and no value outside 100 to 599.
/// </para>
/// <para>
/// For a <see cref="HttpResponseMessage"/>, a failure message has a second line with the start of the response
/// body: <c>Response body (M characters): ...</c>, or <c>Response body (first 500 of M characters): ...</c> followed by
/// <c>...</c> when it is longer. There is no second line when the response has no content or an empty body. The body
/// is read only on failure, within 5 seconds; when it cannot be read the line says
/// <c>(body could not be read: ...)</c> with the reason, and the exception is still
/// <see cref="HttpStatusAssertionException"/>. In an asynchronous test, prefer the <c>ShouldHaveStatusAsync</c>
/// forms: the synchronous forms read the body on a thread-pool thread and block until it is read.
/// </para>
/// </remarks>
public static class HttpStatusAssertions
{
    private const int BodyPreviewLength = 500;
    private const int BodyReadSeconds = 5;

    /// <summary>Asserts that a response has the expected status.</summary>
    /// <param name="response">The response.</param>
    /// <param name="expected">The expected status, such as <c>HttpStatusCatalog.Created</c>.</param>
    /// <returns><paramref name="response"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> or <paramref name="expected"/> is <see langword="null"/>.</exception>
    /// <exception cref="HttpStatusAssertionException">The response has another status.</exception>
    public static HttpResponseMessage ShouldHaveStatus(this HttpResponseMessage response, HttpStatusInfo expected) =>
        Check(NotNull(response), Expectation.Of(expected));

    /// <summary>Asserts that a response has the expected status.</summary>
    /// <param name="response">The response.</param>
    /// <param name="expected">The expected code, such as 201; any value.</param>
    /// <returns><paramref name="response"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    /// <exception cref="HttpStatusAssertionException">The response has another status.</exception>
    public static HttpResponseMessage ShouldHaveStatus(this HttpResponseMessage response, int expected) =>
        Check(NotNull(response), Expectation.Of(expected));

    /// <summary>Asserts that a response has the expected status.</summary>
    /// <param name="response">The response.</param>
    /// <param name="expected">The expected code, such as <see cref="HttpStatusCode.Created"/>; any value.</param>
    /// <returns><paramref name="response"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    /// <exception cref="HttpStatusAssertionException">The response has another status.</exception>
    public static HttpResponseMessage ShouldHaveStatus(this HttpResponseMessage response, HttpStatusCode expected) =>
        Check(NotNull(response), Expectation.Of((int)expected));

    /// <summary>Asserts that a response's status is in the expected class, such as 2xx.</summary>
    /// <param name="response">The response.</param>
    /// <param name="expected">The expected class, such as <see cref="HttpStatusCategory.Success"/>.</param>
    /// <returns><paramref name="response"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not one of the five named classes.</exception>
    /// <exception cref="HttpStatusAssertionException">The response's status is outside the class.</exception>
    public static HttpResponseMessage ShouldHaveStatus(this HttpResponseMessage response, HttpStatusCategory expected) =>
        Check(NotNull(response), Expectation.Of(expected));

    /// <summary>Asserts that a response has the expected status, reading the body without blocking when it has not.</summary>
    /// <param name="response">The response.</param>
    /// <param name="expected">The expected status, such as <c>HttpStatusCatalog.Created</c>.</param>
    /// <returns><paramref name="response"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> or <paramref name="expected"/> is <see langword="null"/>; thrown at once, not through the task.</exception>
    /// <exception cref="HttpStatusAssertionException">The response has another status; through the task.</exception>
    public static Task<HttpResponseMessage> ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusInfo expected) =>
        CheckAsync(NotNull(response), Expectation.Of(expected));

    /// <summary>Asserts that a response has the expected status, reading the body without blocking when it has not.</summary>
    /// <param name="response">The response.</param>
    /// <param name="expected">The expected code, such as 201; any value.</param>
    /// <returns><paramref name="response"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>; thrown at once, not through the task.</exception>
    /// <exception cref="HttpStatusAssertionException">The response has another status; through the task.</exception>
    public static Task<HttpResponseMessage> ShouldHaveStatusAsync(this HttpResponseMessage response, int expected) =>
        CheckAsync(NotNull(response), Expectation.Of(expected));

    /// <summary>Asserts that a response has the expected status, reading the body without blocking when it has not.</summary>
    /// <param name="response">The response.</param>
    /// <param name="expected">The expected code, such as <see cref="HttpStatusCode.Created"/>; any value.</param>
    /// <returns><paramref name="response"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>; thrown at once, not through the task.</exception>
    /// <exception cref="HttpStatusAssertionException">The response has another status; through the task.</exception>
    public static Task<HttpResponseMessage> ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode expected) =>
        CheckAsync(NotNull(response), Expectation.Of((int)expected));

    /// <summary>Asserts that a response's status is in the expected class, reading the body without blocking when it is not.</summary>
    /// <param name="response">The response.</param>
    /// <param name="expected">The expected class, such as <see cref="HttpStatusCategory.Success"/>.</param>
    /// <returns><paramref name="response"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>; thrown at once, not through the task.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not one of the five named classes; thrown at once.</exception>
    /// <exception cref="HttpStatusAssertionException">The response's status is outside the class; through the task.</exception>
    public static Task<HttpResponseMessage> ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCategory expected) =>
        CheckAsync(NotNull(response), Expectation.Of(expected));

    /// <summary>Asserts that a status code is the expected one.</summary>
    /// <param name="actual">The status code, such as a response's <see cref="HttpResponseMessage.StatusCode"/>; any value.</param>
    /// <param name="expected">The expected status, such as <c>HttpStatusCatalog.Created</c>.</param>
    /// <returns>The record of <paramref name="actual"/>, from <see cref="HttpStatusCatalog.Describe(int)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <see langword="null"/>.</exception>
    /// <exception cref="HttpStatusAssertionException"><paramref name="actual"/> is another status.</exception>
    public static HttpStatusInfo ShouldHaveStatus(this HttpStatusCode actual, HttpStatusInfo expected) =>
        Check((int)actual, Expectation.Of(expected));

    /// <summary>Asserts that a status code is the expected one.</summary>
    /// <param name="actual">The status code, such as a response's <see cref="HttpResponseMessage.StatusCode"/>; any value.</param>
    /// <param name="expected">The expected code, such as 201; any value.</param>
    /// <returns>The record of <paramref name="actual"/>, from <see cref="HttpStatusCatalog.Describe(int)"/>.</returns>
    /// <exception cref="HttpStatusAssertionException"><paramref name="actual"/> is another status.</exception>
    public static HttpStatusInfo ShouldHaveStatus(this HttpStatusCode actual, int expected) =>
        Check((int)actual, Expectation.Of(expected));

    /// <summary>Asserts that a status code is the expected one.</summary>
    /// <param name="actual">The status code, such as a response's <see cref="HttpResponseMessage.StatusCode"/>; any value.</param>
    /// <param name="expected">The expected code, such as <see cref="HttpStatusCode.Created"/>; any value.</param>
    /// <returns>The record of <paramref name="actual"/>, from <see cref="HttpStatusCatalog.Describe(int)"/>.</returns>
    /// <exception cref="HttpStatusAssertionException"><paramref name="actual"/> is another status.</exception>
    public static HttpStatusInfo ShouldHaveStatus(this HttpStatusCode actual, HttpStatusCode expected) =>
        Check((int)actual, Expectation.Of((int)expected));

    /// <summary>Asserts that a status code is in the expected class, such as 2xx.</summary>
    /// <param name="actual">The status code, such as a response's <see cref="HttpResponseMessage.StatusCode"/>; any value.</param>
    /// <param name="expected">The expected class, such as <see cref="HttpStatusCategory.Success"/>.</param>
    /// <returns>The record of <paramref name="actual"/>, from <see cref="HttpStatusCatalog.Describe(int)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not one of the five named classes.</exception>
    /// <exception cref="HttpStatusAssertionException"><paramref name="actual"/> is outside the class.</exception>
    public static HttpStatusInfo ShouldHaveStatus(this HttpStatusCode actual, HttpStatusCategory expected) =>
        Check((int)actual, Expectation.Of(expected));

    /// <summary>Asserts that a status code is the expected one.</summary>
    /// <param name="actual">The status code, such as ASP.NET Core's <c>HttpResponse.StatusCode</c>; any value.</param>
    /// <param name="expected">The expected status, such as <c>HttpStatusCatalog.Created</c>.</param>
    /// <returns>The record of <paramref name="actual"/>, from <see cref="HttpStatusCatalog.Describe(int)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <see langword="null"/>.</exception>
    /// <exception cref="HttpStatusAssertionException"><paramref name="actual"/> is another status.</exception>
    public static HttpStatusInfo ShouldHaveStatus(this int actual, HttpStatusInfo expected) =>
        Check(actual, Expectation.Of(expected));

    /// <summary>Asserts that a status code is the expected one.</summary>
    /// <param name="actual">The status code, such as ASP.NET Core's <c>HttpResponse.StatusCode</c>; any value.</param>
    /// <param name="expected">The expected code, such as 201; any value.</param>
    /// <returns>The record of <paramref name="actual"/>, from <see cref="HttpStatusCatalog.Describe(int)"/>.</returns>
    /// <exception cref="HttpStatusAssertionException"><paramref name="actual"/> is another status.</exception>
    public static HttpStatusInfo ShouldHaveStatus(this int actual, int expected) =>
        Check(actual, Expectation.Of(expected));

    /// <summary>Asserts that a status code is the expected one.</summary>
    /// <param name="actual">The status code, such as ASP.NET Core's <c>HttpResponse.StatusCode</c>; any value.</param>
    /// <param name="expected">The expected code, such as <see cref="HttpStatusCode.Created"/>; any value.</param>
    /// <returns>The record of <paramref name="actual"/>, from <see cref="HttpStatusCatalog.Describe(int)"/>.</returns>
    /// <exception cref="HttpStatusAssertionException"><paramref name="actual"/> is another status.</exception>
    public static HttpStatusInfo ShouldHaveStatus(this int actual, HttpStatusCode expected) =>
        Check(actual, Expectation.Of((int)expected));

    /// <summary>Asserts that a status code is in the expected class, such as 2xx.</summary>
    /// <param name="actual">The status code, such as ASP.NET Core's <c>HttpResponse.StatusCode</c>; any value.</param>
    /// <param name="expected">The expected class, such as <see cref="HttpStatusCategory.Success"/>.</param>
    /// <returns>The record of <paramref name="actual"/>, from <see cref="HttpStatusCatalog.Describe(int)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not one of the five named classes.</exception>
    /// <exception cref="HttpStatusAssertionException"><paramref name="actual"/> is outside the class.</exception>
    public static HttpStatusInfo ShouldHaveStatus(this int actual, HttpStatusCategory expected) =>
        Check(actual, Expectation.Of(expected));

    private static HttpResponseMessage NotNull(HttpResponseMessage response) =>
        response ?? throw new ArgumentNullException(nameof(response));

    private static HttpStatusInfo Check(int actual, Expectation expectation)
    {
        HttpStatusInfo info = HttpStatusCatalog.Describe(actual);
        return expectation.IsMetBy(actual) ? info : throw Failure(expectation, info, bodyLine: null);
    }

    private static HttpResponseMessage Check(HttpResponseMessage response, Expectation expectation)
    {
        int actual = (int)response.StatusCode;
        if (expectation.IsMetBy(actual))
        {
            return response;
        }

        // On a thread-pool thread, so that a synchronization context of the caller cannot deadlock the wait.
        HttpContent? content = response.Content;
        string? bodyLine = Task.Run(() => DescribeBodyAsync(content)).GetAwaiter().GetResult();
        throw Failure(expectation, HttpStatusCatalog.Describe(actual), bodyLine);
    }

    private static Task<HttpResponseMessage> CheckAsync(HttpResponseMessage response, Expectation expectation)
    {
        int actual = (int)response.StatusCode;
        return expectation.IsMetBy(actual) ? Task.FromResult(response) : FailAsync(response.Content, expectation, actual);
    }

    private static async Task<HttpResponseMessage> FailAsync(HttpContent? content, Expectation expectation, int actual)
    {
        string? bodyLine = await DescribeBodyAsync(content).ConfigureAwait(false);
        throw Failure(expectation, HttpStatusCatalog.Describe(actual), bodyLine);
    }

    private static HttpStatusAssertionException Failure(Expectation expectation, HttpStatusInfo actual, string? bodyLine)
    {
        string expected = expectation.Text;
        string message = "Expected " + expected + ", but the response was " + actual.ToString("L", CultureInfo.InvariantCulture) + ": " + actual.Summary;
        if (bodyLine is not null)
        {
            message += Environment.NewLine + bodyLine;
        }

        return new HttpStatusAssertionException(message, expected, expectation.Status, expectation.Category, actual);
    }

    /// <summary>The line about the body for a failure message, or <see langword="null"/> when there is no body. Never throws.</summary>
    private static async Task<string?> DescribeBodyAsync(HttpContent? content)
    {
        if (content is null)
        {
            return null;
        }

        string body;
        try
        {
            Task<string> read = content.ReadAsStringAsync();
            using (var stopTimer = new CancellationTokenSource())
            {
                Task first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(BodyReadSeconds), stopTimer.Token)).ConfigureAwait(false);
                stopTimer.Cancel();
                if (first != read)
                {
                    return FormattableString.Invariant($"(body could not be read: it did not arrive within {BodyReadSeconds} seconds)");
                }
            }

            body = await read.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure to read the body is reported in the message, never as another exception.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return "(body could not be read: " + Reason(exception) + ")";
        }

        if (body.Length == 0)
        {
            return null;
        }

        if (body.Length <= BodyPreviewLength)
        {
            return FormattableString.Invariant($"Response body ({body.Length} {(body.Length == 1 ? "character" : "characters")}): {body}");
        }

        // Never cut a surrogate pair in two.
        int shown = char.IsHighSurrogate(body[BodyPreviewLength - 1]) ? BodyPreviewLength - 1 : BodyPreviewLength;
        return FormattableString.Invariant($"Response body (first {shown} of {body.Length} characters): {body.Substring(0, shown)}...");
    }

    /// <summary>The exception's type and message, then those of each inner exception in parentheses.</summary>
    private static string Reason(Exception exception)
    {
        string reason = exception.GetType().Name + ": " + exception.Message;
        return exception.InnerException is null ? reason : reason + " (" + Reason(exception.InnerException) + ")";
    }

    /// <summary>What an assertion expects: one code, or one class. Building one does not allocate.</summary>
    private readonly struct Expectation
    {
        private Expectation(HttpStatusInfo? status, HttpStatusCategory? category)
        {
            Status = status;
            Category = category;
        }

        public HttpStatusInfo? Status { get; }

        public HttpStatusCategory? Category { get; }

        /// <summary>The expectation in words, such as <c>201 Created (Success)</c> or <c>a Success (2xx) status</c>.</summary>
        public string Text
        {
            get
            {
                if (Status is not null)
                {
                    return Status.ToString("L", CultureInfo.InvariantCulture);
                }

                HttpStatusCategory category = Category!.Value;
                string article = category == HttpStatusCategory.Informational ? "an " : "a ";
                return article + category.ToDisplayName() + " (" + ((int)category).ToString(CultureInfo.InvariantCulture) + "xx) status";
            }
        }

        public static Expectation Of(HttpStatusInfo expected) =>
            expected is null ? throw new ArgumentNullException(nameof(expected)) : new(expected, null);

        public static Expectation Of(int expected) => new(HttpStatusCatalog.Describe(expected), null);

        public static Expectation Of(HttpStatusCategory expected) =>
            expected is < HttpStatusCategory.Informational or > HttpStatusCategory.ServerError
                ? throw new ArgumentOutOfRangeException(nameof(expected), expected, "The value is not one of the five status classes, 1 (Informational) to 5 (Server Error).")
                : new(null, expected);

        public bool IsMetBy(int actual) =>
            Status is not null ? actual == Status.Code : HttpStatusCatalog.GetCategory(actual) == Category;
    }
}
