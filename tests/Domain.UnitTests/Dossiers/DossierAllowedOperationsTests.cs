using CsCheck;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>
/// Every state × actor (citizen owner or not; desk, specialist assigned or not, leader; of the owner agency or another) ×
/// operation: an operation is listed by <see cref="Dossier.AllowedOperations"/> exactly when running it, by the same
/// command method a use case calls, with valid arguments, succeeds. The page offers only what the server accepts.
/// </summary>
public sealed class DossierAllowedOperationsTests
{
    private static readonly Actor OtherReceptionist = Official("Ngô Thị Lan", DossierRoles.Receptionist, OtherAgencyId);
    private static readonly Actor OtherSpecialist = Official("Hà Văn Long", DossierRoles.Specialist, OtherAgencyId);
    private static readonly Actor OtherLeader = Official("Trần Quốc Bảo", DossierRoles.Leader, OtherAgencyId);
    private static readonly Actor Colleague = Official("Bùi Thanh Hà", DossierRoles.Specialist, DepartmentId);
    private static readonly Fee FixedFee = new("Lệ phí", "Fee", 50_000, null);
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static readonly Dictionary<string, Actor> Actors = new()
    {
        ["citizen owner"] = Applicant,
        ["other citizen"] = OtherApplicant,
        ["owner desk"] = Receptionist,
        ["assigned specialist"] = Specialist,
        ["unassigned specialist"] = Colleague,
        ["owner leader"] = Leader,
        ["other desk"] = OtherReceptionist,
        ["other specialist"] = OtherSpecialist,
        ["other leader"] = OtherLeader,
    };

