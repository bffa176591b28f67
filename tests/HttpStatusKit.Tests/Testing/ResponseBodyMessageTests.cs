using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using HttpStatusKit.Testing;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>
/// A failing assertion on a response shows the start of its body: up to 500 characters with the full length, nothing
/// when there is no body, and the reason when the body cannot be read, always as an HttpStatusAssertionException.
/// </summary>
public sealed class ResponseBodyMessageTests
{
    private const int Shown = 500;
    private static readonly string s_firstLine = AssertionMessages.Failure("200 OK (Success)", HttpStatusCatalog.InternalServerError);

    [Theory]
    [InlineData(2)]
    [InlineData(499)]
    [InlineData(500)]
    public void ShowsTheWholeBodyWithItsLengthGivenBodyUpTo500Characters(int length)
    {
        string body = Text(length);

        string expected = s_firstLine + Environment.NewLine + "Response body (" + length + " characters): " + body;
        MessageFor(new StringContent(body)).Should().Be(expected);
    }

    [Fact]
    public void SaysCharacterInTheSingularGivenOneCharacter()
    {
        MessageFor(new StringContent("x")).Should().Be(s_firstLine + Environment.NewLine + "Response body (1 character): x");
    }

    [Theory]
    [InlineData(501)]
    [InlineData(5000)]
    [InlineData(1_000_000)]
    public void ShowsTheFirst500CharactersThenAnEllipsisGivenLongerBody(int length)
    {
        string body = Text(length);

        string expected = s_firstLine + Environment.NewLine
            + "Response body (first " + Shown + " of " + length + " characters): " + body[..Shown] + "...";
        MessageFor(new StringContent(body)).Should().Be(expected);
    }

    [Fact]
    public void NeverCutsASurrogatePairGivenAnEmojiAcrossTheLimit()
    {
        string body = new string('a', Shown - 1) + "\U0001F600" + new string('b', 100);

        string expected = s_firstLine + Environment.NewLine
            + "Response body (first " + (Shown - 1) + " of " + body.Length + " characters): " + new string('a', Shown - 1) + "...";
        MessageFor(new StringContent(body)).Should().Be(expected);
    }

    [Fact]
    public void DecodesTheBodyWithItsCharsetGivenLatin1Content()
    {
        var content = new ByteArrayContent([0x63, 0x61, 0x66, 0xE9]);
        content.Headers.ContentType = new("text/plain") { CharSet = "iso-8859-1" };

        MessageFor(content).Should().EndWith("Response body (4 characters): caf\u00E9");
    }

    [Fact]
    public void HasOnlyTheFirstLineGivenEmptyBody()
    {
        MessageFor(new StringContent("")).Should().Be(s_firstLine);
        MessageFor(new ByteArrayContent([])).Should().Be(s_firstLine);
    }

    [Fact]
    public void HasOnlyTheFirstLineGivenNoContent()
    {
        using HttpResponseMessage response = new(HttpStatusCode.InternalServerError);
        response.Content = null!;

        StatusAssertionTests.Message(() => response.ShouldHaveStatus(HttpStatusCatalog.OK)).Should().Be(s_firstLine);
    }

    [Fact]
    public async Task HasOnlyTheFirstLineGivenNoContentAsync()
    {
        using HttpResponseMessage response = new(HttpStatusCode.InternalServerError);
        response.Content = null!;

        (await StatusAssertionTests.MessageAsync(() => response.ShouldHaveStatusAsync(HttpStatusCatalog.OK))).Should().Be(s_firstLine);
    }

    [Fact]
    public async Task GivesTheSameMessageGivenTheSyncAndAsyncForms()
    {
        string body = Text(700);
        using HttpResponseMessage response = new(HttpStatusCode.InternalServerError) { Content = new StringContent(body) };

        string sync = StatusAssertionTests.Message(() => response.ShouldHaveStatus(HttpStatusCatalog.OK));
        string async = await StatusAssertionTests.MessageAsync(() => response.ShouldHaveStatusAsync(HttpStatusCatalog.OK));

        async.Should().Be(sync).And.Contain("first 500 of 700 characters");
    }

    [Fact]
    public async Task ShowsTheBodyGivenTheTestReadItBefore()
    {
        using HttpResponseMessage response = new(HttpStatusCode.InternalServerError) { Content = new StringContent("already read") };
        (await response.Content.ReadAsStringAsync()).Should().Be("already read");

        StatusAssertionTests.Message(() => response.ShouldHaveStatus(HttpStatusCatalog.OK))
            .Should().Be(s_firstLine + Environment.NewLine + "Response body (12 characters): already read");
    }

