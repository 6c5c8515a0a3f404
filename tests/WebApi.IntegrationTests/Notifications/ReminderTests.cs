using Hangfire;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Application.Notifications.Events;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Infrastructure.Notifications.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>Reminders of a step's owner: scheduled at reception and hand-over, sent once, and only while the step is open.</summary>
public sealed class ReminderTests : NotificationTestFixture
{
    [Test]
    public async Task Reception_SchedulesTheReceptionStepsReminders_At75PercentAndOneWorkingDayBefore()
    {
        var workflow = await ArrangeAsync();
        var (id, _) = await workflow.ReceiveAsync();

        await DeliverAsync();

        var step = await WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Id == id).SelectMany(d => d.Steps).SingleAsync(s => s.Action == DossierAction.Receive));
        var calendar = await WithServiceAsync<IWorkingCalendarProvider, WorkingCalendar>(c => c.GetAsync(CancellationToken.None));
        var scheduled = ScheduledReminders(id);
        scheduled.Select(r => r.StepId).ShouldAllBe(s => s == step.Id);
        var total = calendar.Between(step.At, step.Deadline!.Value);
        var share = scheduled.Single(r => r.Point == "75%");
        var expected = (long)Math.Floor(total.TotalMinutes * 0.75);
        calendar.Between(step.At, share.At).TotalMinutes.ShouldBeInRange(expected - 1, expected); // whole minutes of working time
        var dayBefore = scheduled.Single(r => r.Point == "-1d");
        calendar.Between(dayBefore.At, step.Deadline!.Value).ShouldBe(WorkingDuration.FromDays(1));
        scheduled.Count.ShouldBe(2);
    }

    [Test]
    public async Task AReminder_ForAStepAlreadyHandedOn_SendsNothing()
    {
        var workflow = await ArrangeAsync();
        var (id, _) = await workflow.ReceiveAsync();
        var receptionStep = await StepIdAsync(id, DossierAction.Receive);
        await workflow.AssignAsync(id); // the reception step is done

        var sent = await WithServiceAsync<StepReminderJob, bool>(job => job.RunAsync(id, receptionStep, "75%", CancellationToken.None));

        sent.ShouldBeFalse();
        (await CountOutboxAsync(nameof(StepReminderDue), id)).ShouldBe(0);
        (await WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM step_reminders WHERE dossier_id = {id}").SingleAsync())).ShouldBe(0);
    }

    [Test]
    public async Task TwoHostsRunningTheSameReminder_SendItOnce_ToTheStepsOwner()
    {
        var workflow = await ArrangeAsync();
        var (id, code) = await workflow.ReceiveAsync();
        await workflow.AssignAsync(id);
        var assignStep = await StepIdAsync(id, DossierAction.Assign);

        var runs = await Task.WhenAll(
            WithServiceAsync<StepReminderJob, bool>(job => job.RunAsync(id, assignStep, "75%", CancellationToken.None), NotificationHosts.First),
            WithServiceAsync<StepReminderJob, bool>(job => job.RunAsync(id, assignStep, "75%", CancellationToken.None), NotificationHosts.Second));
        var again = await WithServiceAsync<StepReminderJob, bool>(job => job.RunAsync(id, assignStep, "75%", CancellationToken.None), NotificationHosts.Second);
        await Task.WhenAll(DeliverAsync(NotificationHosts.First), DeliverAsync(NotificationHosts.Second));

        runs.Count(sent => sent).ShouldBe(1);
        again.ShouldBeFalse();
        (await CountOutboxAsync(nameof(StepReminderDue), id)).ShouldBe(1);
        var reminders = await WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.Reminder).ToListAsync());
        reminders.Count.ShouldBe(1);
        reminders[0].RecipientId.ShouldBe(workflow.SpecialistId);
        reminders[0].TitleVi.ShouldContain(code);
    }

    private static Task<Guid> StepIdAsync(Guid dossierId, DossierAction action) =>
        WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).SelectMany(d => d.Steps).Where(s => s.Action == action).Select(s => s.Id).SingleAsync());

    /// <summary>The reminder jobs Hangfire holds for the dossier (its storage is shared by the hosts and not reset between tests).</summary>
    private static List<(Guid StepId, string Point, DateTimeOffset At)> ScheduledReminders(Guid dossierId)
    {
        var monitoring = Host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return [.. monitoring.ScheduledJobs(0, 10_000)
            .Select(j => j.Value)
            .Where(j => j.Job.Type == typeof(StepReminderJob) && (Guid)j.Job.Args[0] == dossierId)
            .Select(j => ((Guid)j.Job.Args[1], (string)j.Job.Args[2], new DateTimeOffset(DateTime.SpecifyKind(j.EnqueueAt, DateTimeKind.Utc))))];
    }
}
