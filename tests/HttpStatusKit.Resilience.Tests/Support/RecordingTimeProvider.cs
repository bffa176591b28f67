using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace HttpStatusKit.Resilience.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also records the due time of every timer created on it, so a test can wait
/// until a retry strategy has started its wait before it moves the clock, and can see how long that wait is.
/// </summary>
public sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly List<TimeSpan> _dueTimes = [];

    /// <summary>Starts at a whole second, as HTTP-dates are.</summary>
    public RecordingTimeProvider()
        : base(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero))
    {
    }

    public IReadOnlyList<TimeSpan> DueTimes
    {
        get
        {
            lock (_dueTimes)
            {
                return _dueTimes.ToList();
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_dueTimes)
        {
            _dueTimes.Add(dueTime);
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits (in real time, briefly) until a timer with this due time has been created.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!DueTimes.Contains(dueTime))
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
