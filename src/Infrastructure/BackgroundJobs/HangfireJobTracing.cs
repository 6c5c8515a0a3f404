using System.Diagnostics;
using Hangfire.Client;
using Hangfire.Server;
using HanoiDvc.Infrastructure.Observability;

namespace HanoiDvc.Infrastructure.BackgroundJobs;

/// <summary>
/// Traces Hangfire jobs (the OpenTelemetry Hangfire instrumentation is not available here): a job created inside a
/// trace keeps its <c>traceparent</c> as a job parameter, and each run is a span of <see cref="Telemetry.Source"/>
/// under it, with the job's id and method, so the database calls of the job are nested in it.
/// </summary>
internal sealed class HangfireJobTracing : IClientFilter, IServerFilter
{
    /// <summary>The one instance: Hangfire's filters are process-wide, and several hosts may share the process.</summary>
    public static readonly HangfireJobTracing Instance = new();

    private const string ParentParameter = "traceparent";
    private const string ActivityItem = "HanoiDvc.Activity";

    private HangfireJobTracing() { }

    public void OnCreating(CreatingContext context)
    {
        if (Activity.Current?.Id is { } parent)
        {
            context.SetJobParameter(ParentParameter, parent);
        }
    }

    public void OnCreated(CreatedContext context) { }

    public void OnPerforming(PerformingContext context)
    {
        var job = context.BackgroundJob.Job;
        var activity = Telemetry.Source.StartActivity($"job {job.Type.Name}.{job.Method.Name}", ActivityKind.Internal, context.GetJobParameter<string>(ParentParameter));
        if (activity is null)
        {
            return;
        }

        activity.SetTag("hangfire.job.id", context.BackgroundJob.Id);
        activity.SetTag("code.function.name", $"{job.Type.FullName}.{job.Method.Name}");
        context.Items[ActivityItem] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(ActivityItem, out var item) && item is Activity activity)
        {
            if (context.Exception is { } error && !context.ExceptionHandled)
            {
                activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            }

            activity.Dispose();
        }
    }
}
