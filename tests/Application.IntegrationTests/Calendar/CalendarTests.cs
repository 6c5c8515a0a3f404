using HanoiDvc.Application.Calendar.Commands.ProposeCalendarYear;
using HanoiDvc.Application.Calendar.Commands.SaveCalendarYear;
using HanoiDvc.Application.Calendar.Queries.GetCalendarYear;
using HanoiDvc.Application.Calendar.Queries.GetDueDate;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Common;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Calendar;

public sealed class CalendarTests : BaseTestFixture
{
    [SetUp]
    public void SignInAsSystemAdmin() => RunAsSystemAdmin();

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Test]
    public async Task DueDate_AcrossTet2026_FromTheSeededOfficialSchedule()
    {
        // Friday 13 Feb 2026 16:30; Tết is 16–20 Feb; five working days = 30 minutes on Friday, 23–26 Feb, and 7.5 hours of 27 Feb.
        var due = await SendAsync(new GetDueDate(new DateTimeOffset(2026, 2, 13, 16, 30, 0, Vietnam), WorkingDays: 5, WithinDay: false));

        due.ReceivedAtLocal.ShouldBe(new DateTime(2026, 2, 13, 16, 30, 0));
        due.DueAtLocal.ShouldBe(new DateTime(2026, 2, 27, 16, 30, 0));
        due.DueAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Test]
    public async Task WithinTheDay_After1500_IsDueAtTheEndOfTheNextWorkingDay()
    {
        var due = await SendAsync(new GetDueDate(new DateTimeOffset(2026, 4, 24, 15, 10, 0, Vietnam), WorkingDays: null, WithinDay: true));

        // Friday 24 April 2026 after 15:00; 25–26 weekend, 27 April compensatory day off for Hùng Kings' day.
        due.DueAtLocal.ShouldBe(new DateTime(2026, 4, 28, 17, 0, 0));
    }

    [Test]
    public async Task SavingADayOff_ChangesDueDatesAtOnce()
    {
        var submitted = new DateTimeOffset(2026, 10, 5, 9, 0, 0, Vietnam);
        var before = await SendAsync(new GetDueDate(submitted, 1, false));
        var year = await SendAsync(new GetCalendarYear(2026));

        await SendAsync(new SaveCalendarYear(2026, year.Status, year.Sources,
            [.. year.DaysOff, new DayOff(new DateOnly(2026, 10, 6), "Nghỉ đột xuất (thử nghiệm)", DayOffKind.Holiday)], year.MakeUpWorkingDays));
        var after = await SendAsync(new GetDueDate(submitted, 1, false));

        before.DueAtLocal.ShouldBe(new DateTime(2026, 10, 6, 9, 0, 0));
        after.DueAtLocal.ShouldBe(new DateTime(2026, 10, 7, 9, 0, 0));
    }

    [Test]
    public async Task ProposingAYearWithoutSchedule_StoresAProposalFromTheLunarCalendar()
    {
        var proposal = await SendAsync(new ProposeCalendarYear(2030));

        proposal.Status.ShouldBe(ScheduleStatus.Proposed);
        var tet = VietnameseLunarCalendar.ToSolar(2030, 1, 1);
        proposal.DaysOff.Count(d => d.Name == "Tết Nguyên đán").ShouldBe(5);
        proposal.DaysOff.ShouldContain(d => d.Date == tet);
        proposal.Sources.ShouldNotBeEmpty();
        (await SendAsync(new GetCalendarYear(2030))).DaysOff.Count.ShouldBe(proposal.DaysOff.Count);
    }

    [Test]
    public async Task ProposingAnOfficialYear_IsRefused_AndLeavesItAsItWas()
    {
        var official = await SendAsync(new GetCalendarYear(2025));

        var error = await Should.ThrowAsync<DomainException>(() => SendAsync(new ProposeCalendarYear(2025)));

        error.Code.ShouldBe("calendar.already_official");
        (await SendAsync(new GetCalendarYear(2025))).DaysOff.ShouldBe(official.DaysOff);
    }

    [Test]
    public async Task AnOfficialScheduleWithoutSources_IsRefusedWithAFieldError()
    {
        var error = await Should.ThrowAsync<RequestValidationException>(() =>
            SendAsync(new SaveCalendarYear(2031, ScheduleStatus.Official, [], [], [])));

        error.Errors.Keys.ShouldBe(["sources"]);
        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new GetCalendarYear(2031)));
    }
}
