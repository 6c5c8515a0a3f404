using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Failed public lookups per client IP and citizen ID (<see cref="LookupRateLimitOptions"/>): past the limit within the
/// window, the pair is locked for a while, so codes cannot be tried one after another against a known citizen ID. Kept
/// in this process's memory like the rate limiter's windows (keys hashed: no citizen ID is held in clear); each API
/// process counts on its own.
/// </summary>
internal sealed class LookupFailures(TimeProvider clock, IOptions<LookupRateLimitOptions> options)
{
    /// <summary>Past this many pairs, expired ones are swept before another is added.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long the pair stays locked, or null when it may look up.</summary>
    public TimeSpan? LockedFor(string clientAddress, string citizenId)
    {
        if (!_entries.TryGetValue(Key(clientAddress, citizenId), out var entry))
        {
            return null;
        }

        lock (entry)
        {
            var left = entry.LockedUntil - clock.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    /// <summary>Counts a lookup that found no dossier; the failure that reaches the limit starts the lock.</summary>
    public void Record(string clientAddress, string citizenId)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow();
        if (_entries.Count > SweepAbove)
        {
            Sweep(now);
        }

        var entry = _entries.GetOrAdd(Key(clientAddress, citizenId), _ => new Entry { WindowStart = now });
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

    private static string Key(string clientAddress, string citizenId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{clientAddress}|{citizenId.Trim()}")));

    private sealed class Entry
    {
        public DateTimeOffset WindowStart { get; set; }

        public int Failures { get; set; }

        public DateTimeOffset LockedUntil { get; set; }
    }
}
