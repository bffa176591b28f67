using System;

namespace HttpStatusKit;

/// <summary>
/// The form in which text is matched against reason phrases and names, for the library's lookups and the
/// <c>http-status</c> tool alike: ASCII letters lower-cased, ASCII digits kept, every other ASCII character dropped,
/// and text with any non-ASCII character refused, so look-alike letters and other scripts' digits never match.
/// </summary>
internal static class AsciiKey
{
    /// <summary>
    /// Writes the normalised form of <paramref name="text"/> to <paramref name="destination"/> and returns its length:
    /// 0 when nothing is left, -1 when the text holds a non-ASCII character or normalises to more than
    /// <paramref name="destination"/> holds.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="destination">Where the key is written; its length is the longest key accepted.</param>
    /// <returns>The length of the key, 0 or -1.</returns>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        int length = 0;
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return -1;
            }

            if (!IsLetterOrDigit(c))
            {
                continue;
            }

            if (length == destination.Length)
            {
                return -1;
            }

            destination[length++] = (char)(c | 0x20);
        }

        return length;
    }

    /// <summary>
    /// True when the letters and digits of <paramref name="text"/>, ignoring ASCII case, are those of
    /// <paramref name="phrase"/>, and <paramref name="text"/> holds no non-ASCII character: the same key, for one phrase,
    /// without writing either out.
    /// </summary>
    public static bool SameKey(ReadOnlySpan<char> text, string phrase)
    {
        int p = 0;
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return false;
            }

            if (!IsLetterOrDigit(c))
            {
                continue;
            }

            while (p < phrase.Length && !IsLetterOrDigit(phrase[p]))
            {
                p++;
            }

            if (p == phrase.Length || (c | 0x20) != (phrase[p] | 0x20))
            {
                return false;
            }

            p++;
        }

        while (p < phrase.Length && !IsLetterOrDigit(phrase[p]))
        {
            p++;
        }

        return p == phrase.Length;
    }

    /// <summary>True for the characters a key keeps: ASCII letters and digits.</summary>
    public static bool IsLetterOrDigit(char c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'z' - 'a';
}
