using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// What the guards of an operation need that the dossier does not hold: the clock, the calendar, the procedure version's
/// level and online-result setting, whether the procedure has a result template, and the configured waiting period before
/// a result may be recorded as not collected.
/// </summary>
public sealed record DossierFacts(
    DateTimeOffset Now,
    WorkingCalendar Calendar,
    ServiceLevel ServiceLevel,
    bool? OnlineResult = null,
    bool HasResultTemplate = false,
    TimeSpan? UncollectedWaitingPeriod = null);

/// <summary>
/// "May I?": each operation's precondition (state, actor's role, agency and assignment, and the facts that gate it) is one
/// method, <c>EnsureMay…</c>, that the command itself calls first, so the list of allowed operations and the command can
/// never disagree. Arguments (a reason, an assignee, a file) are checked by the command after it.
/// </summary>
public sealed partial class Dossier
{
    /// <summary>The operations <paramref name="actor"/> may do now, in the order of <see cref="DossierOperation"/>.</summary>
    public IReadOnlyList<DossierOperation> AllowedOperations(Actor actor, DossierFacts facts) =>
        [.. Enum.GetValues<DossierOperation>().Where(operation => RefusalOf(operation, actor, facts) is null)];

    /// <summary>Why <paramref name="actor"/> may not do <paramref name="operation"/> now (the exception the command would throw), or null when they may.</summary>
    public DomainException? RefusalOf(DossierOperation operation, Actor actor, DossierFacts facts)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(facts);
        try
        {
            EnsureMay(operation, actor, facts);
            return null;
        }
        catch (DomainException refusal)
        {
            return refusal;
        }
    }

    private void EnsureMay(DossierOperation operation, Actor actor, DossierFacts facts)
    {
        switch (operation)
        {
            case DossierOperation.Receive: EnsureMayReceive(actor); break;
            case DossierOperation.RejectAtReception: EnsureMayRejectAtReception(actor); break;
            case DossierOperation.RequestSupplement: EnsureMayRequestSupplement(actor); break;
            case DossierOperation.Assign: EnsureMayAssign(actor); break;
            case DossierOperation.Reassign: EnsureMayReassign(actor); break;
            case DossierOperation.Forward: EnsureMayForward(actor); break;
            case DossierOperation.SubmitForApproval: EnsureMaySubmitForApproval(actor); break;
            case DossierOperation.Approve: EnsureMayApprove(actor); break;
            case DossierOperation.ReturnToSpecialist: EnsureMayReturnToSpecialist(actor); break;
            case DossierOperation.Refuse: EnsureMayRefuse(actor); break;
            case DossierOperation.StopProcessing: EnsureMayStopProcessing(actor); break;
            case DossierOperation.IssueApology: EnsureMayIssueApology(actor, facts.Now, facts.Calendar); break;
            case DossierOperation.UploadResult: EnsureResultCanBeIssued(actor, facts.ServiceLevel, facts.OnlineResult); break;
            case DossierOperation.GenerateResult:
                EnsureResultCanBeIssued(actor, facts.ServiceLevel, facts.OnlineResult);
                EnsureResultTemplate(facts.HasResultTemplate);
                break;
            case DossierOperation.ReturnResult: EnsureMayReturnResult(actor, Channel.InPerson, facts.ServiceLevel, facts.OnlineResult); break;
            case DossierOperation.ReturnResultOnline: EnsureMayReturnResult(actor, Channel.Online, facts.ServiceLevel, facts.OnlineResult); break;
            case DossierOperation.RecordUncollectedResult:
                EnsureMayRecordUncollectedResult(actor, facts.Now, facts.ServiceLevel, facts.UncollectedWaitingPeriod ?? TimeSpan.MaxValue);
                break;
            case DossierOperation.Withdraw: EnsureMayWithdraw(actor); break;
            case DossierOperation.ProvideSupplement: EnsureMayProvideSupplement(actor); break;
            case DossierOperation.Pay: EnsurePayableOnline(actor); break;
            case DossierOperation.Rate: EnsureMayRate(actor); break;
            case DossierOperation.DigitisePaper: EnsureMayDigitisePaper(actor); break;
            case DossierOperation.DigitiseResult: EnsureMayDigitiseResult(actor); break;
            default: throw new DomainException("dossier.invalid_operation", $"Unknown operation {operation}.");
        }
    }

    /// <summary>A procedure without a result template has its result uploaded, never generated.</summary>
    /// <exception cref="DomainException"><c>result.no_template</c>.</exception>
    public void EnsureResultTemplate(bool hasResultTemplate)
    {
        if (!hasResultTemplate)
        {
            throw new DomainException("result.no_template", $"The procedure of dossier {Reference} has no result template; the leader uploads its result instead.");
        }
    }

    private void EnsureMayReceive(Actor actor)
    {
        EnsureState(DossierAction.Receive);
        EnsureOfficial(actor, DossierAction.Receive, ReceivingAgencyId, DossierRoles.Receptionist);
        EnsurePaid(PaymentDue.BeforeReception, DossierAction.Receive);
    }

    private void EnsureMayRejectAtReception(Actor actor)
    {
        EnsureState(DossierAction.RejectAtReception);
        EnsureOfficial(actor, DossierAction.RejectAtReception, ReceivingAgencyId, DossierRoles.Receptionist);
    }

    /// <summary>At reception the receiving desk asks, after it the specialist holding it; once per phase.</summary>
    private void EnsureMayRequestSupplement(Actor actor)
    {
        EnsureState(DossierAction.RequestSupplement);
        var atReception = Status == DossierStatus.Submitted;
        if (atReception)
        {
            EnsureOfficial(actor, DossierAction.RequestSupplement, ReceivingAgencyId, DossierRoles.Receptionist);
        }
        else
        {
            EnsureAssignedSpecialist(actor, DossierAction.RequestSupplement);
        }

        if (_steps.Any(s => s.Action == DossierAction.RequestSupplement && (s.FromStatus == DossierStatus.Submitted) == atReception))
        {
            throw new DomainException("dossier.supplement_already_requested", $"A supplement was already requested for dossier {Reference} {(atReception ? "at reception" : "during processing")}: one request must list everything missing.");
        }
    }

    private void EnsureMayAssign(Actor actor)
    {
        EnsureState(DossierAction.Assign);
        EnsureOfficial(actor, DossierAction.Assign, CurrentAgencyId, DossierRoles.Receptionist, DossierRoles.Leader);
    }

    private void EnsureMayReassign(Actor actor)
    {
        EnsureState(DossierAction.Reassign);
        EnsureOfficial(actor, DossierAction.Reassign, CurrentAgencyId, DossierRoles.Leader);
    }

    private void EnsureMayForward(Actor actor)
    {
        EnsureState(DossierAction.Forward);
        EnsureAssignedSpecialist(actor, DossierAction.Forward);
    }

    private void EnsureMaySubmitForApproval(Actor actor)
    {
        EnsureState(DossierAction.SubmitForApproval);
        EnsureAtDecidingAgency(DossierAction.SubmitForApproval);
        EnsureAssignedSpecialist(actor, DossierAction.SubmitForApproval);
    }

    private void EnsureMayApprove(Actor actor)
    {
        EnsureState(DossierAction.Approve);
        EnsureOfficial(actor, DossierAction.Approve, CurrentAgencyId, DossierRoles.Leader);
    }

    private void EnsureMayReturnToSpecialist(Actor actor)
    {
        EnsureState(DossierAction.ReturnToSpecialist);
        EnsureOfficial(actor, DossierAction.ReturnToSpecialist, CurrentAgencyId, DossierRoles.Leader);
    }

    private void EnsureMayRefuse(Actor actor)
    {
        EnsureState(DossierAction.Refuse);
        EnsureAtDecidingAgency(DossierAction.Refuse);
        EnsureOfficial(actor, DossierAction.Refuse, CurrentAgencyId, DossierRoles.Leader);
    }

    private void EnsureMayStopProcessing(Actor actor)
    {
        EnsureState(DossierAction.StopProcessing);
        EnsureReceived(DossierAction.StopProcessing);
        EnsureOfficial(actor, DossierAction.StopProcessing, CurrentAgencyId, DossierRoles.Leader);
    }

    /// <summary>
    /// Open and received, none issued yet, not later than one working day before the due date (Nghị định 61/2018/NĐ-CP,
    /// Điều 19, as amended by Nghị định 107/2021/NĐ-CP), and a Leader of an agency responsible for the delay (the deciding
    /// agency or one it was forwarded to) or the desk on such a Leader's behalf.
    /// </summary>
    private void EnsureMayIssueApology(Actor actor, DateTimeOffset now, WorkingCalendar calendar)
    {
        EnsureState(DossierAction.IssueApology);
        EnsureReceived(DossierAction.IssueApology);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!ApologyAgencies.Any(a => actor.Has(DossierRoles.Leader, a)) && !IsDesk(actor))
        {
            throw NotAllowed(actor, DossierAction.IssueApology, "only a Leader of the agency responsible for the delay, or the desk on such a Leader's behalf, may");
        }

        if (Apology is not null)
        {
            // Nghị định 61/2018/NĐ-CP, Điều 19 (107/2021): the new appointment is set no more than once.
            throw new DomainException("dossier.apology_already_issued", $"An apology with a new appointment was already issued for dossier {Reference}: it is issued once.");
        }

        var dueBy = ApologyDueBy(calendar)!.Value;
        if (now > dueBy)
        {
            // Nghị định 61/2018/NĐ-CP, Điều 19 (107/2021): at the latest one working day before the due date.
            throw new DomainException("dossier.apology_too_late", $"The apology for dossier {Reference} had to be issued by {dueBy:O}, one working day before its due date ({DueAt:O}) (Nghị định 61/2018/NĐ-CP, Điều 19).");
        }
    }

    private void EnsureMayReturnResult(Actor actor, Channel channel, ServiceLevel serviceLevel, bool? onlineResult)
    {
        EnsureState(DossierAction.ReturnResult);
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsDesk(actor))
        {
            throw NotAllowed(actor, DossierAction.ReturnResult, "only a Receptionist of the receiving agency or of the agency holding it may");
        }

        EnsurePaid(PaymentDue.BeforeResult, DossierAction.ReturnResult);
        if (!Enum.IsDefined(channel))
        {
            throw new DomainException("dossier.invalid_channel", $"Unknown channel {channel}.");
        }

        if (channel == Channel.Online)
        {
            EnsureOnlineResultsOffered(serviceLevel, onlineResult);
            if (Status == DossierStatus.Resolved && Result is null)
            {
                throw new DomainException("dossier.result_missing", $"Dossier {Reference} has no electronic result to return online; a leader must attach or generate it first.");
            }
        }
    }

    private void EnsureMayRecordUncollectedResult(Actor actor, DateTimeOffset now, ServiceLevel serviceLevel, TimeSpan waitingPeriod)
    {
        EnsureState(DossierAction.RecordUncollectedResult);
        // The desk of the receiving agency returns results (Nghị định 61/2018/NĐ-CP, Điều 19), so it records one not collected.
        EnsureOfficial(actor, DossierAction.RecordUncollectedResult, ReceivingAgencyId, DossierRoles.Receptionist);
        ArgumentOutOfRangeException.ThrowIfLessThan(waitingPeriod, TimeSpan.Zero);
        if (!ResultCollectedAtDesk(serviceLevel))
        {
            throw new DomainException("dossier.result_not_at_desk", $"The result of dossier {Reference} is delivered online, not collected at the desk.");
        }

        if (UncollectedRecordedAt is not null)
        {
            throw new DomainException("dossier.uncollected_already_recorded", $"That the result of dossier {Reference} was not collected is already recorded ({UncollectedRecordedAt:O}).");
        }

        var collectable = CollectableFrom!.Value;
        var allowedFrom = waitingPeriod >= DateTimeOffset.MaxValue - collectable ? DateTimeOffset.MaxValue : collectable + waitingPeriod;
        if (now.ToUniversalTime() < allowedFrom)
        {
            throw new DomainException("dossier.uncollected_too_early", $"The result of dossier {Reference} can be recorded as not collected from {allowedFrom:O} (the waiting period after the appointment).");
        }
    }

    private void EnsureMayWithdraw(Actor actor)
    {
        EnsureState(DossierAction.Withdraw);
        EnsureApplicant(actor, DossierAction.Withdraw);
    }

    private void EnsureMayProvideSupplement(Actor actor)
    {
        EnsureState(DossierAction.ProvideSupplement);
        EnsureApplicant(actor, DossierAction.ProvideSupplement);
    }

    /// <summary>The applicant themself, once the agency is done with the dossier, once.</summary>
    private void EnsureMayRate(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId != ApplicantId)
        {
            throw NotAllowed(actor, "rate", "only its applicant may");
        }

        if (Status is not (DossierStatus.ResultReturned or DossierStatus.NotReceived or DossierStatus.Stopped))
        {
            throw new DomainException("dossier.invalid_transition", $"Dossier {Reference} can be rated once the agency is done with it; it is {Status}.");
        }

        if (Satisfaction is not null)
        {
            throw new DomainException("dossier.already_rated", $"Dossier {Reference} was already rated on {RatedAt:O}.");
        }
    }
}
