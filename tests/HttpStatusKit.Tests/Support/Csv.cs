using System;
using System.Collections.Generic;
using System.Text;

namespace HttpStatusKit.Tests.Support;

/// <summary>An RFC 4180 reader: records end with the given separator, fields may be quoted with doubled quotes inside.</summary>
public static class Csv
{
    /// <summary>Splits text into records of fields. Text after the last separator, if any, is a record too.</summary>
    public static List<string[]> Parse(string text, string recordSeparator)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (string.CompareOrdinal(text, i, recordSeparator, 0, recordSeparator.Length) == 0)
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add(fields.ToArray());
                fields.Clear();
                i += recordSeparator.Length - 1;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add(fields.ToArray());
        }

        return rows;
    }
}
