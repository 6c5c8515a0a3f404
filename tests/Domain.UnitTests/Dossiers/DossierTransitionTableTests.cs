using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>Every (status × action) pair against the one-stop transitions table (Nghị định 61/2018/NĐ-CP, Điều 16–19; decision 0012), written out here independently of the code.</summary>
public sealed class DossierTransitionTableTests
{
    // Friday 6 March 10:00: after every step of the builder's timeline and within a working day of the appointment.
    private static readonly DateTimeOffset Now = Vn.At(2026, 3, 6, 10, 0);

    /// <summary>When each action is tried: a result is recorded as not collected only after its appointment (6 March).</summary>
    private static DateTimeOffset AtFor(DossierAction action) => action == DossierAction.RecordUncollectedResult ? Now.AddDays(10) : Now;

    private static readonly Dictionary<(DossierStatus From, DossierAction Action), DossierStatus> Table = new()
    {
        [(DossierStatus.Draft, DossierAction.SaveDraft)] = DossierStatus.Draft,
        [(DossierStatus.Draft, DossierAction.Submit)] = DossierStatus.Submitted,
        [(DossierStatus.Draft, DossierAction.Withdraw)] = DossierStatus.Withdrawn,
        [(DossierStatus.Submitted, DossierAction.Withdraw)] = DossierStatus.Withdrawn,
        [(DossierStatus.Submitted, DossierAction.Receive)] = DossierStatus.Received,
        [(DossierStatus.Submitted, DossierAction.RejectAtReception)] = DossierStatus.NotReceived,
        [(DossierStatus.Submitted, DossierAction.RequestSupplement)] = DossierStatus.SupplementRequested,
        [(DossierStatus.Received, DossierAction.RequestSupplement)] = DossierStatus.SupplementRequested,
        [(DossierStatus.Received, DossierAction.Assign)] = DossierStatus.InProcessing,
        [(DossierStatus.Received, DossierAction.StopProcessing)] = DossierStatus.Stopped,
        [(DossierStatus.Received, DossierAction.Withdraw)] = DossierStatus.Withdrawn,
        [(DossierStatus.Received, DossierAction.IssueApology)] = DossierStatus.Received,
        [(DossierStatus.SupplementRequested, DossierAction.ProvideSupplement)] = DossierStatus.Received,
        [(DossierStatus.SupplementRequested, DossierAction.Withdraw)] = DossierStatus.Withdrawn,
        [(DossierStatus.SupplementRequested, DossierAction.StopProcessing)] = DossierStatus.Stopped,
        [(DossierStatus.SupplementRequested, DossierAction.IssueApology)] = DossierStatus.SupplementRequested,
        [(DossierStatus.InProcessing, DossierAction.RequestSupplement)] = DossierStatus.SupplementRequested,
        [(DossierStatus.InProcessing, DossierAction.Forward)] = DossierStatus.InProcessing,
        [(DossierStatus.InProcessing, DossierAction.Reassign)] = DossierStatus.InProcessing,
        [(DossierStatus.InProcessing, DossierAction.SubmitForApproval)] = DossierStatus.AwaitingApproval,
        [(DossierStatus.InProcessing, DossierAction.Refuse)] = DossierStatus.Refused,
        [(DossierStatus.InProcessing, DossierAction.StopProcessing)] = DossierStatus.Stopped,
        [(DossierStatus.InProcessing, DossierAction.Withdraw)] = DossierStatus.Withdrawn,
        [(DossierStatus.InProcessing, DossierAction.IssueApology)] = DossierStatus.InProcessing,
        [(DossierStatus.AwaitingApproval, DossierAction.Approve)] = DossierStatus.Resolved,
        [(DossierStatus.AwaitingApproval, DossierAction.ReturnToSpecialist)] = DossierStatus.InProcessing,
        [(DossierStatus.AwaitingApproval, DossierAction.Refuse)] = DossierStatus.Refused,
        [(DossierStatus.AwaitingApproval, DossierAction.StopProcessing)] = DossierStatus.Stopped,
        [(DossierStatus.AwaitingApproval, DossierAction.Withdraw)] = DossierStatus.Withdrawn,
        [(DossierStatus.AwaitingApproval, DossierAction.IssueApology)] = DossierStatus.AwaitingApproval,
        [(DossierStatus.Resolved, DossierAction.ReturnResult)] = DossierStatus.ResultReturned,
        [(DossierStatus.Refused, DossierAction.ReturnResult)] = DossierStatus.ResultReturned,
        [(DossierStatus.Resolved, DossierAction.RecordUncollectedResult)] = DossierStatus.Resolved,
        [(DossierStatus.Refused, DossierAction.RecordUncollectedResult)] = DossierStatus.Refused,
    };

