using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>
/// The extension of the time limit applied at reception, bounded by the procedure's published extra days (e.g. "Cấp bản sao
/// văn bằng, chứng chỉ từ sổ gốc": within the day, up to 2 more working days for many copies or records hard to check —
/// the catalogue seed's notes, after Nghị định 23/2015/NĐ-CP and Thông tư 21/2019/TT-BGDĐT).
/// </summary>
public sealed class DossierExtensionTests
{
    private static readonly TimeLimit CopyFromRegister = TimeLimit.WithinDay(new TimeOnly(15, 0), extraDays: 2);

    private static Dossier ReceivedWith(TimeLimit limit, TimeLimitExtension? extension, DateTimeOffset? at = null)
    {
        var when = at ?? ReceivedAt;
        var dossier = Submitted(limit, at: when.AddMinutes(-30));
        dossier.Receive(Receptionist, when, DossierBuilder.Calendar, CodeFor(when), extension: extension);
        return dossier;
    }

    [Test]
    public void Receive_WithTheProceduresExtension_WithinTheDay_DueTwoWorkingDaysAfterTheCloseOfTheDay_PublishedTimeLimit()
    {
        var dossier = ReceivedWith(CopyFromRegister, new TimeLimitExtension(2, "Yêu cầu 12 bản sao"));

        // Monday 08:00, before the 15:00 cut-off: due Monday 17:00, then two working days more.
        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 4, 17, 0));
        dossier.AppointmentAt.ShouldBe(dossier.DueAt);
        dossier.Extension.ShouldBe(new TimeLimitExtension(2, "Yêu cầu 12 bản sao"));
    }

    [Test]
    public void Receive_WithoutTheExtension_IsDueTheSameDay() =>
        ReceivedWith(CopyFromRegister, null).DueAt.ShouldBe(Vn.At(2026, 3, 2, 17, 0));

    [Test]
    public void Receive_WithAnExtension_OnWorkingDays_AddsItToTheLimit()
    {
        var dossier = ReceivedWith(TimeLimit.WorkingDays(5, extraDays: 3), new TimeLimitExtension(1.5m, "Hồ sơ nhiều năm"));

        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 10, 12, 0));
    }

    [Test]
    public void Receive_WithAnExtension_WhenTheProcedureHasNone_IsRefused()
    {
        var dossier = Submitted(TimeLimit.WorkingDays(5));

        Should.Throw<DomainException>(() => dossier.Receive(Receptionist, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt), extension: new TimeLimitExtension(1, "Nhiều bản")))
            .Code.ShouldBe("dossier.extension_not_allowed");
        dossier.Status.ShouldBe(DossierStatus.Submitted);
    }

    [TestCase(3)]
    [TestCase(0)]
    [TestCase(-1)]
    public void Receive_WithMoreDaysThanTheProcedureAllows_OrNone_IsRefused(decimal days) =>
        Should.Throw<DomainException>(() => ReceivedWith(CopyFromRegister, new TimeLimitExtension(days, "Nhiều bản")))
            .Code.ShouldBe("dossier.extension_not_allowed");

    [Test]
    public void Receive_WithAnExtensionWithoutAReason_IsRefused_TheReceiptStatesIt() =>
        Should.Throw<DomainException>(() => ReceivedWith(CopyFromRegister, new TimeLimitExtension(2, " ")))
            .Code.ShouldBe("dossier.reason_required");

    [Test]
    public void RecomputeDueAt_AfterACalendarChange_KeepsTheExtension()
    {
        var dossier = ReceivedWith(CopyFromRegister, new TimeLimitExtension(2, "Yêu cầu 12 bản sao"));
        var withHoliday = new Domain.Calendar.WorkingCalendar(Domain.Calendar.WorkingHours.Default, [new Domain.Calendar.DayOff(new DateOnly(2026, 3, 3), "Nghỉ bù", Domain.Calendar.DayOffKind.Compensatory)], []);

        dossier.RecomputeDueAt(withHoliday, Vn.At(2026, 3, 2, 9, 0)).ShouldBeTrue();

        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 5, 17, 0));
    }
}
