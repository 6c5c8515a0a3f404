using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>
    /// A receptionist or leader of the agency holding the dossier hands it to a specialist (Received → InProcessing). The
    /// step's deadline is <paramref name="now"/> + the Specialist share of the time limit in working time, never after the due instant.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.assignee_required</c>.</exception>
    public void Assign(Actor actor, DateTimeOffset now, WorkingCalendar calendar, Guid assigneeId, string? comment = null, CommentAudience? commentAudience = null)
    {
        EnsureMayAssign(actor);
        ArgumentNullException.ThrowIfNull(calendar);
        if (assigneeId == Guid.Empty)
        {
            throw new DomainException("dossier.assignee_required", $"Assigning dossier {Reference} needs a specialist.");
        }

        var at = now.ToUniversalTime();
        var deadline = SpecialistDeadline(calendar, at);
        AssigneeId = assigneeId;
        Move(DossierAction.Assign, actor, at, DossierStatus.InProcessing, comment, deadline, audience: commentAudience);
        Raise(new DossierAssigned(Id, TrackingNumber!, Code!.Value, CurrentAgencyId, assigneeId, deadline, at));
    }

    /// <summary>
    /// A leader of the agency holding the dossier hands it to another specialist while it is processed (InProcessing →
    /// InProcessing); the step keeps the deadline of the assignment it replaces, so reassigning does not buy time.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.assignee_required</c>.</exception>
    public void Reassign(Actor actor, DateTimeOffset now, Guid assigneeId, string? comment = null, CommentAudience? commentAudience = null)
    {
        EnsureMayReassign(actor);
        if (assigneeId == Guid.Empty || assigneeId == AssigneeId)
        {
            throw new DomainException("dossier.assignee_required", $"Reassigning dossier {Reference} needs another specialist.");
        }

        var at = now.ToUniversalTime();
        var deadline = _steps.LastOrDefault(s => s.Deadline is not null && s.Action is DossierAction.Assign or DossierAction.Reassign or DossierAction.Forward)?.Deadline
            ?? DueAt!.Value;
        AssigneeId = assigneeId;
        Move(DossierAction.Reassign, actor, at, DossierStatus.InProcessing, comment, deadline, audience: commentAudience);
        Raise(new DossierAssigned(Id, TrackingNumber!, Code!.Value, CurrentAgencyId, assigneeId, deadline, at));
    }

    /// <summary>
    /// A specialist sends the dossier to another agency for an inter-agency step with its own <paramref name="stepDeadline"/>;
    /// it stays InProcessing, held by <paramref name="toAgencyId"/> (and <paramref name="assigneeId"/>, when named).
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.invalid_forward</c>, <c>dossier.invalid_deadline</c>.</exception>
    public void Forward(Actor actor, DateTimeOffset now, Guid toAgencyId, DateTimeOffset stepDeadline, Guid? assigneeId = null, string? comment = null, CommentAudience? commentAudience = null)
    {
        EnsureMayForward(actor);
        if (toAgencyId == Guid.Empty || toAgencyId == CurrentAgencyId)
        {
            throw new DomainException("dossier.invalid_forward", $"Dossier {Reference} can only be forwarded to another agency.");
        }

        if (stepDeadline <= now)
        {
            throw new DomainException("dossier.invalid_deadline", $"The inter-agency step's deadline ({stepDeadline:O}) must be after now ({now:O}).");
        }

        var at = now.ToUniversalTime();
        var fromAgency = CurrentAgencyId;
        CurrentAgencyId = toAgencyId;
        AssigneeId = assigneeId;
        Move(DossierAction.Forward, actor, at, DossierStatus.InProcessing, comment, stepDeadline.ToUniversalTime(), fromAgency, commentAudience);
        Raise(new DossierForwarded(Id, TrackingNumber!, Code!.Value, fromAgency, toAgencyId, assigneeId, stepDeadline.ToUniversalTime(), at));
    }

    /// <summary>A specialist of the deciding agency submits the draft result to its leaders (InProcessing → AwaitingApproval).</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c> (also while at another agency), <c>dossier.not_allowed</c>.</exception>
    public void SubmitForApproval(Actor actor, DateTimeOffset now, string? comment = null, CommentAudience? commentAudience = null)
    {
        EnsureMaySubmitForApproval(actor);
        var at = now.ToUniversalTime();
        Move(DossierAction.SubmitForApproval, actor, at, DossierStatus.AwaitingApproval, comment, audience: commentAudience);
        Raise(new DossierSubmittedForApproval(Id, TrackingNumber!, Code!.Value, CurrentAgencyId, actor.UserId, at));
    }

    /// <summary>A leader approves the result (AwaitingApproval → Resolved); the outcome is fixed (see <see cref="OutcomeAt"/>).</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>.</exception>
    public void Approve(Actor actor, DateTimeOffset now, WorkingCalendar calendar, string? comment = null, CommentAudience? commentAudience = null)
    {
        EnsureMayApprove(actor);
        ArgumentNullException.ThrowIfNull(calendar);
        var at = now.ToUniversalTime();
        Resolve(at, calendar);
        Move(DossierAction.Approve, actor, at, DossierStatus.Resolved, comment, audience: commentAudience);
        Raise(new DossierApproved(Id, TrackingNumber!, Code!.Value, ApplicantId, Outcome!.Value, at));
    }

    /// <summary>A leader sends the draft back to the specialist with a comment (AwaitingApproval → InProcessing).</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.reason_required</c>.</exception>
    public void ReturnToSpecialist(Actor actor, DateTimeOffset now, string comment, CommentAudience? commentAudience = null)
    {
        EnsureMayReturnToSpecialist(actor);
        var why = RequireReason(comment, DossierAction.ReturnToSpecialist);
        var at = now.ToUniversalTime();
        Move(DossierAction.ReturnToSpecialist, actor, at, DossierStatus.InProcessing, why, audience: commentAudience);
        Raise(new DossierReturnedToSpecialist(Id, TrackingNumber!, Code!.Value, AssigneeId, why, at));
    }

    /// <summary>A leader of the deciding agency refuses the request with reasons (InProcessing or AwaitingApproval → Refused); counts as resolved.</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c> (also while at another agency), <c>dossier.not_allowed</c>, <c>dossier.reason_required</c>.</exception>
    public void Refuse(Actor actor, DateTimeOffset now, WorkingCalendar calendar, string reasons)
    {
        EnsureMayRefuse(actor);
        ArgumentNullException.ThrowIfNull(calendar);
        var why = RequireReason(reasons, DossierAction.Refuse);
        var at = now.ToUniversalTime();
        Resolve(at, calendar);
        SettlePaymentOnClose(DossierAction.Refuse, at, why);
        // The refusal states its reasons to the applicant in writing (Nghị định 61/2018/NĐ-CP, Điều 18 khoản 3).
        Move(DossierAction.Refuse, actor, at, DossierStatus.Refused, why, audience: CommentAudience.Applicant);
        Raise(new DossierRefused(Id, TrackingNumber!, Code!.Value, ApplicantId, why, Outcome!.Value, at));
    }

    /// <summary>
    /// A leader stops the processing with reasons, e.g. the applicant did not supplement in time (Received, InProcessing,
    /// AwaitingApproval, or SupplementRequested after reception → Stopped). An open pause ends.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.reason_required</c>.</exception>
    public void StopProcessing(Actor actor, DateTimeOffset now, string reasons)
    {
        EnsureMayStopProcessing(actor);
        var why = RequireReason(reasons, DossierAction.StopProcessing);
        var at = now.ToUniversalTime();
        EndOpenPause(at);
        ClosedAt = at;
        SettlePaymentOnClose(DossierAction.StopProcessing, at, why);
        // Stopping is notified to the applicant with its reasons (Nghị định 61/2018/NĐ-CP, Điều 18 khoản 3).
        Move(DossierAction.StopProcessing, actor, at, DossierStatus.Stopped, why, audience: CommentAudience.Applicant);
        Raise(new DossierProcessingStopped(Id, TrackingNumber!, Code!.Value, ApplicantId, why, at));
    }
}
