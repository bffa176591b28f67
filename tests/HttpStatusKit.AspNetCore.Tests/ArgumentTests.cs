using System;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace HttpStatusKit.AspNetCore.Tests;

/// <summary>Null arguments are reported by name, never as a NullReferenceException.</summary>
public sealed class ArgumentTests
{
    [Fact]
    public void ThrowsArgumentNullExceptionGivenNullServices()
    {
        Action act = () => HttpStatusKitProblemDetailsServiceCollectionExtensions.AddHttpStatusKitProblemDetails(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Fact]
    public void ThrowsArgumentNullExceptionGivenNullOpenApiOptions()
    {
        Action act = () => HttpStatusKitOpenApiOptionsExtensions.AddHttpStatusKitDescriptions(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void ReturnsSameInstancesGivenChaining()
    {
        var services = new ServiceCollection();
        var options = new OpenApiOptions();

        IServiceCollection returnedServices = services.AddHttpStatusKitProblemDetails();
        OpenApiOptions returnedOptions = options.AddHttpStatusKitDescriptions();

        returnedServices.Should().BeSameAs(services);
        returnedOptions.Should().BeSameAs(options);
    }
}
