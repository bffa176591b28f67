using System;
using System.Globalization;
using System.Linq;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>Formatting a record allocates nothing after warm-up: TryFormat never, ToString for codes in 100 to 599.</summary>
public sealed class FormattingAllocationTests
{
    private const int Rounds = 50;
    private static readonly string[] s_formats = ["G", "D", "P", "N", "C", "L", "g", "d", "p", "n", "c", "l", ""];

    [Fact]
    public void TryFormatAllocatesNothingGivenEveryFormatAndEveryKindOfRecord()
    {
        // Arrays, so that the loops themselves do not allocate enumerators.
        HttpStatusInfo[] records = [.. StatusClassNames.EveryKindOfRecord()];
        char[] buffer = new char[200];
        char[] small = new char[2];

        Allocations.AssertNone(() =>
        {
            int sum = 0;
            for (int round = 0; round < Rounds; round++)
            {
                foreach (HttpStatusInfo info in records)
                {
                    foreach (string format in s_formats)
                    {
                        sum += info.TryFormat(buffer, out int written, format.AsSpan(), null) ? written : -1;
                        sum += info.TryFormat(small, out written, format.AsSpan(), null) ? written : -1;
                    }
                }
            }

            return sum;
        });
    }

    [Fact]
    public void ToStringAllocatesNothingGivenEveryFormatAndCodesFrom100To599()
    {
        HttpStatusInfo[] records = [.. Enumerable.Range(100, 500).Select(HttpStatusCatalog.Describe)];

        Allocations.AssertNone(() =>
        {
            int sum = 0;
            for (int round = 0; round < Rounds; round++)
            {
                foreach (HttpStatusInfo info in records)
                {
                    foreach (string format in s_formats)
                    {
                        sum += info.ToString(format, CultureInfo.InvariantCulture).Length;
                    }

                    sum += info.ToString(null, null).Length;
                }
            }

            return sum;
        });
    }

    [Fact]
    public void ToStringReturnsTheRecordsOwnStringsGivenPhraseAndNameFormats()
    {
        foreach (HttpStatusInfo info in HttpStatusCatalog.All)
        {
            info.ToString("P", null).Should().BeSameAs(info.ReasonPhrase);
            info.ToString("N", null).Should().BeSameAs(info.Name);
            info.ToString("G", null).Should().BeSameAs(info.ToString());
            info.ToString("D", null).Should().BeSameAs(info.ToString("d", null));
            info.ToString("L", null).Should().BeSameAs(info.ToString("L", null));
        }
    }

    [Fact]
    public void FormattingIntoASpanAllocatesNothingGivenAnInterpolatedString()
    {
        char[] buffer = new char[200];
        HttpStatusInfo[] records = [.. HttpStatusCatalog.All];

        Allocations.AssertNone(() =>
        {
            int sum = 0;
            for (int round = 0; round < Rounds; round++)
            {
                foreach (HttpStatusInfo info in records)
                {
                    sum += buffer.AsSpan().TryWrite(CultureInfo.InvariantCulture, $"{info:D} {info:L} {info:C} {info}", out int written) ? written : -1;
                }
            }

            return sum;
        });
    }
}
