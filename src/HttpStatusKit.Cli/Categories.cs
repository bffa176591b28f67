using System;

namespace HttpStatusKit.Cli;

/// <summary>The names the tool uses for the five classes: kebab-case on the command line and in JSON, words in text.</summary>
internal static class Categories
{
    /// <summary>The values <c>list --category</c> accepts, besides 1xx to 5xx.</summary>
    public static readonly string[] OptionValues = ["informational", "success", "redirection", "client-error", "server-error"];

    /// <summary>The kebab-case name, such as <c>client-error</c>.</summary>
    public static string Key(HttpStatusCategory category) => category switch
    {
        HttpStatusCategory.Informational => "informational",
        HttpStatusCategory.Success => "success",
        HttpStatusCategory.Redirection => "redirection",
        HttpStatusCategory.ClientError => "client-error",
        _ => "server-error",
    };

    /// <summary>The class in words with its range, such as <c>Client Error (4xx)</c>.</summary>
    public static string Title(HttpStatusCategory category) => $"{category.ToDisplayName()} ({(int)category}xx)";

    /// <summary>Reads a <c>--category</c> value: a kebab-case name or 1xx to 5xx, in any case.</summary>
    public static bool TryParse(string? text, out HttpStatusCategory category)
    {
        category = default;
        if (text is null)
        {
            return false;
        }

        string value = text.Trim();
        if (value.Length == 3 && value[0] is >= '1' and <= '5' && (value[1] | 0x20) == 'x' && (value[2] | 0x20) == 'x')
        {
            category = (HttpStatusCategory)(value[0] - '0');
            return true;
        }

        int index = Array.FindIndex(OptionValues, v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return false;
        }

        category = (HttpStatusCategory)(index + 1);
        return true;
    }

    /// <summary>The registration in lower case, such as <c>reserved</c>.</summary>
    public static string RegistrationKey(HttpStatusRegistration registration) => registration switch
    {
        HttpStatusRegistration.Registered => "registered",
        HttpStatusRegistration.Provisional => "provisional",
        HttpStatusRegistration.Reserved => "reserved",
        HttpStatusRegistration.Obsoleted => "obsoleted",
        HttpStatusRegistration.Unassigned => "unassigned",
        _ => "invalid",
    };
}
