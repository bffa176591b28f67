using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace HttpStatusKit.Cli;

/// <summary>
/// The values an option takes from an enumeration, declared once by the enumeration itself: each member's name in
/// kebab case, as System.Text.Json's <see cref="JsonNamingPolicy.KebabCaseLower"/> writes it (so <c>ClientError</c> is
/// <c>client-error</c>, the same name the JSON output uses). The option's help text, its parsing, its completions and
/// its error message all come from that one list.
/// </summary>
/// <typeparam name="TEnum">The enumeration whose named members are the choices, in declaration order.</typeparam>
internal sealed class Choices<TEnum>
    where TEnum : struct, Enum
{
    private readonly TEnum[] _values;
    private readonly string[] _names;
    private readonly string _noun;
    private readonly string? _otherForms;
    private readonly TryParseOtherForm? _parseOtherForm;

    /// <param name="noun">What a value is, for the error message: <c>class</c>, <c>table format</c>.</param>
    /// <param name="otherForms">Other accepted forms in words, such as <c>1xx to 5xx</c>; null when there are none.</param>
    /// <param name="parseOtherForm">Reads the other forms; null when there are none.</param>
    public Choices(string noun, string? otherForms = null, TryParseOtherForm? parseOtherForm = null)
    {
        _values = Enum.GetValues<TEnum>();
        _names = Array.ConvertAll(_values, EnumNames.Of);
        _noun = noun;
        _otherForms = otherForms;
        _parseOtherForm = parseOtherForm;
    }

    /// <summary>Reads a form of a value other than its name, such as <c>4xx</c> for a class.</summary>
    public delegate bool TryParseOtherForm(string text, out TEnum value);

    /// <summary>The names, in the enumeration's order: <c>informational</c>, <c>success</c>, ...</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The names as a sentence lists them: <c>markdown, csv, json or html</c>.</summary>
    public string Listed => string.Join(", ", _names, 0, _names.Length - 1) + " or " + _names[^1];

    /// <summary>Reads a value: its kebab-case name or its member name, in any case, or one of the other forms.</summary>
    public bool TryParse(string? text, out TEnum value)
    {
        string trimmed = text?.Trim() ?? "";
        for (int i = 0; i < _values.Length; i++)
        {
            if (string.Equals(trimmed, _names[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, _values[i].ToString(), StringComparison.OrdinalIgnoreCase))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return _parseOtherForm is not null && _parseOtherForm(trimmed, out value);
    }

    /// <summary>The one-line error for a value that is none of the choices, naming every choice.</summary>
    public string ErrorFor(string text) =>
        $"'{text}' is not a {_noun}; use one of {string.Join(", ", _names)}" + (_otherForms is null ? "" : ", or " + _otherForms);

    /// <summary>
    /// An option that takes one of the choices and is null when not given.
    /// </summary>
    /// <param name="name">The option's name, such as <c>--category</c>.</param>
    /// <param name="helpName">The value's name in the usage line.</param>
    /// <param name="description">The help text, in which <c>{0}</c> stands for the list of choices.</param>
    /// <param name="aliases">Short aliases, such as <c>-c</c>.</param>
    public Option<TEnum?> CreateOption(string name, string helpName, string description, params string[] aliases)
    {
        var option = new Option<TEnum?>(name, aliases)
        {
            Description = string.Format(CultureInfo.InvariantCulture, description, Listed + (_otherForms is null ? "" : " (or " + _otherForms + ")")),
            HelpName = helpName,
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (TryParse(text, out TEnum value))
                {
                    return value;
                }

                result.AddError(ErrorFor(text));
                return null;
            },
        };
        option.CompletionSources.Add(_names);
        return option;
    }
}

/// <summary>The names the tool gives enumeration values, on the command line, in JSON and in its lists.</summary>
internal static class EnumNames
{
    /// <summary>
    /// The member name in kebab case, such as <c>client-error</c> for <see cref="HttpStatusCategory.ClientError"/>:
    /// <see cref="JsonNamingPolicy.KebabCaseLower"/>, the policy <see cref="KebabCaseEnumConverter{TEnum}"/> applies to the JSON output.
    /// </summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}

/// <summary>The choices of the tool's options, each declared by its enumeration.</summary>
internal static class OptionValues
{
    /// <summary>The classes, for <c>list --category</c>: <c>informational</c> to <c>server-error</c>, or <c>1xx</c> to <c>5xx</c>.</summary>
    public static Choices<HttpStatusCategory> Category { get; } = new("class", "1xx to 5xx", TryParseClassRange);

    /// <summary>The formats of <c>table --format</c>.</summary>
    public static Choices<TableFormat> TableFormat { get; } = new("table format");

    /// <summary>The vendors of unofficial codes, for <c>--vendor</c>: <c>nginx</c>, <c>cloudflare</c>, <c>aws-elastic-load-balancing</c>, ...</summary>
    public static Choices<HttpStatusVendor> Vendor { get; } = new("vendor");

    /// <summary>Reads <c>1xx</c> to <c>5xx</c>, in any case.</summary>
    private static bool TryParseClassRange(string text, out HttpStatusCategory category)
    {
        bool range = text.Length == 3 && text[0] is >= '1' and <= '5' && (text[1] | 0x20) == 'x' && (text[2] | 0x20) == 'x';
        category = range ? (HttpStatusCategory)(text[0] - '0') : default;
        return range;
    }
}