    [Fact]
    public async Task SaysWhyGivenBodyThatFailsToRead()
    {
        using HttpResponseMessage response = new(HttpStatusCode.InternalServerError) { Content = new FailingContent() };

        string sync = StatusAssertionTests.Message(() => response.ShouldHaveStatus(HttpStatusCatalog.OK));
        string async = await StatusAssertionTests.MessageAsync(() => response.ShouldHaveStatusAsync(HttpStatusCatalog.OK));

        foreach (string message in new[] { sync, async })
        {
            message.Should().StartWith(s_firstLine + Environment.NewLine + "(body could not be read: ")
                .And.Contain(FailingContent.Reason)
                .And.EndWith(")");
        }
    }

    [Fact]
    public void SaysWhyGivenDisposedResponse()
    {
        HttpResponseMessage response = new(HttpStatusCode.InternalServerError) { Content = new StringContent("gone") };
        response.Dispose();

        StatusAssertionTests.Message(() => response.ShouldHaveStatus(HttpStatusCatalog.OK))
            .Should().StartWith(s_firstLine + Environment.NewLine + "(body could not be read: ObjectDisposedException: ");
    }

    [Fact]
    public async Task StopsWaitingAfter5SecondsGivenBodyThatNeverArrives()
    {
        using var content = new EndlessContent();
        using HttpResponseMessage response = new(HttpStatusCode.InternalServerError) { Content = content };
        var watch = System.Diagnostics.Stopwatch.StartNew();

        string message = await StatusAssertionTests.MessageAsync(() => response.ShouldHaveStatusAsync(HttpStatusCatalog.OK));

        watch.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(4.5)).And.BeLessThan(TimeSpan.FromSeconds(60));
        message.Should().Be(s_firstLine + Environment.NewLine + "(body could not be read: it did not arrive within 5 seconds)");
    }

    [Fact]
    public async Task ReadsNothingGivenMatchingStatus()
    {
        var content = new FailingContent();
        using HttpResponseMessage response = new(HttpStatusCode.OK) { Content = content };

        response.ShouldHaveStatus(HttpStatusCatalog.OK);
        response.ShouldHaveStatus(HttpStatusCategory.Success);
        await response.ShouldHaveStatusAsync(200);

        content.Reads.Should().Be(0);
    }

    [Fact]
    public void FinishesGivenSyncFormUnderASynchronizationContextThatNeverRunsWork()
    {
        using HttpResponseMessage response = new(HttpStatusCode.InternalServerError) { Content = new YieldingContent("late body") };
        string? message = null;
        var thread = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(new StuckContext());
            message = StatusAssertionTests.Message(() => response.ShouldHaveStatus(HttpStatusCatalog.OK));
        });

        thread.Start();

        thread.Join(TimeSpan.FromSeconds(30)).Should().BeTrue("the assertion must not wait on the caller's context");
        message.Should().Be(s_firstLine + Environment.NewLine + "Response body (9 characters): late body");
    }

    private static string MessageFor(HttpContent content)
    {
        using HttpResponseMessage response = new(HttpStatusCode.InternalServerError) { Content = content };
        return StatusAssertionTests.Message(() => response.ShouldHaveStatus(HttpStatusCatalog.OK));
    }

    /// <summary>Text of a given length that shows where each position is: digits cycling, with a letter every tenth.</summary>
    private static string Text(int length)
    {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            text.Append(i % 10 == 9 ? (char)('a' + (i / 10 % 26)) : (char)('0' + (i % 10)));
        }

        return text.ToString();
    }

    private sealed class FailingContent : HttpContent
    {
        public const string Reason = "the connection was reset while reading";

        public int Reads { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            Reads++;
            throw new IOException(Reason);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class EndlessContent : HttpContent
    {
        private readonly TaskCompletionSource<bool> _never = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _never.Task;

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            _never.TrySetCanceled();
            base.Dispose(disposing);
        }
    }

    private sealed class YieldingContent(string text) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await Task.Yield();
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            await stream.WriteAsync(bytes);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>A context that accepts work and never runs it, like a UI thread blocked on the assertion.</summary>
    private sealed class StuckContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
        }

        public override void Send(SendOrPostCallback d, object? state)
        {
        }
    }
}
