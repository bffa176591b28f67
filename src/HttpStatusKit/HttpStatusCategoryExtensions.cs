using System;

namespace HttpStatusKit;

/// <summary>Text for a <see cref="HttpStatusCategory"/> value, for messages and headings.</summary>
public static class HttpStatusCategoryExtensions
{
    /// <summary>
    /// Returns the class's name in words: <c>"Informational"</c>, <c>"Success"</c>, <c>"Redirection"</c>,
    /// <c>"Client Error"</c> or <c>"Server Error"</c>. These are the class names of RFC 9110, Section 15, except that
    /// 2xx reads <c>"Success"</c>, the name of the enumeration member and of RFC 2616, Section 6.1.1, where RFC 9110
    /// writes "Successful". Does not allocate.
    /// </summary>
    /// <param name="category">One of the five named values.</param>
    /// <returns>The name in words; the same string instance on every call.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not one of the five named values.</exception>
    public static string ToDisplayName(this HttpStatusCategory category) => category switch
    {
        HttpStatusCategory.Informational => "Informational",
        HttpStatusCategory.Success => "Success",
        HttpStatusCategory.Redirection => "Redirection",
        HttpStatusCategory.ClientError => "Client Error",
        HttpStatusCategory.ServerError => "Server Error",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "The value is not one of the five status classes, 1 (Informational) to 5 (Server Error)."),
    };
}
