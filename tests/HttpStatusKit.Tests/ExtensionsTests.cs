using System;
using System.Net;
using System.Net.Http;

namespace HttpStatusKit.Tests;

public sealed class ExtensionsTests
{
    [Fact]
    public void ReturnsCatalogRecordGivenNamedHttpStatusCode()
    {
        HttpStatusCode.Created.ToStatusInfo().Should().BeSameAs(HttpStatusCatalog.Created);
        HttpStatusCode.Unused.ToStatusInfo().Should().BeSameAs(HttpStatusCatalog.Unused);
    }

    [Fact]
    public void DescribesValueGivenHttpStatusCodeOutsideCatalog()
    {
        HttpStatusInfo info = ((HttpStatusCode)499).ToStatusInfo();

        info.Registration.Should().Be(HttpStatusRegistration.Unassigned);
        info.EquivalentCode.Should().Be(400);
        ((HttpStatusCode)(-7)).ToStatusInfo().Registration.Should().Be(HttpStatusRegistration.Invalid);
    }

    [Fact]
    public void ReturnsRecordOfStatusGivenResponseMessage()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        response.GetStatusInfo().Should().BeSameAs(HttpStatusCatalog.TooManyRequests);
    }

    [Fact]
    public void ThrowsArgumentNullExceptionGivenNullResponse()
    {
        Action act = () => HttpStatusExtensions.GetStatusInfo(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("response");
    }
}
