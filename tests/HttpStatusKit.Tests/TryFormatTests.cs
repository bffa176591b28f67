using System;
using System.Globalization;
using System.Linq;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary><see cref="HttpStatusInfo.TryFormat"/> writes exactly the text of each format, or nothing when it does not fit.</summary>
public sealed class TryFormatTests
{
    private const char Untouched = '#';

    public static TheoryData<string> Formats() => FormatTests.Formats();

    [Theory]
    [MemberData(nameof(Formats))]
    public void WritesTheWholeTextGivenSpanOfExactSize(string format)
    {
        foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
        {
            string expected = FormatTests.Expected(info, format);
            char[] buffer = Filled(expected.Length);

            bool done = info.TryFormat(buffer, out int written, format.AsSpan(), null);

            done.Should().BeTrue("record {0}", info.Code);
            written.Should().Be(expected.Length);
            new string(buffer).Should().Be(expected);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void WritesOnlyTheTextGivenLargerSpan(string format)
    {
        foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
        {
            string expected = FormatTests.Expected(info, format);
            char[] buffer = Filled(expected.Length + 10);

            info.TryFormat(buffer, out int written, format.ToLowerInvariant().AsSpan(), CultureInfo.InvariantCulture).Should().BeTrue();

            written.Should().Be(expected.Length);
            new string(buffer).Should().Be(expected + new string(Untouched, 10));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void WritesNothingAndReturnsFalseGivenSpanOneTooSmall(string format)
    {
        foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
        {
            string expected = FormatTests.Expected(info, format);
            char[] buffer = Filled(expected.Length - 1);

            bool done = info.TryFormat(buffer, out int written, format.AsSpan(), null);

            done.Should().BeFalse("record {0}", info.Code);
            written.Should().Be(0);
            new string(buffer).Should().Be(new string(Untouched, buffer.Length));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ReturnsFalseGivenEmptySpan(string format)
    {
        foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
        {
            info.TryFormat(Span<char>.Empty, out int written, format.AsSpan(), null).Should().BeFalse();
            written.Should().Be(0);
        }
    }

    [Fact]
    public void ReturnsFalseGivenEverySizeBelowTheText()
    {
        HttpStatusInfo info = HttpStatusCatalog.Describe(int.MinValue);
        string expected = FormatTests.Expected(info, "L");

        for (int size = 0; size < expected.Length; size++)
        {
            char[] buffer = Filled(size);

            info.TryFormat(buffer, out int written, "L".AsSpan(), null).Should().BeFalse("size {0}", size);
            written.Should().Be(0);
            new string(buffer).Should().Be(new string(Untouched, buffer.Length));
        }
    }

    [Fact]
    public void WritesTheStatusLineGivenEmptyFormat()
    {
        foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
        {
            char[] buffer = Filled(100);

            info.TryFormat(buffer, out int written, ReadOnlySpan<char>.Empty, null).Should().BeTrue();

            new string(buffer, 0, written).Should().Be(info.ToString());
        }
    }

    [Fact]
    public void WritesTheCodeLikeInt32GivenInvalidValues()
    {
        foreach (int code in new[] { 0, -1, 9, 10, 99, 600, 1000, -1000, 123456789, int.MinValue, int.MaxValue })
        {
            char[] buffer = Filled(20);

            HttpStatusCatalog.Describe(code).TryFormat(buffer, out int written, "D".AsSpan(), null).Should().BeTrue();

            new string(buffer, 0, written).Should().Be(code.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void IsSpanFormattableOnlyOnTheNet8AssetGivenTheAssetUnderTest()
    {
#if NETSTANDARD_ASSET
        HttpStatusCatalog.OK.Should().NotBeAssignableTo<ISpanFormattable>();
#else
        object record = HttpStatusCatalog.ImATeapot;
        char[] buffer = Filled(40);

        record.Should().BeAssignableTo<ISpanFormattable>().Which.TryFormat(buffer, out int written, "L".AsSpan(), null).Should().BeTrue();

        new string(buffer, 0, written).Should().Be("418 I'm a teapot (Client Error)");
#endif
    }

    [Fact]
    public void FormatsIntoASpanThroughAnInterpolatedStringGivenEachFormat()
    {
        HttpStatusInfo info = HttpStatusCatalog.TooManyRequests;
        char[] buffer = Filled(200);

        buffer.AsSpan().TryWrite(CultureInfo.InvariantCulture, $"{info:D}|{info:P}|{info:N}|{info:C}|{info:L}|{info}", out int written).Should().BeTrue();

        string expected = string.Join("|", new[] { "D", "P", "N", "C", "L", "G" }.Select(f => FormatTests.Expected(info, f)));
        new string(buffer, 0, written).Should().Be(expected);
    }

    private static char[] Filled(int length) => Enumerable.Repeat(Untouched, length).ToArray();
}
