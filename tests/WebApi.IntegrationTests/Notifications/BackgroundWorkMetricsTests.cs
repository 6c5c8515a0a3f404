using HanoiDvc.Application.Calendar;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Infrastructure.Notifications.Reminders;
using HanoiDvc.WebApi.IntegrationTests.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>The lags the background work reports: a reminder behind its planned instant, an outbox message behind its writing.</summary>
public sealed class BackgroundWorkMetricsTests : NotificationTestFixture
{
    [Test]
    public async Task AReminderSentTenMinutesLate_RecordsALagOf600Seconds_AndARepeatRecordsNothing()
    {
        var workflow = await ArrangeAsync();
        var (id, _) = await workflow.ReceiveAsync();
        await workflow.AssignAsync(id);
        var step = await WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Id == id).SelectMany(d => d.Steps).SingleAsync(s => s.Action == DossierAction.Assign));
        var calendar = await WithServiceAsync<IWorkingCalendarProvider, WorkingCalendar>(c => c.GetAsync(CancellationToken.None));
        var plan = ReminderPlan.For(step.At, step.Deadline!.Value, calendar, Host.Services.GetRequiredService<IOptions<ReminderOptions>>().Value);
        var planned = plan.Single(r => r.Point == "75%").At;
        Clock.Set(planned.AddMinutes(10));
        using var readings = new MeterReadings(Host.Services);

        var sent = await WithServiceAsync<StepReminderJob, bool>(job => job.RunAsync(id, step.Id, "75%", CancellationToken.None));
        var again = await WithServiceAsync<StepReminderJob, bool>(job => job.RunAsync(id, step.Id, "75%", CancellationToken.None));

        (sent, again).ShouldBe((true, false));
        readings.Recorded("hanoidvc.reminders.lag").ShouldBe([600.0]);
    }

    [Test]
    public async Task MessagesDeliveredHalfAMinuteAfterTheirWriting_RecordThatLag_AndTheBacklogEmpties()
    {
        var workflow = await ArrangeAsync();
        await workflow.ReceiveAsync();
        var waiting = await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null));
        var written = await WithDbAsync(db => db.OutboxMessages.Where(m => m.SentAt == null).MaxAsync(m => m.CreatedAt));
        Clock.Set(written.AddSeconds(30));
        using var readings = new MeterReadings(Host.Services);

        await DeliverAsync();

        var lags = readings.Recorded("hanoidvc.outbox.lag");
        lags.Count.ShouldBe(waiting);
        lags.ShouldAllBe(lag => lag >= 30);
        readings.Read("hanoidvc.outbox.backlog").ShouldBe(0);
        readings.Read("hanoidvc.outbox.oldest_age").ShouldBe(0);
    }
}
