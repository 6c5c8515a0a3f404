using System.Diagnostics;
using System.Globalization;
using HanoiDvc.Infrastructure.Notifications.Reminders;

namespace HanoiDvc.WebApi.Hosting;

/// <summary>
/// The <c>overdue-check [--at INSTANT]</c> command: runs the morning overdue check once, now or as at
/// <c>INSTANT</c> (ISO 8601, e.g. to catch up a missed morning), and prints what it did and how long it took.
/// </summary>
internal static class JobCommands
{
    public static async Task RunOverdueCheckAsync(this IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var at = Array.IndexOf(args, "--at") is var i and >= 0 && i + 1 < args.Length
            ? DateTimeOffset.Parse(args[i + 1], CultureInfo.InvariantCulture)
            : (DateTimeOffset?)null;
        var job = at is { } instant
            ? ActivatorUtilities.CreateInstance<OverdueCheckJob>(scope.ServiceProvider, new FixedTimeProvider(instant))
            : scope.ServiceProvider.GetRequiredService<OverdueCheckJob>();
        var watch = Stopwatch.StartNew();
        var result = await job.RunAsync(cancellationToken);
        watch.Stop();
        await output.WriteLineAsync(
            $"overdue-check: working_day={result.WorkingDay} dossiers_marked={result.DossiersMarked} steps_marked={result.StepsMarked} " +
            $"need_apology={result.NeedApology} summaries={result.Summaries} elapsed_ms={watch.ElapsedMilliseconds}");
    }

    private sealed class FixedTimeProvider(DateTimeOffset instant) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => instant.ToUniversalTime();
    }
}
