using System;
using System.Globalization;

namespace HttpStatusKit.Tests;

/// <summary>Named bad inputs, each with its exact expected outcome, for the text and the int entry points.</summary>
public sealed class BadInputTests
{
    private static readonly string s_megabyteOfLetters = new('a', 1 << 20);
    private static readonly string s_megabyteOfDigits = new('4', 1 << 20);

    /// <summary>Name, text, and the code TryFind must give (0 for no match).</summary>
    public static TheoryData<string, string?, int> Texts => new()
    {
        { "null", null, 0 },
        { "empty", "", 0 },
        { "spaces", "   ", 0 },
        { "ASCII white space of every kind", " \t\r\n\v\f", 0 },
        { "NUL", "\0", 0 },
        { "NUL after a code", "404\0", 404 },
        { "code and CRLF, as read from a line", "404\r\n", 404 },
        { "code inside NULs", "\0404\0", 0 },
        { "plus sign", "+404", 0 },
        { "minus sign", "-404", 0 },
        { "leading zero", "0404", 0 },
        { "space inside the code", "4 04", 0 },
        { "decimal point", "404.0", 0 },
        { "two digits", "40", 0 },
        { "four digits", "4040", 0 },
        { "letters after the code", "404abc", 0 },
        { "phrase glued to the code", "404NotFound", 0 },
        { "phrase of another code", "404 OK", 0 },
        { "unassigned code", "499", 0 },
        { "code outside 100 to 599", "600", 0 },
        { "hexadecimal", "0x194", 0 },
        { "full-width digits", "\uFF14\uFF10\uFF14", 0 },
        { "Arabic-Indic digits", "\u0664\u0660\u0664", 0 },
        { "Devanagari digits", "\u096A\u0966\u096A", 0 },
        { "Cyrillic o in Not Found", "N\u043Et Found", 0 },
        { "Greek capital omicron in NOT FOUND", "N\u039FT FOUND", 0 },
        { "Kelvin sign for K in OK", "O\u212A", 0 },
        { "dotted capital I in I'm a teapot", "\u0130'm a teapot", 0 },
        { "no-break space as separator", "Not\u00A0Found", 0 },
        { "zero-width space inside", "Not\u200BFound", 0 },
        { "byte order mark first", "\uFEFFNot Found", 0 },
        { "combining accent", "Not Fou\u0301nd", 0 },
        { "lone high surrogate", "\uD800", 0 },
        { "lone low surrogate after a phrase", "Not Found\uDC00", 0 },
        { "lone surrogate as the reason phrase, which a status line may hold", "404 \uDBFF", 404 },
        { "prefix of a phrase", "Not Fou", 0 },
        { "phrase with extra word", "Not Found Here", 0 },
        { "invented phrase", "Method Not Found", 0 },
        { "status line without code", "HTTP/1.1 Not Found", 0 },
        { "version glued to the code", "HTTP/1.1404", 0 },
        { "version cut after its dot", "HTTP/1.", 0 },
        { "version with a letter after its dot", "HTTP/1.x 404", 0 },
        { "version with two digits after its dot", "HTTP/1.12 404", 0 },
        { "slash read as a separator inside a phrase", "HTTP/Version-Not-Supported", 505 },
        { "C1 control U+0080 as the reason phrase", "404 \u0080", 404 },
        { "C1 control U+0080 glued to the code", "404\u0080", 0 },
        { "no-break space between code and phrase", "404\u00A0Not Found", 0 },
        { "phrase of another code after a hyphen", "404-OK", 0 },
        { "legacy phrase of another code", "404 Not Allowed", 0 },
        { "z glued to the code", "404z", 0 },
        { "capital Z glued to the code", "404Z", 0 },
        { "z as the reason phrase, which a client ignores", "404 z", 404 },
        { "megabyte of letters", s_megabyteOfLetters, 0 },
        { "megabyte of digits", s_megabyteOfDigits, 0 },
        { "code then a megabyte of spaces", "404" + new string(' ', 1 << 20), 404 },
        { "megabyte of spaces then a phrase", new string(' ', 1 << 20) + "Not Found", 404 },
        { "phrase then a megabyte of hyphens, which are ignored", "Not Found" + new string('-', 1 << 20), 404 },
    };

    /// <summary>Name, value, whether it is in the catalog, and its category (0 for none).</summary>
    public static TheoryData<string, int, bool, int> Ints => new()
    {
        { "int.MinValue", int.MinValue, false, 0 },
        { "int.MinValue + 1", int.MinValue + 1, false, 0 },
        { "-404", -404, false, 0 },
        { "-1", -1, false, 0 },
        { "0", 0, false, 0 },
        { "99", 99, false, 0 },
        { "100", 100, true, 1 },
        { "199, unassigned", 199, false, 1 },
        { "599, unassigned", 599, false, 5 },
        { "600", 600, false, 0 },
        { "999", 999, false, 0 },
        { "4040", 4040, false, 0 },
        { "int.MaxValue", int.MaxValue, false, 0 },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void FindsExactlyTheExpectedCodeGivenNamedBadText(string name, string? text, int expected)
    {
        bool found = HttpStatusCatalog.TryFind(text, out HttpStatusInfo? info);
        bool foundFromSpan = HttpStatusCatalog.TryFind(text.AsSpan(), out HttpStatusInfo? fromSpan);

        found.Should().Be(expected != 0, name);
        (info?.Code ?? 0).Should().Be(expected, name);
        foundFromSpan.Should().Be(found, name);
        fromSpan.Should().BeSameAs(info, name);
    }

    [Theory]
    [MemberData(nameof(Ints))]
    public void GivesTheExpectedAnswerFromEveryEntryPointGivenNamedBadInt(string name, int value, bool inCatalog, int category)
    {
        HttpStatusCatalog.TryGet(value, out HttpStatusInfo? info).Should().Be(inCatalog, name);
        HttpStatusCatalog.GetCategory(value).Should().Be(category == 0 ? null : (HttpStatusCategory)category, name);
        HttpStatusCatalog.Describe(value).Code.Should().Be(value, name);
        HttpStatusCatalog.Describe(value).Registration.Should().Be(
            inCatalog ? info!.Registration : category == 0 ? HttpStatusRegistration.Invalid : HttpStatusRegistration.Unassigned, name);

        Action get = () => HttpStatusCatalog.Get(value);
        if (inCatalog)
        {
            get.Should().NotThrow(name);
        }
        else
        {
            get.Should().ThrowExactly<ArgumentOutOfRangeException>(name)
                .WithMessage($"{value.ToString(CultureInfo.InvariantCulture)} is not a status code in the catalog*");
        }
    }
}
