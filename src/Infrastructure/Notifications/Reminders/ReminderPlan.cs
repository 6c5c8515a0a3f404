using System.Globalization;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>One planned reminder of a step.</summary>
/// <param name="Point">Its name, part of the reminder's key: <c>75%</c>, <c>-1d</c>.</param>
/// <param name="At">When it fires.</param>
public sealed record PlannedReminder(string Point, DateTimeOffset At);

/// <summary>When the owner of a step is reminded: at shares of the step's working time, and working days before its deadline.</summary>
public static class ReminderPlan
{
    /// <summary>
    /// The reminders of a step handed over at <paramref name="start"/> with <paramref name="deadline"/>, in working time:
    /// a share <c>s</c> fires at start + s × (working time from start to deadline); <c>d</c> days before fires at
    /// start + (working time − d days), and is left out when the step has no more than <c>d</c> working days.
    /// </summary>
    public static IReadOnlyList<PlannedReminder> For(DateTimeOffset start, DateTimeOffset deadline, WorkingCalendar calendar, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        var total = calendar.Between(start, deadline);
        if (total <= WorkingDuration.Zero)
        {
            return [];
        }

        var plan = new List<PlannedReminder>();
        foreach (var share in options.SharesOrDefault.Where(s => s is > 0 and < 1).Distinct())
        {
            var elapsed = WorkingDuration.FromMinutes((long)decimal.Floor(share * total.TotalMinutes));
            plan.Add(new PlannedReminder($"{(share * 100).ToString("0.##", CultureInfo.InvariantCulture)}%", calendar.Add(start, elapsed)));
        }

        foreach (var days in options.WorkingDaysBeforeOrDefault.Where(d => d > 0).Distinct())
        {
            var before = WorkingDuration.FromMinutes((long)decimal.Round(days * WorkingDuration.MinutesPerDay));
            if (total > before)
            {
                plan.Add(new PlannedReminder($"-{days.ToString("0.##", CultureInfo.InvariantCulture)}d", calendar.Add(start, total - before)));
            }
        }

        return [.. plan.OrderBy(p => p.At)];
    }

    /// <summary>
    /// Whether <paramref name="step"/> is still the dossier's open hand-over: the dossier is received or in processing
    /// (<see cref="DossierStatusSets.Processing"/>: not paused, not awaiting approval, not ended) and no later step handed it on with a deadline of its own.
    /// </summary>
    public static bool IsOpen(Dossier dossier, ProcessingStep? step)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (step?.Deadline is null || !DossierStatusSets.Processing.Contains(dossier.Status))
        {
            return false;
        }

        return dossier.Steps.Where(s => s.Deadline is not null).MaxBy(s => s.Sequence)?.Id == step.Id;
    }

}
