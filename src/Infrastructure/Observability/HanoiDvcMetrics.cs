using System.Diagnostics.Metrics;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Observability;

/// <summary>
/// The application's own metrics (meter <see cref="Telemetry.Name"/>): dossiers submitted, received and returned by
/// channel, open overdue dossiers, reminder lag, outbox lag and backlog. The gauges read values cached by the work that
/// measures them (the overdue check, the outbox dispatcher), so a scrape never queries the database.
/// </summary>
public sealed class HanoiDvcMetrics
{
    private static readonly InstrumentAdvice<double> LagBuckets = new()
    {
        HistogramBucketBoundaries = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 1800, 3600],
    };

    private readonly TimeProvider _clock;
    private readonly Counter<long> _submitted;
    private readonly Counter<long> _received;
    private readonly Counter<long> _resultsReturned;
    private readonly Histogram<double> _reminderLag;
    private readonly Histogram<double> _outboxLag;
    private long _overdue = -1;
    private OutboxBacklog? _backlog;

    public HanoiDvcMetrics(IMeterFactory meters, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _clock = clock;
        var meter = meters.Create(Telemetry.Name);
        _submitted = meter.CreateCounter<long>("hanoidvc.dossiers.submitted", "{dossier}", "Dossiers submitted (online, by an integrator, at the desk)");
        _received = meter.CreateCounter<long>("hanoidvc.dossiers.received", "{dossier}", "Dossiers received by a desk (the legal clock started)");
        _resultsReturned = meter.CreateCounter<long>("hanoidvc.dossiers.results_returned", "{dossier}", "Results handed to the applicant");
        meter.CreateObservableGauge("hanoidvc.dossiers.overdue", ObserveOverdue, "{dossier}",
            "Open dossiers past their due instant, as counted by the last overdue check run in this process");
        _reminderLag = meter.CreateHistogram("hanoidvc.reminders.lag", "s", "From a step reminder's planned instant to its sending", advice: LagBuckets);
        _outboxLag = meter.CreateHistogram("hanoidvc.outbox.lag", "s", "From an outbox message's writing to its delivery", advice: LagBuckets);
        meter.CreateObservableGauge("hanoidvc.outbox.backlog", ObserveBacklog, "{message}", "Outbox messages waiting for delivery at the last sample");
        meter.CreateObservableGauge("hanoidvc.outbox.oldest_age", ObserveOldestAge, "s", "Age of the oldest outbox message waiting at the last sample");
    }

    /// <summary>A dossier was submitted through <paramref name="channel"/> (counted once its save committed).</summary>
    public void DossierSubmitted(Channel channel) => _submitted.Add(1, ChannelTag(channel));

    /// <summary>A dossier submitted through <paramref name="channel"/> was received.</summary>
    public void DossierReceived(Channel channel) => _received.Add(1, ChannelTag(channel));

    /// <summary>A result was returned through <paramref name="channel"/>.</summary>
    public void ResultReturned(Channel channel) => _resultsReturned.Add(1, ChannelTag(channel));

    /// <summary>The overdue check counted <paramref name="openOverdue"/> open dossiers past their due instant.</summary>
    public void OverdueCounted(long openOverdue) => Interlocked.Exchange(ref _overdue, openOverdue);

    /// <summary>A step reminder planned for <paramref name="plannedAt"/> was sent at <paramref name="sentAt"/>.</summary>
    public void ReminderSent(DateTimeOffset plannedAt, DateTimeOffset sentAt) => _reminderLag.Record(Math.Max(0, (sentAt - plannedAt).TotalSeconds));

    /// <summary>An outbox message written at <paramref name="createdAt"/> was delivered at <paramref name="sentAt"/>.</summary>
    public void OutboxMessageSent(string type, DateTimeOffset createdAt, DateTimeOffset sentAt) =>
        _outboxLag.Record(Math.Max(0, (sentAt - createdAt).TotalSeconds), new KeyValuePair<string, object?>("type", type));

    /// <summary>A sample of the outbox: <paramref name="waiting"/> messages, the oldest written at <paramref name="oldest"/>.</summary>
    public void OutboxSampled(long waiting, DateTimeOffset? oldest) => Volatile.Write(ref _backlog, new OutboxBacklog(waiting, oldest));

    /// <summary>The metric label of a channel: <c>online</c>, <c>in_person</c>, <c>post</c>.</summary>
    public static string ChannelLabel(Channel channel) => channel switch
    {
        Channel.Online => "online",
        Channel.InPerson => "in_person",
        Channel.Post => "post",
        _ => "other",
    };

    private static KeyValuePair<string, object?> ChannelTag(Channel channel) => new("channel", ChannelLabel(channel));

    private IEnumerable<Measurement<long>> ObserveOverdue()
    {
        var overdue = Interlocked.Read(ref _overdue);
        return overdue < 0 ? [] : [new Measurement<long>(overdue)];
    }

    private IEnumerable<Measurement<long>> ObserveBacklog() =>
        Volatile.Read(ref _backlog) is { } backlog ? [new Measurement<long>(backlog.Waiting)] : [];

    private IEnumerable<Measurement<double>> ObserveOldestAge() => Volatile.Read(ref _backlog) switch
    {
        null => [],
        { Oldest: { } oldest } => [new Measurement<double>(Math.Max(0, (_clock.GetUtcNow() - oldest).TotalSeconds))],
        _ => [new Measurement<double>(0)],
    };

    private sealed record OutboxBacklog(long Waiting, DateTimeOffset? Oldest);
}
