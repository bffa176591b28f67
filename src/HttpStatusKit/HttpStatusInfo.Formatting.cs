using System;
using System.Globalization;

namespace HttpStatusKit;

#if NET8_0_OR_GREATER
public sealed partial record HttpStatusInfo : ISpanFormattable
#else
public sealed partial record HttpStatusInfo : IFormattable
#endif
{
    private const string ValidFormats = "G (status line, the default), D (code), P (reason phrase), N (name), C (category) or L (status line and category)";

    // Filled on first use, one entry per code from 100 to 599: the code and the long status line. The text of a
    // code in that range never changes (a code has one record), so the cache is keyed by code, not by record.
    private static readonly string?[] s_codeText = new string?[500];
    private static readonly string?[] s_longLineText = new string?[500];

    /// <summary>
    /// Formats the record. The formats, each also in lower case:
    /// <list type="table">
    /// <listheader><term>Format</term><description>Result for 404</description></listheader>
    /// <item><term><c>G</c>, <see langword="null"/> or empty</term><description>The status line, as <see cref="ToString()"/>: <c>404 Not Found</c>.</description></item>
    /// <item><term><c>D</c></term><description>The code in decimal digits: <c>404</c>.</description></item>
    /// <item><term><c>P</c></term><description>The reason phrase, <see cref="ReasonPhrase"/>: <c>Not Found</c>.</description></item>
    /// <item><term><c>N</c></term><description>The member name, <see cref="Name"/>: <c>NotFound</c>.</description></item>
    /// <item><term><c>C</c></term><description>The category in words, as <see cref="HttpStatusCategoryExtensions.ToDisplayName(HttpStatusCategory)"/>: <c>Client Error</c>.</description></item>
    /// <item><term><c>L</c></term><description>The status line and the category: <c>404 Not Found (Client Error)</c>.</description></item>
    /// </list>
    /// The output is the same in every culture, so <paramref name="formatProvider"/> is ignored. For a code in 100 to
    /// 599, every format returns a cached string and does not allocate after its first use.
    /// </summary>
    /// <param name="format">One of the formats above.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The formatted text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above; the message lists them.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ParseFormat(format.AsSpan()) switch
        {
            'D' => CodeText(),
            'P' => ReasonPhrase,
            'N' => Name,
            'C' => Category.ToDisplayName(),
            'L' => LongLineText(),
            _ => _statusLine,
        };

    /// <summary>
    /// Writes the record into a span of characters in one of the formats of <see cref="ToString(string?, IFormatProvider?)"/>.
    /// Does not allocate.
    /// </summary>
    /// <param name="destination">Where to write the text.</param>
    /// <param name="charsWritten">The number of characters written; 0 when <paramref name="destination"/> is too small.</param>
    /// <param name="format">One of the formats of <see cref="ToString(string?, IFormatProvider?)"/>; empty for the status line.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="true"/> when the whole text fits in <paramref name="destination"/>; otherwise <see langword="false"/>, and nothing is written.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats; the message lists them.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        char kind = ParseFormat(format);
        charsWritten = 0;
        switch (kind)
        {
            case 'D':
                return TryWriteCode(Code, destination, out charsWritten);
            case 'P':
                return TryWrite(ReasonPhrase, destination, ref charsWritten);
            case 'N':
                return TryWrite(Name, destination, ref charsWritten);
            case 'C':
                return TryWrite(Category.ToDisplayName(), destination, ref charsWritten);
            case 'L':
                string category = Category.ToDisplayName();
                if (_statusLine.Length + category.Length + 3 > destination.Length)
                {
                    return false;
                }

                int written = 0;
                TryWrite(_statusLine, destination, ref written);
                TryWrite(" (", destination, ref written);
                TryWrite(category, destination, ref written);
                TryWrite(")", destination, ref written);
                charsWritten = written;
                return true;
            default:
                return TryWrite(_statusLine, destination, ref charsWritten);
        }
    }

    /// <summary>Reads a format: empty, or one letter of G, D, P, N, C and L in either case; returns it in upper case.</summary>
    private static char ParseFormat(ReadOnlySpan<char> format)
    {
        if (format.Length == 0)
        {
            return 'G';
        }

        if (format.Length == 1)
        {
            // Clearing bit 5 maps exactly the ASCII lower-case letters onto their capitals and leaves them unchanged.
            char upper = (char)(format[0] & ~0x20);
            if (upper is 'G' or 'D' or 'P' or 'N' or 'C' or 'L')
            {
                return upper;
            }
        }

        throw new FormatException($"The format \"{format.ToString()}\" is not supported by {nameof(HttpStatusInfo)}. Use {ValidFormats}.");
    }

    private string CodeText()
    {
        uint index = (uint)(Code - 100);
        if (index >= (uint)s_codeText.Length)
        {
            return Code.ToString(CultureInfo.InvariantCulture);
        }

        return s_codeText[index] ??= Code.ToString(CultureInfo.InvariantCulture);
    }

    private string LongLineText()
    {
        uint index = (uint)(Code - 100);
        if (index >= (uint)s_longLineText.Length)
        {
            return CreateLongLine();
        }

        return s_longLineText[index] ??= CreateLongLine();
    }

    private string CreateLongLine() => _statusLine + " (" + Category.ToDisplayName() + ")";

    /// <summary>Appends text at <paramref name="written"/>; false, with <paramref name="written"/> unchanged, when it does not fit.</summary>
    private static bool TryWrite(string text, Span<char> destination, ref int written)
    {
        if (!text.AsSpan().TryCopyTo(destination.Slice(written)))
        {
            return false;
        }

        written += text.Length;
        return true;
    }

    /// <summary>Writes any <see cref="int"/> in invariant decimal digits, with a leading '-' when negative, at the start of the span.</summary>
    private static bool TryWriteCode(int code, Span<char> destination, out int written)
    {
        written = 0;
        // Work with the negative magnitude so that int.MinValue needs no special case.
        int value = code < 0 ? code : -code;
        int digits = 1;
        for (int rest = value / 10; rest != 0; rest /= 10)
        {
            digits++;
        }

        int length = digits + (code < 0 ? 1 : 0);
        if (length > destination.Length)
        {
            return false;
        }

        for (int i = length - 1; i >= length - digits; i--)
        {
            destination[i] = (char)('0' - (value % 10));
            value /= 10;
        }

        if (code < 0)
        {
            destination[0] = '-';
        }

        written = length;
        return true;
    }
}
