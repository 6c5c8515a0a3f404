namespace HanoiDvc.TestSupport;

/// <summary>
/// A clock the test sets: the real time until <see cref="Set"/> is called, that instant (frozen) afterwards, the real
/// time again after <see cref="Reset"/>. Unlike FakeTimeProvider it may go back, so tests of one host can each pick their instant.
/// </summary>
public sealed class SettableTimeProvider : TimeProvider
{
    private DateTimeOffset? _now;

    public override DateTimeOffset GetUtcNow() => _now ?? System.GetUtcNow();

    /// <summary>Freezes the clock at <paramref name="instant"/>.</summary>
    public void Set(DateTimeOffset instant) => _now = instant.ToUniversalTime();

    /// <summary>Back to the real time.</summary>
    public void Reset() => _now = null;
}
