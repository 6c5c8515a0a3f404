using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Application.Notifications.Events;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Infrastructure.Notifications.Reminders;
using HanoiDvc.WebApi.IntegrationTests.Observability;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>The 07:30 overdue check: marks, tells the assignee and the leaders, lists apology letters due; not on days off.</summary>
public sealed class OverdueCheckTests : NotificationTestFixture
{
    [Test]
    public async Task OnAWorkingMorningAfterTheDueDate_MarksTheDossierAndStep_TellsTheAssigneeAndTheLeader_AndListsTheApology()
    {
        var workflow = await ArrangeAsync();
        var (id, code) = await workflow.ReceiveAsync();
        await workflow.AssignAsync(id);
        await DeliverAsync();
        var due = await WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.DueAt!.Value).SingleAsync());
        var calendar = await Calendar();
        var morning = MorningOf(calendar.NextWorkingDay(LocalDate(due, calendar)), calendar);
        Clock.Set(morning);
        using var readings = new MeterReadings(Host.Services);

        var result = await RunCheckAsync();
        var second = await RunCheckAsync();
        await DeliverAsync();

        result.ShouldBe(new OverdueCheckResult(true, 1, 1, 1, 1)); // the specialist's step is late too (one notice covers both)
        second.ShouldBe(new OverdueCheckResult(true, 0, 0, 1, 0));
        readings.Read("hanoidvc.dossiers.overdue").ShouldBe(1, "still open and late at the second check");
        (await WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.OverdueAt).SingleAsync())).ShouldBe(morning);
        var notifications = await WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.Overdue || n.Kind == NotificationKind.ApologyDue).ToListAsync());
        notifications.Single(n => n.Kind == NotificationKind.Overdue).RecipientId.ShouldBe(workflow.SpecialistId);
        (await WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM dossier_steps WHERE dossier_id = {id} AND overdue_at IS NOT NULL").SingleAsync())).ShouldBe(1);
        var summary = notifications.Single(n => n.Kind == NotificationKind.ApologyDue);
        summary.RecipientId.ShouldBe(workflow.LeaderId);
        summary.BodyVi.ShouldContain($"Hồ sơ quá hạn chưa có Phiếu xin lỗi và hẹn lại ngày trả kết quả: {code}.");
    }

    [Test]
    public async Task ACurrentStepPastItsDeadline_IsMarked_AndItsAssigneeTold_WhileTheDossierIsNotLate()
    {
        var workflow = await ArrangeAsync();
        var (id, code) = await workflow.ReceiveAsync();
        await workflow.AssignAsync(id);
        var (stepDeadline, due) = await WithDbAsync(async db =>
        {
            var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Steps).SingleAsync(d => d.Id == id);
            return (dossier.Steps.Single(s => s.Action == Domain.Dossiers.DossierAction.Assign).Deadline!.Value, dossier.DueAt!.Value);
        });
        var calendar = await Calendar();
        var morning = MorningOf(calendar.NextWorkingDay(LocalDate(stepDeadline, calendar)), calendar);
        if (morning >= due)
        {
            Assert.Inconclusive("The procedure leaves the specialist the whole time limit: no step-only lateness to test.");
        }

        Clock.Set(morning);
        var result = await RunCheckAsync();
        await DeliverAsync();

        result.DossiersMarked.ShouldBe(0);
        result.StepsMarked.ShouldBe(1);
        var notice = await WithDbAsync(db => db.Notifications.SingleAsync(n => n.Kind == NotificationKind.Overdue));
        notice.RecipientId.ShouldBe(workflow.SpecialistId);
        notice.BodyVi.ShouldContain($"Bước xử lý của hồ sơ {code}");
    }

    [Test]
    public async Task OnASundayOrAHoliday_ItDoesNothing()
    {
        var workflow = await ArrangeAsync();
        var (id, _) = await workflow.ReceiveAsync();
        var due = await WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.DueAt!.Value).SingleAsync());
        var calendar = await Calendar();
        var sunday = LocalDate(due, calendar).AddDays(1);
        while (sunday.DayOfWeek != DayOfWeek.Sunday)
        {
            sunday = sunday.AddDays(1);
        }

        var holiday = Enumerable.Range(0, 365).Select(i => new DateOnly(2026, 1, 1).AddDays(i))
            .First(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !calendar.IsWorkingDay(d));

        foreach (var day in new[] { sunday, holiday })
        {
            Clock.Set(MorningOf(day, calendar));
            (await RunCheckAsync()).ShouldBe(new OverdueCheckResult(false, 0, 0, 0, 0));
        }

        (await WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.OverdueAt).SingleAsync())).ShouldBeNull();
        (await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Type == nameof(DossierOverdue) || m.Type == nameof(OverdueSummary)))).ShouldBe(0);
    }

    private static Task<OverdueCheckResult> RunCheckAsync() =>
        WithServiceAsync<OverdueCheckJob, OverdueCheckResult>(job => job.RunAsync(CancellationToken.None));

    private static Task<WorkingCalendar> Calendar() =>
        WithServiceAsync<IWorkingCalendarProvider, WorkingCalendar>(c => c.GetAsync(CancellationToken.None));

    private static DateOnly LocalDate(DateTimeOffset instant, WorkingCalendar calendar) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).DateTime);

    /// <summary>07:30 Hanoi time on <paramref name="day"/>.</summary>
    private static DateTimeOffset MorningOf(DateOnly day, WorkingCalendar calendar)
    {
        var local = day.ToDateTime(new TimeOnly(7, 30));
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
