namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>Configuration section <c>Database</c>: how long a request waits out a database that does not answer.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Retries of a query or save after a transient failure (EF Core's execution strategy; Npgsql's default is 6).</summary>
    public int MaxRetryCount { get; set; } = 3;

    /// <summary>Longest pause between two retries. With the defaults a request gives up after about 4 s (pauses 0, 1 and 3 s).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
