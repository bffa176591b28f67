using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>Every format of <see cref="HttpStatusInfo.ToString(string?, IFormatProvider?)"/> gives what the record's data says, for every record.</summary>
public sealed class FormatTests
{
    public static TheoryData<string> Formats() => new() { "G", "D", "P", "N", "C", "L" };

    /// <summary>The text each format should give, built from the record's public data and the independent class names.</summary>
    public static string Expected(HttpStatusInfo info, string format)
    {
        string code = info.Code.ToString(CultureInfo.InvariantCulture);
        string statusLine = code + " " + info.ReasonPhrase;
        return format switch
        {
            "G" => statusLine,
            "D" => code,
            "P" => info.ReasonPhrase,
            "N" => info.Name,
            "C" => StatusClassNames.For(info.Code),
            "L" => statusLine + " (" + StatusClassNames.For(info.Code) + ")",
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void GivesTheRecordsDataGivenEveryFormatAndEveryRecord(string format)
    {
        foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
        {
            info.ToString(format, CultureInfo.InvariantCulture).Should().Be(Expected(info, format), "record {0}", info.Code);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void GivesTheSameTextGivenTheFormatInLowerCase(string format)
    {
        foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
        {
            info.ToString(format.ToLowerInvariant(), null).Should().Be(Expected(info, format));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void GivesTheStatusLineGivenNoFormat(string? format)
    {
        foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
        {
            info.ToString(format, null).Should().Be(Expected(info, "G")).And.Be(info.ToString());
        }
    }

    [Fact]
    public void GivesTheExamplesOfTheDocumentationGiven404()
    {
        HttpStatusInfo info = HttpStatusCatalog.NotFound;

        info.ToString("G", null).Should().Be("404 Not Found");
        info.ToString("D", null).Should().Be("404");
        info.ToString("P", null).Should().Be("Not Found");
        info.ToString("N", null).Should().Be("NotFound");
        info.ToString("C", null).Should().Be("Client Error");
        info.ToString("L", null).Should().Be("404 Not Found (Client Error)");
    }

    [Fact]
    public void IgnoresTheProviderGivenCulturesWithOtherDigitsAndSigns()
    {
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NegativeSign = "~";
        odd.NumberFormat.NativeDigits = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"];
        CultureInfo[] cultures = [odd, new CultureInfo("ar-SA"), new CultureInfo("fa-IR"), new CultureInfo("tr-TR")];

        foreach (CultureInfo culture in cultures)
        {
            foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
            {
                foreach (string format in new[] { "G", "D", "L", "d", "l" })
                {
                    info.ToString(format, culture).Should().Be(Expected(info, format.ToUpperInvariant()));
                }
            }
        }
    }

    [Fact]
    public void IgnoresTheCurrentCultureGivenInterpolationUnderAnotherCulture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            odd.NumberFormat.NegativeSign = "~";
            CultureInfo.CurrentCulture = odd;
            HttpStatusInfo invalid = HttpStatusCatalog.Describe(-7);

            $"{invalid:D}".Should().Be("-7");
            string.Format(CultureInfo.CurrentCulture, "{0:L}", invalid).Should().Be("-7 Invalid (Server Error)");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void FormatsInCompositeFormattingGivenEveryFormat(string format)
    {
        foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
        {
            string expected = Expected(info, format);

            string.Format(CultureInfo.InvariantCulture, "[{0:" + format + "}]", info).Should().Be("[" + expected + "]");
            new StringBuilder().AppendFormat(CultureInfo.InvariantCulture, "{0:" + format + "}", info).ToString().Should().Be(expected);
        }
    }

    [Fact]
    public void FormatsInInterpolatedStringsGivenEachFormat()
    {
        HttpStatusInfo info = HttpStatusCatalog.Created;

        $"{info}".Should().Be("201 Created");
        $"{info:G}".Should().Be("201 Created");
        $"{info:D}".Should().Be("201");
        $"{info:P}".Should().Be("Created");
        $"{info:N}".Should().Be("Created");
        $"{info:C}".Should().Be("Success");
        $"{info:L}".Should().Be("201 Created (Success)");
        $"[{info,-14:D}]".Should().Be("[201           ]");
        $"[{info,14:P}]".Should().Be("[       Created]");
        FormattableString.Invariant($"{HttpStatusCatalog.ImATeapot:N} is {HttpStatusCatalog.ImATeapot:D}").Should().Be("ImATeapot is 418");
    }

    [Fact]
    public void ImplementsIFormattableGivenEitherAsset()
    {
        HttpStatusCatalog.OK.Should().BeAssignableTo<IFormattable>();
    }
}

/// <summary>A format that is not one of the six letters is rejected with a message that names it and the valid ones.</summary>
public sealed class BadFormatTests
{
    public static TheoryData<string> BadFormats() => new()
    {
        "X", "g0", "DD", " D", "D ", "GG", "d2", "0", "-", "\0", "\u0130", "\u0131", "\u0147", "\u0164", "Ｄ", "a", "e", "f", "x", "null", new string('D', 1000),
    };

    [Theory]
    [MemberData(nameof(BadFormats))]
    public void ThrowsFormatExceptionNamingTheFormatGivenToString(string format)
    {
        Action act = () => HttpStatusCatalog.NotFound.ToString(format, null);

        act.Should().Throw<FormatException>()
            .Which.Message.Should().Contain("\"" + format + "\"").And.ContainAll("G (", "D (", "P (", "N (", "C (", "L (");
    }

    [Theory]
    [MemberData(nameof(BadFormats))]
    public void ThrowsFormatExceptionGivenTryFormat(string format)
    {
        char[] buffer = new char[2000];

        Action act = () => HttpStatusCatalog.NotFound.TryFormat(buffer, out _, format.AsSpan(), null);

        act.Should().Throw<FormatException>().Which.Message.Should().Contain("\"" + format + "\"");
    }

    [Theory]
    [MemberData(nameof(BadFormats))]
    public void ThrowsFormatExceptionGivenCompositeFormatting(string format)
    {
        Func<string> act = () => string.Format(CultureInfo.InvariantCulture, "{0:" + format + "}", HttpStatusCatalog.NotFound);

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void ThrowsFormatExceptionGivenRecordsOutsideTheCatalog()
    {
        foreach (int code in StatusClassNames.OtherValues)
        {
            HttpStatusInfo info = HttpStatusCatalog.Describe(code);

            info.Invoking(i => i.ToString("Q", null)).Should().Throw<FormatException>();
        }
    }
}
