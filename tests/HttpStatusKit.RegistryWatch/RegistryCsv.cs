using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace HttpStatusKit.RegistryWatch;

/// <summary>
/// A copy of the IANA HTTP Status Code Registry read from CSV, in either of two forms: IANA's own
/// http-status-codes-1.csv (<c>Value,Description,Reference</c>, references in brackets, unassigned ranges such as
/// <c>105-199,Unassigned,</c>) or the repository's dated copy (<c>code,reason_phrase,reference</c>, one row per assigned
/// code, references without brackets).
/// </summary>
internal sealed class RegistryCsv
{
    private RegistryCsv(string format, IReadOnlyList<RegistryRecord> assigned, IReadOnlySet<int> unassigned)
    {
        Format = format;
        Assigned = assigned;
        Unassigned = unassigned;
    }

    /// <summary>Which of the two forms the file has, for the report.</summary>
    public string Format { get; }

    /// <summary>The assigned codes, ascending.</summary>
    public IReadOnlyList<RegistryRecord> Assigned { get; }

    /// <summary>The codes the file lists as unassigned (only IANA's form lists them).</summary>
    public IReadOnlySet<int> Unassigned { get; }

    /// <summary>Reads the text of a registry CSV; a malformed file is a <see cref="FormatException"/> naming the line.</summary>
    public static RegistryCsv Parse(string text)
    {
        List<(int Line, string[] Fields)> rows = Split(text.TrimStart('\uFEFF'));
        if (rows.Count == 0)
        {
            throw new FormatException("the file is empty; expected the header Value,Description,Reference or code,reason_phrase,reference.");
        }

        string header = string.Join(",", rows[0].Fields);
        string format = header switch
        {
            "Value,Description,Reference" => "IANA's http-status-codes-1.csv form",
            "code,reason_phrase,reference" => "the repository's dated copy form",
            _ => throw new FormatException($"line 1: the header is \"{header}\"; expected Value,Description,Reference or code,reason_phrase,reference."),
        };

        var assigned = new SortedDictionary<int, RegistryRecord>();
        var unassigned = new HashSet<int>();
        foreach ((int line, string[] fields) in rows.GetRange(1, rows.Count - 1))
        {
            if (fields is [""])
            {
                continue;
            }

            if (fields.Length != 3)
            {
                throw new FormatException($"line {line}: {fields.Length} fields; every row has three (value, description, reference).");
            }

            (int first, int last) = Codes(fields[0], line);
            for (int code = first; code <= last; code++)
            {
                if (assigned.ContainsKey(code) || unassigned.Contains(code))
                {
                    throw new FormatException($"line {line}: {code} is listed twice.");
                }

                if (fields[1].Trim() == "Unassigned")
                {
                    unassigned.Add(code);
                }
                else
                {
                    assigned.Add(code, RegistryRecord.From(code, fields[1].Trim(), fields[2].Trim(), line));
                }
            }
        }

        if (assigned.Count == 0)
        {
            throw new FormatException("the file lists no assigned code.");
        }

        return new RegistryCsv(format, [.. assigned.Values], unassigned);
    }

    /// <summary>"404" or a range such as "105-199", within 100 to 599.</summary>
    private static (int First, int Last) Codes(string text, int line)
    {
        string[] ends = text.Trim().Split('-');
        if (ends.Length is 1 or 2
            && int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
            && int.TryParse(ends[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int last)
            && first is >= 100 and <= 599 && last is >= 100 and <= 599 && first <= last)
        {
            return (first, last);
        }

        throw new FormatException($"line {line}: \"{text}\" is neither a status code nor a range of codes in 100 to 599.");
    }

    /// <summary>RFC 4180 records: fields separated by commas, optionally quoted with doubled quotes inside; CRLF or LF.</summary>
    private static List<(int Line, string[] Fields)> Split(string text)
    {
        var rows = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        int line = 1;
        int rowLine = 1;
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
                    line += c == '\n' ? 1 : 0;
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
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                rows.Add((rowLine, fields.ToArray()));
                fields.Clear();
                line++;
                rowLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException($"line {rowLine}: a quoted field is not closed.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowLine, fields.ToArray()));
        }

        return rows;
    }
}
