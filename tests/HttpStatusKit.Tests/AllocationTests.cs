using System;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>The hot paths allocate nothing: each is called many times and the thread's allocated bytes must not move.</summary>
public sealed class AllocationTests
{
    private const int Calls = 10_000;

    [Fact]
    public void LookupsByCodeAllocateNothingGivenCatalogCodes()
    {
        Allocations.AssertNone(() =>
        {
            int sum = 0;
            for (int i = 0; i < Calls; i++)
            {
                int code = 200 + (i % 400);
                if (HttpStatusCatalog.TryGet(code, out HttpStatusInfo? info))
                {
                    sum += info.Code;
                }

                sum += HttpStatusCatalog.Get(404).Code + HttpStatusCatalog.Describe(418).Code;
            }

            return sum;
        });
    }

    [Fact]
    public void DescribeAllocatesNothingGivenUnassignedCodeAfterFirstUse()
    {
        HttpStatusCatalog.Describe(499);

        Allocations.AssertNone(() =>
        {
            int sum = 0;
            for (int i = 0; i < Calls; i++)
            {
                sum += HttpStatusCatalog.Describe(499).EquivalentCode;
            }

            return sum;
        });
    }

    [Fact]
    public void TryFindAllocatesNothingGivenStringHitsAndMisses()
    {
        string[] inputs = ["Not Found", "not_found", "404 Not Found", "HTTP/1.1 503 Service Unavailable", "Request Entity Too Large", "418", "Method Not Found", "N\u043Et Found", "", "0404", new string('x', 5000)];

        Allocations.AssertNone(() =>
        {
            int found = 0;
            for (int i = 0; i < Calls; i++)
            {
                found += HttpStatusCatalog.TryFind(inputs[i % inputs.Length], out HttpStatusInfo? _) ? 1 : 0;
            }

            return found;
        });
    }

    [Fact]
    public void TryFindAllocatesNothingGivenSpanHitsAndMisses()
    {
        const string text = "x 404 Not Found x Too Many Requests x Unprocessable Entity x Nope";

        Allocations.AssertNone(() =>
        {
            int found = 0;
            for (int i = 0; i < Calls; i++)
            {
                ReadOnlySpan<char> span = text.AsSpan();
                found += HttpStatusCatalog.TryFind(span.Slice(2, 13), out HttpStatusInfo? _) ? 1 : 0;
                found += HttpStatusCatalog.TryFind(span.Slice(18, 17), out HttpStatusInfo? _) ? 1 : 0;
                found += HttpStatusCatalog.TryFind(span.Slice(38, 20), out HttpStatusInfo? _) ? 1 : 0;
                found += HttpStatusCatalog.TryFind(span.Slice(61), out HttpStatusInfo? _) ? 1 : 0;
            }

            return found;
        });
    }

    [Fact]
    public void ClassifiersAndToStringAllocateNothingGivenAnyInt()
    {
        Allocations.AssertNone(() =>
        {
            int sum = 0;
            for (int i = -Calls; i < Calls; i++)
            {
                int code = i * 7;
                sum += HttpStatusCatalog.IsInformational(code) ? 1 : 0;
                sum += HttpStatusCatalog.IsSuccess(code) ? 1 : 0;
                sum += HttpStatusCatalog.IsRedirection(code) ? 1 : 0;
                sum += HttpStatusCatalog.IsClientError(code) ? 1 : 0;
                sum += HttpStatusCatalog.IsServerError(code) ? 1 : 0;
                sum += HttpStatusCatalog.IsError(code) ? 1 : 0;
                sum += (int?)HttpStatusCatalog.GetCategory(code) ?? 0;
                sum += HttpStatusCatalog.NotFound.ToString().Length;
            }

            return sum;
        });
    }

    [Fact]
    public void MeasurementSeesAllocationsGivenCodeThatAllocates()
    {
        // Guards the measurement itself: an allocating body must be reported.
        long before = GC.GetAllocatedBytesForCurrentThread();

        _ = HttpStatusCatalog.Describe(-1);

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BePositive();
    }
}
