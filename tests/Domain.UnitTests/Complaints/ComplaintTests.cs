using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Complaints;
using HanoiDvc.Domain.Complaints.Events;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.UnitTests.Dossiers;

namespace HanoiDvc.Domain.UnitTests.Complaints;

public sealed class ComplaintTests
{
    private static readonly Guid Agency = Guid.CreateVersion7();
    private static readonly Guid OtherAgency = Guid.CreateVersion7();
    private static readonly Actor Applicant = Actor.Applicant(Guid.CreateVersion7(), "Nguyễn Văn An");
    private static readonly Actor Desk = Actor.Official(Guid.CreateVersion7(), "Trần Thị Bình", DossierRoles.Receptionist, Agency);
    private const string Words = "Hồ sơ của tôi đã quá hạn mà chưa có kết quả, đề nghị kiểm tra.";

    /// <summary>Wednesday 11 February 2026, 10:00 in Hanoi.</summary>
    private static readonly DateTimeOffset BeforeTet = new(2026, 2, 11, 10, 0, 0, TimeSpan.FromHours(7));

    [Test]
    public void DueAt_IsTenWorkingDaysLater_SkippingWeekends()
    {
        var complaint = AboutProcedure(BeforeTet, TestCalendars.Plain);

        complaint.DueAt.ShouldBe(new DateTimeOffset(2026, 2, 25, 10, 0, 0, TimeSpan.FromHours(7)));
    }

    [Test]
    public void DueAt_SkipsTetHolidays()
    {
        var complaint = AboutProcedure(BeforeTet, TestCalendars.Year2026);

        complaint.DueAt.ShouldBe(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.FromHours(7)));
    }

    [Test]
    public void DueAt_OfAComplaintFiledOnSaturday_CountsFromMondayMorning()
    {
        var saturday = new DateTimeOffset(2026, 1, 24, 9, 0, 0, TimeSpan.FromHours(7));

        AboutProcedure(saturday, TestCalendars.Plain).DueAt.ShouldBe(new DateTimeOffset(2026, 2, 6, 17, 0, 0, TimeSpan.FromHours(7)));
    }

    [Test]
    public void AboutDossier_ByAnotherCitizen_IsRefused()
    {
        var dossier = new ComplainedDossier(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Agency);

        var refusal = Should.Throw<DomainException>(() => Complaint.AboutDossier(Applicant, dossier, null, null, Words, BeforeTet, TestCalendars.Plain));

        refusal.Code.ShouldBe("complaint.not_allowed");
        refusal.Kind.ShouldBe(ErrorKind.Forbidden);
    }

    [Test]
    public void AboutDossier_ByItsApplicant_GoesToTheAgencyHoldingIt()
    {
        var dossier = new ComplainedDossier(Guid.CreateVersion7(), Applicant.UserId, Guid.CreateVersion7(), Agency);

        var complaint = Complaint.AboutDossier(Applicant, dossier, null, null, Words, BeforeTet, TestCalendars.Plain);

        (complaint.AgencyId, complaint.DossierId, complaint.ComplainantId, complaint.Status).ShouldBe((Agency, dossier.DossierId, Applicant.UserId, ComplaintStatus.Received));
        ComplaintTrackingCode.Normalise(complaint.TrackingCode.ToLowerInvariant()).ShouldBe(complaint.TrackingCode);
    }

    [TestCase(null, null, Words, "without a contact")]
    [TestCase("not-an-email", null, Words, "a malformed e-mail")]
    [TestCase(null, "12345", Words, "a malformed phone")]
    [TestCase("an@example.vn", null, "Quá ngắn", "content too short")]
    public void AboutProcedure_WithBadInput_IsRefused(string? email, string? phone, string content, string why)
    {
        var refusal = Should.Throw<DomainException>(
            () => Complaint.AboutProcedure(null, "Lê Văn Cường", email, phone, Guid.CreateVersion7(), Agency, content, BeforeTet, TestCalendars.Plain), why);

        (refusal.Code, refusal.Kind).ShouldBe(("complaint.invalid", ErrorKind.Validation));
    }

    [Test]
    public void Answer_ByTheResponsibleDesk_IsRecordedOnTime_AndTold()
    {
        var complaint = AboutProcedure(BeforeTet, TestCalendars.Plain);

        complaint.AnswerWith(Desk, "Đã kiểm tra và trả kết quả cho ông ngày 12/02.", BeforeTet.AddDays(1));

        (complaint.Status, complaint.AnsweredOnTime, complaint.AnsweredByName).ShouldBe((ComplaintStatus.Answered, (bool?)true, Desk.Name));
        complaint.DomainEvents.OfType<ComplaintAnswered>().Single().TrackingCode.ShouldBe(complaint.TrackingCode);
    }

    [Test]
    public void Answer_AfterTheDueInstant_IsLate()
    {
        var complaint = AboutProcedure(BeforeTet, TestCalendars.Plain);

        complaint.AnswerWith(Desk, "Xin lỗi vì trả lời chậm.", complaint.DueAt.AddMinutes(1));

        complaint.AnsweredOnTime.ShouldBe(false);
    }

    [Test]
    public void Answer_ByAnotherAgencysOfficial_OrASpecialist_IsRefused()
    {
        var complaint = AboutProcedure(BeforeTet, TestCalendars.Plain);
        var elsewhere = Desk with { AgencyId = OtherAgency };
        var specialist = Actor.Official(Guid.CreateVersion7(), "Chuyên viên", DossierRoles.Specialist, Agency);

        foreach (var actor in new[] { elsewhere, specialist, Applicant })
        {
            Should.Throw<DomainException>(() => complaint.AnswerWith(actor, "Trả lời", BeforeTet)).Code.ShouldBe("complaint.not_allowed");
            complaint.AllowedOperations(actor).ShouldBeEmpty();
        }

        complaint.AllowedOperations(Desk).ShouldBe([ComplaintOperation.Answer, ComplaintOperation.CloseOutOfScope]);
    }

    [Test]
    public void Answer_Twice_IsRefused()
    {
        var complaint = AboutProcedure(BeforeTet, TestCalendars.Plain);
        complaint.CloseOutOfScope(Desk, "Đây là khiếu nại, đề nghị gửi theo Luật Khiếu nại.", BeforeTet);

        Should.Throw<DomainException>(() => complaint.AnswerWith(Desk, "Trả lời", BeforeTet)).Code.ShouldBe("complaint.already_answered");
        complaint.AllowedOperations(Desk).ShouldBeEmpty();
    }

    [Test]
    public void IsOverdue_OnlyWhileOpenAfterTheDueInstant()
    {
        var complaint = AboutProcedure(BeforeTet, TestCalendars.Plain);

        (complaint.IsOverdue(complaint.DueAt), complaint.IsOverdue(complaint.DueAt.AddSeconds(1))).ShouldBe((false, true));
    }

    private static Complaint AboutProcedure(DateTimeOffset now, WorkingCalendar calendar) =>
        Complaint.AboutProcedure(null, "Lê Văn Cường", "cuong@example.vn", null, Guid.CreateVersion7(), Agency, Words, now, calendar);
}
