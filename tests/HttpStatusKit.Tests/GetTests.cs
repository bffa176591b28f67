using System;
using System.Net;

namespace HttpStatusKit.Tests;

public sealed class GetTests
{
    [Theory]
    [InlineData(100, "Continue")]
    [InlineData(200, "OK")]
    [InlineData(203, "Non-Authoritative Information")]
    [InlineData(404, "Not Found")]
    [InlineData(413, "Content Too Large")]
    [InlineData(418, "I'm a teapot")]
    [InlineData(511, "Network Authentication Required")]
    public void ReturnsInfoGivenKnownCode(int code, string phrase)
    {
        HttpStatusInfo info = HttpStatusCatalog.Get(code);

        info.Code.Should().Be(code);
        info.ReasonPhrase.Should().Be(phrase);
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-404)]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(199)]
    [InlineData(209)]
    [InlineData(419)]
    [InlineData(499)]
    [InlineData(509)]
    [InlineData(599)]
    [InlineData(600)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void ThrowsNamingTheCodeGivenCodeOutsideCatalog(int code)
    {
        Action act = () => HttpStatusCatalog.Get(code);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain(code.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not a status code in the catalog");
    }

    [Fact]
    public void ReturnsSameInstanceAsNamedMemberGivenHttpStatusCode()
    {
        HttpStatusCatalog.Get(HttpStatusCode.NotFound).Should().BeSameAs(HttpStatusCatalog.NotFound);
        HttpStatusCatalog.Get(HttpStatusCode.RequestEntityTooLarge).Should().BeSameAs(HttpStatusCatalog.ContentTooLarge);
    }

    [Fact]
    public void ThrowsGivenHttpStatusCodeValueOutsideCatalog()
    {
        Action act = () => HttpStatusCatalog.Get((HttpStatusCode)799);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain("799");
    }
}
