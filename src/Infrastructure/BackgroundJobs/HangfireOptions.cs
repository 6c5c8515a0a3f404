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
}
