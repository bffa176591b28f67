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
}
