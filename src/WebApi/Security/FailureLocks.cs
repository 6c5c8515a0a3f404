using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Failures per client IP and subject (a citizen ID looked up, a user name signing in), under the limits of
/// <typeparamref name="TOptions"/>: past the limit within the window, the pair is locked for a while, so one address
/// cannot go on guessing for one subject while every other address still can. Kept in this process's memory like the
/// rate limiter's windows (keys hashed: no citizen ID or user name is held in clear); each API process counts on its own.
/// </summary>
internal sealed class FailureLocks<TOptions>(TimeProvider clock, IOptions<TOptions> options)
    where TOptions : class, IFailureLimit
{
    /// <summary>Past this many pairs, expired ones are swept before another is added.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long the pair stays locked, or null when it may go on.</summary>
    public TimeSpan? LockedFor(string clientAddress, string subject)
    {
        if (!_entries.TryGetValue(Key(clientAddress, subject), out var entry))
        {
            return null;
        }

        lock (entry)
        {
            var left = entry.LockedUntil - clock.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    /// <summary>Counts a failure; the failure that reaches the limit starts the lock.</summary>
    public void Record(string clientAddress, string subject)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow();
        if (_entries.Count > SweepAbove)
        {
            Sweep(now);
        }

        var entry = _entries.GetOrAdd(Key(clientAddress, subject), _ => new Entry { WindowStart = now });
        lock (entry)
        {
            if (now - entry.WindowStart >= TimeSpan.FromSeconds(limits.FailureWindowSeconds))
            {
                entry.WindowStart = now;
                entry.Failures = 0;
            }

            entry.Failures++;
            if (entry.Failures >= limits.FailureLimit)
            {
                entry.LockedUntil = now.AddSeconds(limits.LockoutSeconds);
                entry.WindowStart = entry.LockedUntil;
                entry.Failures = 0;
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        var window = TimeSpan.FromSeconds(options.Value.FailureWindowSeconds);
        foreach (var (key, entry) in _entries)
        {
            lock (entry)
            {
                if (entry.LockedUntil <= now && now - entry.WindowStart >= window)
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }
    }

    private static string Key(string clientAddress, string subject) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{clientAddress}|{subject.Trim().ToUpperInvariant()}")));

    private sealed class Entry
    {
        public DateTimeOffset WindowStart { get; set; }

        public int Failures { get; set; }

        public DateTimeOffset LockedUntil { get; set; }
    }
}
