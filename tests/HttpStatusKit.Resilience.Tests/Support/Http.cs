using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace HttpStatusKit.Resilience.Tests.Support;

/// <summary>Builds responses and runs a retry strategy's own delegates on them, as Polly does.</summary>
public static class Http
{
    /// <summary>The idempotent methods of RFC 9110, Section 9.2.2, written out here from the RFC's text.</summary>
    public static readonly string[] IdempotentMethods = ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"];

    /// <summary>Methods that are not idempotent, or are not methods RFC 9110 defines ("get" is not GET: methods are case-sensitive).</summary>
    public static readonly string[] OtherMethods = ["POST", "PATCH", "CONNECT", "get", "QUERY"];

    public static HttpResponseMessage Response(int code, string? method = "GET", TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)code);
        if (method is not null)
        {
            response.RequestMessage = new HttpRequestMessage(new HttpMethod(method), "http://127.0.0.1/resource");
        }

        if (retryAfter is { } delta)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(delta);
        }

        return response;
    }

    public static HttpResponseMessage Response(int code, string method, DateTimeOffset retryAfter)
    {
        HttpResponseMessage response = Response(code, method);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return response;
    }

    public static async Task<bool> ShouldHandleAsync(RetryStrategyOptions<HttpResponseMessage> options, Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken = default)
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            ValueTask<bool> handle = options.ShouldHandle(new RetryPredicateArguments<HttpResponseMessage>(context, outcome, 0));
            handle.IsCompleted.Should().BeTrue("the predicate does not wait");
            return await handle;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public static Task<bool> ShouldHandleAsync(RetryStrategyOptions<HttpResponseMessage> options, HttpResponseMessage response) =>
        ShouldHandleAsync(options, Outcome.FromResult(response));

    public static async Task<TimeSpan?> DelayAsync(RetryStrategyOptions<HttpResponseMessage> options, Outcome<HttpResponseMessage> outcome)
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get();
        try
        {
            ValueTask<TimeSpan?> delay = options.DelayGenerator!(new RetryDelayGeneratorArguments<HttpResponseMessage>(context, outcome, 0));
            delay.IsCompleted.Should().BeTrue("the delay generator does not wait");
            return await delay;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
