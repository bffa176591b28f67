using System;
using System.Collections.Immutable;
using System.Linq;

namespace HttpStatusKit.Analyzers;

/// <summary>
/// One of HttpStatusCatalog's classifiers with the range of values it accepts. The ranges are not written here: they
/// are measured by calling the classifiers themselves, so the analyzer says exactly what the library does.
/// </summary>
internal sealed class StatusClassifier
{
    /// <summary>Every value of three digits or fewer, which covers every range a status check could mean.</summary>
    private const int MeasuredUpTo = 999;

    private StatusClassifier(string name, int low, int high)
    {
        Name = name;
        Low = low;
        High = high;
    }

    /// <summary>The classifiers, each with the contiguous range it accepts.</summary>
    public static ImmutableArray<StatusClassifier> All { get; } = ImmutableArray.Create(
        Measure(nameof(HttpStatusCatalog.IsInformational), HttpStatusCatalog.IsInformational),
        Measure(nameof(HttpStatusCatalog.IsSuccess), HttpStatusCatalog.IsSuccess),
        Measure(nameof(HttpStatusCatalog.IsRedirection), HttpStatusCatalog.IsRedirection),
        Measure(nameof(HttpStatusCatalog.IsClientError), HttpStatusCatalog.IsClientError),
        Measure(nameof(HttpStatusCatalog.IsServerError), HttpStatusCatalog.IsServerError),
        Measure(nameof(HttpStatusCatalog.IsError), HttpStatusCatalog.IsError));

    /// <summary>The highest value any classifier accepts: the last valid status code.</summary>
    public static int HighestClassified { get; } = All.Max(c => c.High);

    /// <summary>The method name on HttpStatusCatalog, such as <c>IsClientError</c>.</summary>
    public string Name { get; }

    /// <summary>The lowest value the classifier accepts.</summary>
    public int Low { get; }

    /// <summary>The highest value the classifier accepts.</summary>
    public int High { get; }

    /// <summary>The classifier that accepts exactly <paramref name="low"/> to <paramref name="high"/>, if there is one.</summary>
    public static StatusClassifier? ForRange(long low, long high) => All.FirstOrDefault(c => c.Low == low && c.High == high);

    /// <summary>
    /// The classifier for an open-ended check, value &gt;= <paramref name="low"/>: the one that starts there and reaches
    /// the last valid status code (500 gives IsServerError, 400 gives IsError; 200 gives none).
    /// </summary>
    public static StatusClassifier? ForLowerBound(long low) => ForRange(low, HighestClassified);

    private static StatusClassifier Measure(string name, Func<int, bool> classifier)
    {
        int low = -1;
        int high = -1;
        for (int value = 0; value <= MeasuredUpTo; value++)
        {
            if (!classifier(value))
            {
                continue;
            }

            if (low < 0)
            {
                low = value;
            }
            else if (high != value - 1)
            {
                // Not one range, so no pair of bounds states it: the classifier matches no check.
                return new StatusClassifier(name, int.MinValue, int.MinValue);
            }

            high = value;
        }

        return new StatusClassifier(name, low, high);
    }
}
