using System.Diagnostics;
using HanoiDvc.Infrastructure.Notifications.Reminders;

namespace HanoiDvc.WebApi.Infrastructure;

/// <summary>The <c>overdue-check</c> command: runs the morning overdue check once, now, and prints what it did and how long it took.</summary>
internal static class JobCommands
{
    public static async Task RunOverdueCheckAsync(this IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var result = await scope.ServiceProvider.GetRequiredService<OverdueCheckJob>().RunAsync(cancellationToken);
        watch.Stop();
        await output.WriteLineAsync(
            $"overdue-check: working_day={result.WorkingDay} dossiers_marked={result.DossiersMarked} steps_marked={result.StepsMarked} " +
            $"need_apology={result.NeedApology} summaries={result.Summaries} elapsed_ms={watch.ElapsedMilliseconds}");
    }
}
