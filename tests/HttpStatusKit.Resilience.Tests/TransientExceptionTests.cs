using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using HttpStatusKit.Resilience.Tests.Support;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace HttpStatusKit.Resilience.Tests;

/// <summary>
/// Switching to the package loses none of the exceptions that Microsoft.Extensions.Http.Resilience retries: for each
/// exception, the package's predicate answers as the package's own default predicate does (the real 10.11.0 binaries).
/// </summary>
public sealed class TransientExceptionTests
{
    public static TheoryData<string> Exceptions => [.. Samples().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Exceptions))]
    public async Task AnswersAsMicrosoftExtensionsHttpResilienceGivenException(string name)
    {
        Exception exception = Samples().Single(s => s.Name == name).Exception;
        Outcome<HttpResponseMessage> outcome = Outcome.FromException<HttpResponseMessage>(exception);
        var kit = new HttpRetryStrategyOptions().UseHttpStatusKit();
        var standard = new HttpRetryStrategyOptions();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        bool kitRetries = await Http.ShouldHandleAsync(kit, outcome);
        bool kitRetriesCancelled = await Http.ShouldHandleAsync(kit, outcome, cancelled.Token);
        bool standardRetries = await Http.ShouldHandleAsync(standard, outcome);
        bool standardRetriesCancelled = await Http.ShouldHandleAsync(standard, outcome, cancelled.Token);

        kitRetries.Should().Be(standardRetries);
        kitRetriesCancelled.Should().Be(standardRetriesCancelled);
        kitRetries.Should().Be(HttpClientResiliencePredicates.IsTransient(outcome, CancellationToken.None));
        HttpRetryDecision.For(outcome).ShouldRetry.Should().Be(kitRetries);
    }

    [Theory]
    [InlineData(typeof(HttpRequestException))]
    [InlineData(typeof(TimeoutRejectedException))]
    public async Task RetriesWhateverTheMethodGivenTransientException(Type type)
    {
        var exception = (Exception)Activator.CreateInstance(type)!;
        var kit = new HttpRetryStrategyOptions().UseHttpStatusKit();

        bool retried = await Http.ShouldHandleAsync(kit, Outcome.FromException<HttpResponseMessage>(exception));
        HttpRetryDecision decision = HttpRetryDecision.For(Outcome.FromException<HttpResponseMessage>(exception));

        retried.Should().BeTrue();
        decision.StatusCode.Should().BeNull();
        decision.Advice.Should().BeNull();
        decision.Reason.Should().StartWith(type.Name + " is retried");
    }

    private static (string Name, Exception Exception)[] Samples() =>
    [
        ("HttpRequestException", new HttpRequestException("connection refused", new SocketException(111))),
        ("TimeoutRejectedException", new TimeoutRejectedException()),
        ("connection timeout", new OperationCanceledException("connect timeout", new TimeoutException()) { Source = "System.Private.CoreLib" }),
        ("OperationCanceledException from elsewhere", new OperationCanceledException("timeout", new TimeoutException()) { Source = "Somewhere.Else" }),
        ("TaskCanceledException", new TaskCanceledException()),
        ("OperationCanceledException", new OperationCanceledException()),
        ("TimeoutException", new TimeoutException()),
        ("SocketException", new SocketException(111)),
        ("IOException", new IOException("reset")),
        ("InvalidOperationException", new InvalidOperationException()),
    ];
}
