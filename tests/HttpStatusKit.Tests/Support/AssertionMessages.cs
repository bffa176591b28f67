using System;
using System.Collections.Generic;
using System.Globalization;

namespace HttpStatusKit.Tests.Support;

/// <summary>Builds the failure messages the assertions should give, from the records' public data.</summary>
public static class AssertionMessages
{
    // First sentences written out by hand; FirstSentencesAreHowTheDescriptionsBegin checks each against its record.
    private static readonly Dictionary<int, string> s_firstSentences = new()
    {
        [201] = "The request was fulfilled and one or more new resources were created.",
        [400] = "The server refuses or is unable to process the request because it sees a client error in it.",
        [404] = "The origin server has no current representation for the target resource, or will not disclose that one exists.",
        [500] = "The server hit an unexpected condition that kept it from fulfilling the request.",
    };

    public static IReadOnlyDictionary<int, string> HandWrittenFirstSentences => s_firstSentences;

    /// <summary>
    /// The first sentence of a description: the hand-written one when there is one, otherwise the text up to the first
    /// full stop that a space follows (the documented rule; every description has one).
    /// </summary>
    public static string FirstSentence(HttpStatusInfo info)
    {
        if (s_firstSentences.TryGetValue(info.Code, out string? sentence))
        {
            return sentence;
        }

        int end = info.Description.IndexOf(". ", StringComparison.Ordinal);
        return info.Description[..(end + 1)];
    }

    /// <summary>A status in the message's form, such as "400 Bad Request (Client Error)".</summary>
    public static string Status(HttpStatusInfo info) =>
        info.Code.ToString(CultureInfo.InvariantCulture) + " " + info.ReasonPhrase + " (" + StatusClassNames.For(info.Code) + ")";

    /// <summary>A class in the message's form, such as "a Success (2xx) status".</summary>
    public static string Class(int firstDigit) =>
        (firstDigit == 1 ? "an " : "a ") + StatusClassNames.ByFirstDigit[firstDigit] + " (" + firstDigit.ToString(CultureInfo.InvariantCulture) + "xx) status";

    /// <summary>The first line of a failure: what was expected, what arrived and what it means.</summary>
    public static string Failure(string expected, HttpStatusInfo actual) =>
        "Expected " + expected + ", but the response was " + Status(actual) + ": " + FirstSentence(actual);

    /// <summary>The first line of a failure for an actual code, described as Describe describes it.</summary>
    public static string Failure(string expected, int actual) => Failure(expected, HttpStatusCatalog.Describe(actual));
}
