using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>
/// Dossiers of the Department (receiving and deciding) in any status, on a fixed timeline in the week of Monday
/// 2 March 2026: drafted 07:00, submitted 07:30, received 08:00 (5 working days: due Friday 6 March 17:00),
/// assigned 08:30, submitted for approval Tuesday 10:00, resolved Tuesday 11:00, returned Tuesday 14:00.
/// </summary>
internal static class DossierBuilder
{
    public const string TrackingNumber = "HN26A00042";

    public static readonly Guid DepartmentId = Guid.Parse("0191f000-0000-7000-8000-000000000001");
    public static readonly Guid CentreId = Guid.Parse("0191f000-0000-7000-8000-000000000002");
    public static readonly Guid OtherAgencyId = Guid.Parse("0191f000-0000-7000-8000-000000000003");
    public static readonly AgencyCode DepartmentCode = AgencyCode.Parse("000.00.12.H26");

    public static readonly Actor Applicant = Actor.Applicant(Guid.Parse("0191f000-0000-7000-8000-0000000000a1"), "Nguyễn Văn An");
    public static readonly Actor OtherApplicant = Actor.Applicant(Guid.Parse("0191f000-0000-7000-8000-0000000000a2"), "Phạm Thị Hoa");
    public static readonly Actor Receptionist = Official("Lê Thu Trang", DossierRoles.Receptionist, DepartmentId);
    public static readonly Actor Specialist = Official("Đỗ Minh Quân", DossierRoles.Specialist, DepartmentId);
    public static readonly Actor Leader = Official("Vũ Hồng Sơn", DossierRoles.Leader, DepartmentId);

    public static readonly FormField[] Form = [new("fullName", FormFieldType.Text, "Họ và tên", "Full name", Required: true, MaxLength: 100)];
    public static readonly Dictionary<string, string?> ValidForm = new() { ["fullName"] = "Nguyễn Văn An" };

    public static readonly DateTimeOffset Drafted = Vn.At(2026, 3, 2, 7, 0);
    public static readonly DateTimeOffset SubmittedAt = Vn.At(2026, 3, 2, 7, 30);
    public static readonly DateTimeOffset ReceivedAt = Vn.At(2026, 3, 2, 8, 0);
    public static readonly DateTimeOffset AssignedAt = Vn.At(2026, 3, 2, 8, 30);
    public static readonly DateTimeOffset SubmittedForApprovalAt = Vn.At(2026, 3, 3, 10, 0);
    public static readonly DateTimeOffset ResolvedAt = Vn.At(2026, 3, 3, 11, 0);
    public static readonly DateTimeOffset DueAt = Vn.At(2026, 3, 6, 17, 0);

    public static WorkingCalendar Calendar => TestCalendars.Plain;

    public static Actor Official(string name, string role, Guid agencyId) => Actor.Official(Guid.CreateVersion7(), name, role, agencyId);

    public static DossierCode CodeFor(DateTimeOffset at, int sequence = 7) =>
        DossierCode.Create(DepartmentCode, DateOnly.FromDateTime(at.ToOffset(Vn.Offset).DateTime), sequence);

