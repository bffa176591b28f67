using System.Collections.Generic;
using System.Linq;

namespace HttpStatusKit.Tests.Support;

/// <summary>Independent facts for the formatting and assertion tests: the class names, and records of every kind.</summary>
public static class StatusClassNames
{
    // RFC 9110, Section 15 names the five classes 1xx (Informational), 2xx (Successful), 3xx (Redirection),
    // 4xx (Client Error) and 5xx (Server Error). The library writes 2xx as "Success", the word of RFC 2616,
    // Section 6.1.1 and the name of the enumeration member; the other four are RFC 9110's words.
    private static readonly Dictionary<int, string> s_byFirstDigit = new()
    {
        [1] = "Informational",
        [2] = "Success",
        [3] = "Redirection",
        [4] = "Client Error",
        [5] = "Server Error",
    };

    public static IReadOnlyDictionary<int, string> ByFirstDigit => s_byFirstDigit;

    /// <summary>The class name for any value: its first digit's class in 100 to 599, otherwise 5xx, as RFC 9110, Section 15 has a client treat an invalid code.</summary>
    public static string For(int code) => s_byFirstDigit[code is >= 100 and <= 599 ? code / 100 : 5];

    /// <summary>Values that are not catalog codes: unassigned ones in each class and invalid ones, including the extremes.</summary>
    public static readonly int[] OtherValues = [150, 299, 499, 599, 0, 99, 600, 999, -1, int.MinValue, int.MaxValue];

    /// <summary>Every catalog record, then records from Describe for <see cref="OtherValues"/>.</summary>
    public static IReadOnlyList<HttpStatusInfo> EveryKindOfRecord() =>
        HttpStatusCatalog.All.Concat(OtherValues.Select(HttpStatusCatalog.Describe)).ToList();
}
