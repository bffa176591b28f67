using System;
using System.Linq;
using System.Net;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

public sealed class TryFindTests
{
    public static TheoryData<int> AllCodes => new(HttpStatusCatalog.All.Select(i => i.Code));

    public static TheoryData<string, int> FormerAndLegacyPhrases
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (SemanticsRow row in TestData.Facts("former_phrase").Concat(TestData.Facts("nonstandard_legacy_phrase")))
            {
                data.Add(row.Value, row.First);
            }

            return data;
        }
    }

    public static TheoryData<string> HttpStatusCodeNames => new(Enum.GetNames<HttpStatusCode>());

    [Theory]
    [InlineData("404", 404)]
    [InlineData("Not Found", 404)]
    [InlineData("not found", 404)]
    [InlineData("NOT_FOUND", 404)]
    [InlineData("NotFound", 404)]
    [InlineData("not-found", 404)]
    [InlineData("  Not   Found \r\n", 404)]
    [InlineData("404 Not Found", 404)]
    [InlineData("404 NOT_FOUND", 404)]
    [InlineData("404\r\n", 404)]
    [InlineData("HTTP/1.1 404 Not Found", 404)]
    [InlineData("http/2 200", 200)]
    [InlineData("HTTP/1.0 302 Moved Temporarily", 302)]
    [InlineData("IM_A_TEAPOT", 418)]
    [InlineData("I'm a teapot", 418)]
    [InlineData("I'm a Teapot", 418)]
    [InlineData("im-a-teapot", 418)]
    [InlineData("Non Authoritative Information", 203)]
    [InlineData("non-authoritative-information", 203)]
    [InlineData("HTTP Version Not Supported", 505)]
    [InlineData("HttpVersionNotSupported", 505)]
    [InlineData("URI Too Long", 414)]
    [InlineData("Request-URI Too Long", 414)]
    [InlineData("Payload Too Large", 413)]
    [InlineData("Request Entity Too Large", 413)]
    [InlineData("Unprocessable Entity", 422)]
    [InlineData("Switch Proxy", 306)]
    [InlineData("Unused", 306)]
    [InlineData("Upload Resumption Supported", 104)]
    [InlineData("Not Extended", 510)]
    [InlineData("404 Not Founded", 404)]
    [InlineData("HTTP/1.1 404 Nicht gefunden", 404)]
    [InlineData("HTTP/1.1 200 ", 200)]
    [InlineData("HTTP/1.1 302 Temporary Redirect", 302)]
    [InlineData("HTTP/1.1 407 Unauthorized", 407)]
    [InlineData("Not Allowed", 405)]
    [InlineData("Temporary Redirect", 307)]
    [InlineData("OK", 200)]
    [InlineData("ok", 200)]
    [InlineData("o-k", 200)]
    [InlineData("Gone", 410)]
    [InlineData("GONE.", 410)]
    [InlineData("Not\u0000Found", 404)]
    [InlineData("I\u0007m a teapot", 418)]
    [InlineData("Not Found!", 404)]
    [InlineData("(Not Found)", 404)]
    [InlineData("Requested Range Not Satisfiable", 416)]
    [InlineData("requested_range_not_satisfiable", 416)]
    public void FindsCodeGivenAcceptedSpelling(string text, int expected)
    {
        bool found = HttpStatusCatalog.TryFind(text, out HttpStatusInfo? info);

        found.Should().BeTrue();
        info!.Code.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void RoundTripsGivenCodePhraseStatusLineOrName(int code)
    {
        HttpStatusInfo expected = HttpStatusCatalog.Get(code);

        foreach (string text in new[] { expected.ReasonPhrase, expected.ToString(), expected.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), expected.Name, expected.ReasonPhrase.ToUpperInvariant() })
        {
            HttpStatusCatalog.TryFind(text, out HttpStatusInfo? found).Should().BeTrue(text);
            found.Should().BeSameAs(expected, text);
            HttpStatusCatalog.TryFind(text.AsSpan(), out HttpStatusInfo? fromSpan).Should().BeTrue(text);
            fromSpan.Should().BeSameAs(expected, text);
        }
    }

    [Theory]
    [MemberData(nameof(FormerAndLegacyPhrases))]
    public void FindsCodeGivenFormerOrLegacyPhraseFromReference(string phrase, int code)
    {
        bool found = HttpStatusCatalog.TryFind(phrase, out HttpStatusInfo? info);

        found.Should().BeTrue();
        info!.Code.Should().Be(code);
    }

    [Theory]
    [MemberData(nameof(HttpStatusCodeNames))]
    public void FindsEnumValueGivenHttpStatusCodeMemberName(string name)
    {
        bool found = HttpStatusCatalog.TryFind(name, out HttpStatusInfo? info);

        found.Should().BeTrue();
        info!.Code.Should().Be((int)Enum.Parse<HttpStatusCode>(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0")]
    [InlineData("-")]
    [InlineData("Method Not Found")]
    [InlineData("No Content Found")]
    [InlineData("Not Founded")]
    [InlineData("Unauthorised")]
    [InlineData("Server Failure")]
    [InlineData("Too Many Request")]
    [InlineData("Permanently Moved")]
    [InlineData("Bad Gateway Timeout")]
    [InlineData("O")]
    [InlineData("OKK")]
    [InlineData("Not Found\u00E9")]
    [InlineData("\u00E9Not Found")]
    [InlineData("Not")]
    [InlineData("Foun")]
    [InlineData("NotFoundX")]
    [InlineData("N\u043Et Found")]
    [InlineData("Not\u00A0Found")]
    [InlineData("\uFF2Eot Found")]
    [InlineData("\u0664\u0660\u0664")]
    [InlineData("\uFF14\uFF10\uFF14")]
    [InlineData("404abc")]
    [InlineData("4040")]
    [InlineData("0404")]
    [InlineData("+404")]
    [InlineData("-404")]
    [InlineData("4 04")]
    [InlineData("404.0")]
    [InlineData("40")]
    [InlineData("499")]
    [InlineData("999")]
    [InlineData("404 OK")]
    [InlineData("HTTP/1.1 404 OK")]
    [InlineData("404 Temporary Redirect")]
    [InlineData("404NotFound")]
    [InlineData("200OK")]
    [InlineData("(404) Not Found")]
    [InlineData("NotFound404")]
    [InlineData("HTTP/1.1")]
    [InlineData("HTTP/1.1 Not Found")]
    [InlineData("HTTP/1.1404")]
    [InlineData("HTTP/x 404")]
    [InlineData("\uD800")]
    [InlineData("Not Found\uDC00")]
    public void ReturnsFalseGivenTextThatNamesNoCatalogCode(string? text)
    {
        bool found = HttpStatusCatalog.TryFind(text, out HttpStatusInfo? info);

        found.Should().BeFalse();
        info.Should().BeNull();
        HttpStatusCatalog.TryFind(text.AsSpan(), out HttpStatusInfo? fromSpan).Should().BeFalse();
        fromSpan.Should().BeNull();
    }

    [Theory]
    [InlineData("Found Not")]
    [InlineData("dnuoF toN")]
    [InlineData("Not Found Not Found")]
    [InlineData("NotFoundNotFound")]
    [InlineData("\u014Eot Found")]
    [InlineData("\u014EotFound")]
    [InlineData("Not Foun\u0164")]
    [InlineData("Not\u0120Found")]
    [InlineData("Request Time\u012Dout")]
    public void ReturnsFalseGivenPhraseLettersReorderedRepeatedOrReplacedByNonAscii(string text)
    {
        // U+014E, U+0164 and U+012D end in the same seven bits as 'N', 'd' and '-', and U+0120 as a space.
        HttpStatusCatalog.TryFind(text, out HttpStatusInfo? info).Should().BeFalse();
        info.Should().BeNull();
        HttpStatusCatalog.TryFind(text.AsSpan(), out HttpStatusInfo? fromSpan).Should().BeFalse();
        fromSpan.Should().BeNull();
    }

    [Theory]
    [InlineData("REQUEST-TIME-OUT", 408)]
    [InlineData("request_time_out", 408)]
    [InlineData("RequestTimeOut", 408)]
    [InlineData("  Request Time-out", 408)]
    [InlineData("gateway time out", 504)]
    [InlineData("Gateway-Time-Out", 504)]
    [InlineData("SERVICE_UNAVAILABLE", 503)]
    [InlineData("internal-server-error", 500)]
    [InlineData("Too  Many  Requests", 429)]
    [InlineData("request entity too large", 413)]
    public void FindsCodeGivenPhraseInAnyCaseWithOtherSeparators(string text, int expected)
    {
        HttpStatusCatalog.TryFind(text, out HttpStatusInfo? info).Should().BeTrue();
        info!.Code.Should().Be(expected);
        HttpStatusCatalog.TryFind(text.AsSpan(), out HttpStatusInfo? fromSpan).Should().BeTrue();
        fromSpan.Should().BeSameAs(info);
    }

    [Fact]
    public void ReturnsFalseGivenHugeText()
    {
        string letters = new('a', 1 << 20);
        string spaces = new(' ', 1 << 20);

        HttpStatusCatalog.TryFind(letters, out _).Should().BeFalse();
        HttpStatusCatalog.TryFind(spaces, out _).Should().BeFalse();
        HttpStatusCatalog.TryFind(spaces + "Not Found" + spaces, out HttpStatusInfo? padded).Should().BeTrue();
        padded!.Code.Should().Be(404);
    }

    [Fact]
    public void FindsEveryControlCharacterSeparatedPhraseGivenAsciiSeparators()
    {
        for (char separator = '\0'; separator < '\u0080'; separator++)
        {
            if (char.IsAsciiLetterOrDigit(separator))
            {
                continue;
            }

            string text = "Not" + separator + "Found";

            HttpStatusCatalog.TryFind(text, out HttpStatusInfo? info).Should().BeTrue("separator U+{0:X4}", (int)separator);
            info!.Code.Should().Be(404);
        }
    }
}