    public static Dossier Draft(
        TimeLimit? limit = null, Channel channel = Channel.Online, Guid? receivingAgencyId = null, decimal specialistShare = 0.6m, DateTimeOffset? at = null,
        IReadOnlyList<RequiredDocument>? documents = null) =>
        Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), limit ?? TimeLimit.WorkingDays(5), Form, documents ?? [], specialistShare,
            DepartmentId, receivingAgencyId ?? DepartmentId, Applicant, "001208012345", channel, at ?? Drafted);

    /// <summary>Submitted at <paramref name="at"/> (default Monday 07:30), drafted half an hour before.</summary>
    public static Dossier Submitted(TimeLimit? limit = null, Guid? receivingAgencyId = null, DateTimeOffset? at = null, decimal specialistShare = 0.6m)
    {
        var when = at ?? SubmittedAt;
        var dossier = Draft(limit, receivingAgencyId: receivingAgencyId, specialistShare: specialistShare, at: when.AddMinutes(-30));
        dossier.Submit(Applicant, when, TrackingNumber, ValidForm);
        return dossier;
    }

    /// <summary>Received at <paramref name="at"/> (default Monday 08:00, submitted half an hour before) on <paramref name="calendar"/> (default: no holidays).</summary>
    public static Dossier Received(TimeLimit? limit = null, DateTimeOffset? at = null, WorkingCalendar? calendar = null, decimal specialistShare = 0.6m)
    {
        var when = at ?? ReceivedAt;
        var dossier = Submitted(limit, at: when.AddMinutes(-30), specialistShare: specialistShare);
        dossier.Receive(Receptionist, when, calendar ?? Calendar, CodeFor(when));
        return dossier;
    }

    /// <summary>The first paper <see cref="AtTheCounter"/> records.</summary>
    public const string CounterPaper = "Đơn đề nghị cấp bản sao";

    /// <summary>The second paper <see cref="AtTheCounter"/> records.</summary>
    public const string CounterIdCard = "Căn cước công dân";

    /// <summary>A dossier the desk entered at the counter and received at once (Monday 08:00), with two papers recorded, events cleared.</summary>
    public static Dossier AtTheCounter()
    {
        var dossier = Draft(channel: Channel.InPerson, at: Vn.At(2026, 3, 2, 7, 55));
        dossier.Submit(Receptionist, ReceivedAt, TrackingNumber, ValidForm);
        dossier.Receive(Receptionist, ReceivedAt, Calendar, CodeFor(ReceivedAt),
            receivedPapers: [new ReceivedPaper(CounterPaper, DocumentForm.Original, 1), new ReceivedPaper(CounterIdCard, DocumentForm.Copy, 1)]);
        dossier.ClearDomainEvents();
        return dossier;
    }

    public static Dossier InProcessing(TimeLimit? limit = null)
    {
        var dossier = Received(limit);
        dossier.Assign(Leader, AssignedAt, Calendar, Specialist.UserId);
        return dossier;
    }

    public static Dossier AwaitingApproval()
    {
        var dossier = InProcessing();
        dossier.SubmitForApproval(Specialist, SubmittedForApprovalAt, "Dự thảo kết quả");
        return dossier;
    }

    /// <summary>A dossier in <paramref name="status"/>; SupplementRequested is paused from Received.</summary>
    public static Dossier InState(DossierStatus status)
    {
        switch (status)
        {
            case DossierStatus.Draft: return Draft();
            case DossierStatus.Submitted: return Submitted();
            case DossierStatus.Received: return Received();
            case DossierStatus.InProcessing: return InProcessing();
            case DossierStatus.AwaitingApproval: return AwaitingApproval();
            default: return InLaterState(status);
        }
    }

    private static Dossier InLaterState(DossierStatus status)
    {
        Dossier dossier;
        switch (status)
        {
            case DossierStatus.NotReceived:
                dossier = Submitted();
                dossier.RejectAtReception(Receptionist, ReceivedAt, "Không thuộc thẩm quyền giải quyết");
                return dossier;
            case DossierStatus.SupplementRequested:
                dossier = Received();
                dossier.RequestSupplement(Specialist, Vn.At(2026, 3, 2, 9, 0), ["Bản sao giấy khai sinh"]);
                return dossier;
            case DossierStatus.Stopped:
                dossier = Received();
                dossier.StopProcessing(Leader, Vn.At(2026, 3, 2, 10, 0), "Người nộp đề nghị dừng");
                return dossier;
            case DossierStatus.Withdrawn:
                dossier = Submitted();
                dossier.Withdraw(Applicant, Vn.At(2026, 3, 2, 7, 45));
                return dossier;
            case DossierStatus.Refused:
                dossier = AwaitingApproval();
                dossier.Refuse(Leader, ResolvedAt, Calendar, "Không đủ điều kiện cấp bản sao");
                return dossier;
            default:
                dossier = AwaitingApproval();
                dossier.Approve(Leader, ResolvedAt, Calendar);
                if (status == DossierStatus.ResultReturned)
                {
                    dossier.ReturnResult(Receptionist, Vn.At(2026, 3, 3, 14, 0), Channel.InPerson, ServiceLevel.Full);
                }

                return dossier;
        }
    }
}