    private static readonly Dictionary<DossierAction, Type> EventOf = new()
    {
        [DossierAction.Submit] = typeof(DossierSubmitted),
        [DossierAction.Withdraw] = typeof(DossierWithdrawn),
        [DossierAction.Receive] = typeof(DossierReceived),
        [DossierAction.RejectAtReception] = typeof(DossierRejected),
        [DossierAction.RequestSupplement] = typeof(SupplementRequested),
        [DossierAction.ProvideSupplement] = typeof(SupplementProvided),
        [DossierAction.Assign] = typeof(DossierAssigned),
        [DossierAction.Forward] = typeof(DossierForwarded),
        [DossierAction.Reassign] = typeof(DossierAssigned),
        [DossierAction.SubmitForApproval] = typeof(DossierSubmittedForApproval),
        [DossierAction.Approve] = typeof(DossierApproved),
        [DossierAction.ReturnToSpecialist] = typeof(DossierReturnedToSpecialist),
        [DossierAction.Refuse] = typeof(DossierRefused),
        [DossierAction.StopProcessing] = typeof(DossierProcessingStopped),
        [DossierAction.IssueApology] = typeof(ApologyIssued),
        [DossierAction.ReturnResult] = typeof(ResultReturned),
        [DossierAction.RecordUncollectedResult] = typeof(UncollectedResultRecorded),
    };

    private static IEnumerable<TestCaseData> EveryStatusAndAction() =>
        from status in Enum.GetValues<DossierStatus>()
        from action in Enum.GetValues<DossierAction>()
        select new TestCaseData(status, action).SetArgDisplayNames(status.ToString(), action.ToString());

    private static IEnumerable<TestCaseData> EveryTransition() =>
        Table.Select(entry => new TestCaseData(entry.Key.From, entry.Key.Action, entry.Value)
            .SetArgDisplayNames(entry.Key.From.ToString(), entry.Key.Action.ToString(), entry.Value.ToString()));

