namespace HanoiDvc.Infrastructure.BackgroundJobs;

/// <summary>Configuration section <c>Hangfire</c>.</summary>
public sealed class HangfireOptions
{
    public const string Section = "Hangfire";

    /// <summary>PostgreSQL schema of Hangfire's own tables.</summary>
    public string Schema { get; set; } = "hangfire";

    /// <summary>Whether this process runs a Hangfire server (job worker). Storage and dashboard work either way.</summary>
    public bool ServerEnabled { get; set; } = true;

    /// <summary>Worker threads of the in-process server.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>How often idle workers look for enqueued jobs (Hangfire.PostgreSql's default is 15 s); webhooks wait up to this long for a worker.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a fetched job stays hidden from other workers. The running worker keeps renewing it (sliding), so a long job
    /// is never taken twice; it only bounds how soon the jobs of a killed process run again elsewhere (the storage's default is 30 minutes).
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Age after which a distributed lock left by a dead process is taken over (the storage's default is 10 minutes, during
    /// which no node schedules delayed or recurring jobs). Hangfire holds its locks for one pass of a few seconds.
    /// </summary>
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
