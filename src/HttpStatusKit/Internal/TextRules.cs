namespace HttpStatusKit;

/// <summary>Text derived from the catalog's own texts, derived here once for the library and its tools.</summary>
internal static class TextRules
{
    /// <summary>
    /// The first sentence of a text: up to its first full stop that a space and a capital letter or an opening
    /// parenthesis follow, so that an abbreviation such as "e.g. the" does not end it; the whole text when there is none.
    /// </summary>
    internal static string FirstSentence(string text)
    {
        for (int i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] == '.' && text[i + 1] == ' ' && (text[i + 2] is >= 'A' and <= 'Z' or '('))
            {
                return text.Substring(0, i + 1);
            }
        }

        return text;
    }

    /// <summary>
    /// The decimal digits of a value, with a minus sign when it is negative: what <c>ToString(CultureInfo.InvariantCulture)</c>
    /// gives, without touching <see cref="System.Globalization.CultureInfo"/>, whose first use loads the globalization
    /// data and costs a process milliseconds. Building a record, the first lookup of a process, goes through here.
    /// </summary>
    internal static string Decimal(int value)
    {
        ulong magnitude = value < 0 ? (ulong)-(long)value : (ulong)value;
        char[] digits = new char[11];
        int start = digits.Length;
        do
        {
            digits[--start] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0);

        if (value < 0)
        {
            digits[--start] = '-';
        }

        return new string(digits, start, digits.Length - start);
    }
}