    /// <summary>Performs <paramref name="action"/> with the right actor and valid arguments.</summary>
    internal static void Act(Dossier dossier, DossierAction action, DateTimeOffset now)
    {
        var calendar = DossierBuilder.Calendar;
        switch (action)
        {
            case DossierAction.SaveDraft: dossier.SaveDraft(Applicant, now, ValidForm); break;
            case DossierAction.Submit: dossier.Submit(Applicant, now, DossierBuilder.TrackingNumber, ValidForm); break;
            case DossierAction.Withdraw: dossier.Withdraw(Applicant, now, "Không còn nhu cầu"); break;
            case DossierAction.Receive: dossier.Receive(Receptionist, now, calendar, CodeFor(now)); break;
            case DossierAction.RejectAtReception: dossier.RejectAtReception(Receptionist, now, "Không thuộc thẩm quyền"); break;
            case DossierAction.RequestSupplement:
                dossier.RequestSupplement(dossier.Status == DossierStatus.Submitted ? Receptionist : Specialist, now, ["Bản sao giấy khai sinh"]);
                break;
            case DossierAction.ProvideSupplement: dossier.ProvideSupplement(Applicant, now, calendar); break;
            case DossierAction.Assign: dossier.Assign(Leader, now, calendar, Specialist.UserId); break;
            case DossierAction.Forward: dossier.Forward(Specialist, now, OtherAgencyId, now.AddDays(3)); break;
            case DossierAction.Reassign: dossier.Reassign(Leader, now, Guid.CreateVersion7()); break;
            case DossierAction.SubmitForApproval: dossier.SubmitForApproval(Specialist, now); break;
            case DossierAction.Approve: dossier.Approve(Leader, now, calendar); break;
            case DossierAction.ReturnToSpecialist: dossier.ReturnToSpecialist(Leader, now, "Bổ sung căn cứ pháp lý"); break;
            case DossierAction.Refuse: dossier.Refuse(Leader, now, calendar, "Không đủ điều kiện"); break;
            case DossierAction.StopProcessing: dossier.StopProcessing(Leader, now, "Quá hạn bổ sung hồ sơ"); break;
            case DossierAction.IssueApology:
                dossier.IssueApology(Receptionist, now, calendar, (dossier.AppointmentAt ?? now).AddDays(3), "Cần xác minh với trường cấp bằng", new ApologySigner(Leader, "GIÁM ĐỐC"));
                break;
            case DossierAction.ReturnResult: dossier.ReturnResult(Receptionist, now, Channel.InPerson, ServiceLevel.Full); break;
            case DossierAction.RecordUncollectedResult:
                // Long after the appointment, with no waiting period configured.
                dossier.RecordUncollectedResult(Receptionist, now, ServiceLevel.Partial, TimeSpan.Zero);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    [TestCaseSource(nameof(EveryStatusAndAction))]
    public void EveryStatusAndAction_FollowsTheTransitionsTable(DossierStatus from, DossierAction action)
    {
        var dossier = DossierBuilder.InState(from);
        dossier.Status.ShouldBe(from);
        var steps = dossier.Steps.Count;
        var events = dossier.DomainEvents.Count;

        if (Table.TryGetValue((from, action), out var to))
        {
            // An apology at the latest one working day before the due date (Nghị định 61/2018/NĐ-CP, Điều 19).
            Act(dossier, action, action == DossierAction.IssueApology ? dossier.ApologyDueBy(DossierBuilder.Calendar)!.Value : AtFor(action));

            dossier.Status.ShouldBe(to);
            DossierLifecycle.Allows(from, action).ShouldBeTrue();
        }
        else
        {
            Should.Throw<DomainException>(() => Act(dossier, action, AtFor(action))).Code.ShouldBe("dossier.invalid_transition");

            dossier.Status.ShouldBe(from);
            dossier.Steps.Count.ShouldBe(steps);
            dossier.DomainEvents.Count.ShouldBe(events);
        }
    }

    [TestCaseSource(nameof(EveryTransition))]
    public void EveryTransition_AppendsOneStepWithItsStatuses_AndRaisesItsEvent(DossierStatus from, DossierAction action, DossierStatus to)
    {
        var dossier = DossierBuilder.InState(from);
        var steps = dossier.Steps.Count;
        var events = dossier.DomainEvents.Count;
        // An apology is issued at the latest one working day before the due date (Nghị định 61/2018/NĐ-CP, Điều 19): at that instant here.
        var now = action == DossierAction.IssueApology ? dossier.ApologyDueBy(DossierBuilder.Calendar)!.Value : AtFor(action);

        Act(dossier, action, now);

        if (action == DossierAction.SaveDraft)
        {
            dossier.Steps.Count.ShouldBe(steps);
            dossier.DomainEvents.Count.ShouldBe(events);
            return;
        }

        dossier.Steps.Count.ShouldBe(steps + 1);
        var step = dossier.Steps[^1];
        (step.Sequence, step.Action, step.FromStatus, step.ToStatus, step.At).ShouldBe((steps + 1, action, from, to, now));
        dossier.DomainEvents.Count.ShouldBe(events + 1);
        dossier.DomainEvents.Last().ShouldBeOfType(EventOf[action]);
        dossier.DomainEvents.Last().OccurredAt.ShouldBe(now);
    }
}