    /// <summary>Each state the workflow reaches, built fresh per trial (so a trial's change never leaks into the next).</summary>
    private static readonly Dictionary<string, Func<Dossier>> States = new()
    {
        ["draft"] = () => Draft(),
        ["submitted"] = () => Submitted(),
        ["submitted, fees due before reception"] = () => WithFees(PaymentDue.BeforeReception),
        ["received"] = () => Received(),
        ["received at the counter"] = AtTheCounter,
        ["supplement requested at reception"] = () =>
        {
            var d = Submitted();
            d.RequestSupplement(Receptionist, Vn.At(2026, 3, 2, 7, 45), ["Bản sao giấy khai sinh"]);
            return d;
        },
        ["supplement requested after reception"] = () => InState(DossierStatus.SupplementRequested),
        ["in processing"] = () => InProcessing(),
        ["in processing, supplement already requested"] = () =>
        {
            var d = InProcessing();
            d.RequestSupplement(Specialist, Vn.At(2026, 3, 2, 9, 0), ["Bản sao giấy khai sinh"]);
            d.ProvideSupplement(Applicant, Vn.At(2026, 3, 2, 10, 0), DossierBuilder.Calendar);
            return d;
        },
        ["forwarded to another agency"] = () =>
        {
            var d = InProcessing();
            d.Forward(Specialist, Vn.At(2026, 3, 2, 9, 0), OtherAgencyId, Vn.At(2026, 3, 5, 17, 0), OtherSpecialist.UserId);
            return d;
        },
        ["awaiting approval"] = () => AwaitingApproval(),
        ["awaiting approval, result issued"] = () =>
        {
            var d = AwaitingApproval();
            d.IssueResult(Leader, SubmittedForApprovalAt.AddMinutes(10), ServiceLevel.Full, File(), "Sở");
            return d;
        },
        ["apology issued"] = () =>
        {
            var d = InProcessing();
            d.IssueApology(Leader, Vn.At(2026, 3, 3, 9, 0), DossierBuilder.Calendar, Vn.At(2026, 3, 12, 17, 0), "Chờ xác minh", new ApologySigner(Leader, "GIÁM ĐỐC"));
            return d;
        },
        ["resolved"] = () => InState(DossierStatus.Resolved),
        ["resolved, result issued"] = () =>
        {
            var d = InState(DossierStatus.Resolved);
            d.IssueResult(Leader, ResolvedAt.AddMinutes(10), ServiceLevel.Full, File(), "Sở");
            return d;
        },
        ["resolved, fees due before result"] = () =>
        {
            var d = WithFees(PaymentDue.BeforeResult);
            d.Receive(Receptionist, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt));
            d.Assign(Leader, AssignedAt, DossierBuilder.Calendar, Specialist.UserId);
            d.SubmitForApproval(Specialist, SubmittedForApprovalAt);
            d.Approve(Leader, ResolvedAt, DossierBuilder.Calendar);
            return d;
        },
        ["refused"] = () => InState(DossierStatus.Refused),
        ["result returned"] = () => InState(DossierStatus.ResultReturned),
        ["result returned, rated"] = () =>
        {
            var d = InState(DossierStatus.ResultReturned);
            d.Rate(Applicant, Vn.At(2026, 3, 3, 15, 0), Satisfaction.Satisfied, null);
            return d;
        },
        ["not received"] = () => InState(DossierStatus.NotReceived),
        ["stopped"] = () => InState(DossierStatus.Stopped),
        ["withdrawn"] = () => InState(DossierStatus.Withdrawn),
    };

    /// <summary>
    /// The moments and procedure settings asked: before the apology deadline; weeks after the appointment (apology too late,
    /// an uncollected result may be recorded); a procedure without a template or online results.
    /// </summary>
    private static readonly Dictionary<string, DossierFacts> Moments = new()
    {
        ["Wednesday, level 4 with template"] = new(Vn.At(2026, 3, 4, 9, 0), DossierBuilder.Calendar, ServiceLevel.Full, null, HasResultTemplate: true, TimeSpan.FromDays(30)),
        ["Wednesday, level 4 without template"] = new(Vn.At(2026, 3, 4, 9, 0), DossierBuilder.Calendar, ServiceLevel.Full, null, HasResultTemplate: false, TimeSpan.FromDays(30)),
        ["six weeks later, level 3"] = new(Vn.At(2026, 4, 20, 9, 0), DossierBuilder.Calendar, ServiceLevel.Partial, false, HasResultTemplate: false, TimeSpan.FromDays(30)),
    };

    public static IEnumerable<TestCaseData> Cases() =>
        from state in States.Keys
        from actor in Actors.Keys
        from moment in Moments.Keys
        select new TestCaseData(state, actor, moment).SetName($"Listed_ExactlyWhenItSucceeds({state} · {actor} · {moment})");

    [TestCaseSource(nameof(Cases))]
    public void AnOperationIsListed_ExactlyWhenRunningItSucceeds(string state, string actorName, string moment)
    {
        var actor = Actors[actorName];
        var facts = Moments[moment];
        var listed = States[state]().AllowedOperations(actor, facts);

        var mismatches = new List<string>();
        foreach (var operation in Enum.GetValues<DossierOperation>())
        {
            var dossier = States[state]();
            string? refusal = null;
            try
            {
                Run(operation, dossier, actor, facts);
            }
            catch (DomainException e)
            {
                refusal = e.Code + ": " + e.Message;
            }

            if (listed.Contains(operation) != (refusal is null))
            {
                mismatches.Add($"{operation}: listed {listed.Contains(operation)}, ran {(refusal is null ? "ok" : refusal)}");
            }
        }

        mismatches.ShouldBeEmpty();
    }

    /// <summary>
    /// Generated walks from every state (at each step an actor, a moment, and one of the operations it may take then): at each
    /// step a dossier with steps or digitised copies is one that <see cref="Dossier.MayHaveSteps"/> and
    /// <see cref="Dossier.MayHaveDigitisedCopies"/> say can have them, since a transition reads those parts only then.
    /// </summary>
    [Test]
    public void AnyWalk_KeepsItsStepsAndDigitisedCopies_WhereTheLoadLooksForThem()
    {
        var moves = Gen.Select(Gen.OneOf(Actors.Keys.ToArray()), Gen.OneOf(Moments.Keys.ToArray()), Gen.Int[0, 1000],
            (actor, moment, choice) => (Actor: actor, Moment: moment, Choice: choice));
        Gen.Select(Gen.OneOf(States.Keys.ToArray()), moves.Array[1, 12], (state, walk) => (State: state, Walk: walk)).Sample(trial =>
        {
            var dossier = States[trial.State]();
            var path = new List<string> { trial.State };
            // The clock only moves forward along a walk.
            foreach (var (actor, moment, choice) in trial.Walk.OrderBy(move => Moments[move.Moment].Now))
            {
                var allowed = dossier.AllowedOperations(Actors[actor], Moments[moment]);
                if (allowed.Count == 0)
                {
                    continue;
                }

                var operation = allowed[choice % allowed.Count];
                try
                {
                    Run(operation, dossier, Actors[actor], Moments[moment]);
                }
                catch (DomainException)
                {
                    // Allowed, but the canned arguments do not fit the walk's state (a reassignment to the specialist
                    // already assigned): the step changes nothing and the walk goes on.
                    continue;
                }

                path.Add($"{operation} by {actor}");
                (dossier.Steps.Count == 0 || dossier.MayHaveSteps).ShouldBeTrue($"{string.Join(", ", path)}: {dossier.Status} with steps");
                (dossier.DigitisedCopies.Count == 0 || dossier.MayHaveDigitisedCopies).ShouldBeTrue($"{string.Join(", ", path)}: digitised copies it says it cannot have");
            }
        }, iter: 400);
    }

    [Test]
    public void TheMatrix_AllowsEachOperationSomewhere_SoItCanFail()
    {
        var seen = (from state in States.Values
                    from actor in Actors.Values
                    from facts in Moments.Values
                    from operation in state().AllowedOperations(actor, facts)
                    select operation).ToHashSet();

        seen.ShouldBe(Enum.GetValues<DossierOperation>(), ignoreOrder: true);
    }

    [Test]
    public void TheDeskOfTheReceivingAgency_MayNotAssign_OnceTheDossierIsHeldByTheDecidingAgency()
    {
        var dossier = Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), TimeLimit.WorkingDays(5), Form, [], 0.6m,
            DepartmentId, CentreId, Applicant, "001208012345", Channel.Online, Drafted);
        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, ValidForm);
        var centreDesk = Official("Phan Mai", DossierRoles.Receptionist, CentreId);
        dossier.Receive(centreDesk, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt));
        var facts = Moments["Wednesday, level 4 with template"];

        dossier.AllowedOperations(centreDesk, facts).ShouldNotContain(DossierOperation.Assign);
        dossier.RefusalOf(DossierOperation.Assign, centreDesk, facts)!.Code.ShouldBe("dossier.not_allowed");
        Should.Throw<DomainException>(() => dossier.Assign(centreDesk, facts.Now, DossierBuilder.Calendar, Specialist.UserId)).Code.ShouldBe("dossier.not_allowed");
        dossier.AllowedOperations(Receptionist, facts).ShouldContain(DossierOperation.Assign);
    }

    [Test]
    public void OnlineReturn_IsNotListed_BeforeTheResultExists_ButInPersonIs_Decision0014()
    {
        var facts = Moments["Wednesday, level 4 with template"];
        var dossier = InState(DossierStatus.Resolved);

        dossier.AllowedOperations(Receptionist, facts).ShouldContain(DossierOperation.ReturnResult);
        dossier.AllowedOperations(Receptionist, facts).ShouldNotContain(DossierOperation.ReturnResultOnline);
        dossier.RefusalOf(DossierOperation.ReturnResultOnline, Receptionist, facts)!.Code.ShouldBe("dossier.result_missing");
    }

    [Test]
    public void GeneratingAResult_IsNotListed_ForAProcedureWithoutATemplate_UploadingIs()
    {
        var facts = Moments["Wednesday, level 4 without template"];
        var dossier = AwaitingApproval();

        dossier.AllowedOperations(Leader, facts).ShouldContain(DossierOperation.UploadResult);
        dossier.AllowedOperations(Leader, facts).ShouldNotContain(DossierOperation.GenerateResult);
        dossier.RefusalOf(DossierOperation.GenerateResult, Leader, facts)!.Code.ShouldBe("result.no_template");
    }

    private static Dossier WithFees(PaymentDue due)
    {
        var dossier = Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), TimeLimit.WorkingDays(5), Form, [], 0.6m,
            DepartmentId, DepartmentId, Applicant, "001208012345", Channel.Online, Drafted, paymentTerms: new PaymentTerms([FixedFee], due, true));
        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, ValidForm);
        return dossier;
    }

    private static ResultFile File() =>
        new(ResultOrigin.Uploaded, "Quyết định cấp bản sao", "quyet-dinh.pdf", "application/pdf", 1200, Hash, ResultVerificationCode.New());

    private static readonly ScannedFile Scan = new("scan.pdf", "application/pdf", 2048, Hash);

    private static DigitisedPaper Scanned(string name) => new(name, "UBND phường Láng", null, new DateOnly(2026, 2, 20), null);

    /// <summary>Runs <paramref name="operation"/> as its use case does, with valid arguments.</summary>
    private static void Run(DossierOperation operation, Dossier dossier, Actor actor, DossierFacts facts)
    {
        var now = facts.Now;
        var calendar = facts.Calendar;
        switch (operation)
        {
            case DossierOperation.Receive: dossier.Receive(actor, now, calendar, CodeFor(now)); break;
            case DossierOperation.RejectAtReception: dossier.RejectAtReception(actor, now, "Không thuộc thẩm quyền"); break;
            case DossierOperation.RequestSupplement: dossier.RequestSupplement(actor, now, [("Bản sao giấy khai sinh", "Bản chụp mờ")]); break;
            case DossierOperation.Assign: dossier.Assign(actor, now, calendar, Specialist.UserId); break;
            case DossierOperation.Reassign: dossier.Reassign(actor, now, Colleague.UserId); break;
            case DossierOperation.Forward:
                dossier.Forward(actor, now, dossier.CurrentAgencyId == OtherAgencyId ? DepartmentId : OtherAgencyId, now.AddDays(2));
                break;
            case DossierOperation.SubmitForApproval: dossier.SubmitForApproval(actor, now); break;
            case DossierOperation.Approve: dossier.Approve(actor, now, calendar); break;
            case DossierOperation.ReturnToSpecialist: dossier.ReturnToSpecialist(actor, now, "Bổ sung căn cứ"); break;
            case DossierOperation.Refuse: dossier.Refuse(actor, now, calendar, "Không đủ điều kiện"); break;
            case DossierOperation.StopProcessing: dossier.StopProcessing(actor, now, "Người nộp đề nghị dừng"); break;
            case DossierOperation.IssueApology:
                // A leader signs themself; the desk names a Leader of the agency holding the dossier (as the page does).
                var signer = actor.Has(DossierRoles.Leader) ? actor : dossier.CurrentAgencyId == OtherAgencyId ? OtherLeader : Leader;
                dossier.IssueApology(actor, now, calendar, (dossier.AppointmentAt ?? now).AddDays(7), "Chờ xác minh", new ApologySigner(signer, "GIÁM ĐỐC"));
                break;
            case DossierOperation.UploadResult: dossier.IssueResult(actor, now, facts.ServiceLevel, File(), "Sở", facts.OnlineResult); break;
            case DossierOperation.GenerateResult:
                // GenerateResult's handler: the issuing checks, the template, then the issue.
                dossier.EnsureResultCanBeIssued(actor, facts.ServiceLevel, facts.OnlineResult);
                dossier.EnsureResultTemplate(facts.HasResultTemplate);
                dossier.IssueResult(actor, now, facts.ServiceLevel, File() with { Origin = ResultOrigin.Generated }, "Sở", facts.OnlineResult);
                break;
            case DossierOperation.ReturnResult: dossier.ReturnResult(actor, now, Channel.InPerson, facts.ServiceLevel, onlineResult: facts.OnlineResult); break;
            case DossierOperation.ReturnResultOnline: dossier.ReturnResult(actor, now, Channel.Online, facts.ServiceLevel, onlineResult: facts.OnlineResult); break;
            case DossierOperation.RecordUncollectedResult:
                dossier.RecordUncollectedResult(actor, now, facts.ServiceLevel, facts.UncollectedWaitingPeriod!.Value);
                break;
            case DossierOperation.Withdraw: dossier.Withdraw(actor, now, "Không còn nhu cầu"); break;
            case DossierOperation.ProvideSupplement: dossier.ProvideSupplement(actor, now, calendar); break;
            case DossierOperation.Pay: dossier.EnsurePayableOnline(actor); break;
            case DossierOperation.Rate: dossier.Rate(actor, now, Satisfaction.Satisfied, null); break;
            case DossierOperation.DigitisePaper: dossier.DigitisePaper(actor, now, Scanned(dossier.PapersLeftToDigitise.Count > 0 ? dossier.PapersLeftToDigitise[0] : CounterPaper), Scan); break;
            case DossierOperation.DigitiseResult: dossier.DigitiseResult(actor, now, Scanned("Bản sao văn bằng"), Scan); break;
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }
}
