namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    private void EnsureState(DossierAction action)
    {
        if (!DossierLifecycle.Allows(Status, action))
        {
            throw InvalidTransition(action);
        }
    }

    private void EnsureReceived(DossierAction action)
    {
        if (ReceivedAt is null)
        {
            throw InvalidTransition(action, "it has not been received yet");
        }
    }

    private void EnsureAtDecidingAgency(DossierAction action)
    {
        if (CurrentAgencyId != DecidingAgencyId)
        {
            throw InvalidTransition(action, "it is at another agency and must be forwarded back to the deciding agency first");
        }
    }

    private DomainException InvalidTransition(DossierAction action, string? why = null) =>
        new("dossier.invalid_transition", $"Cannot {action} dossier {Reference} while it is {Status}{(why is null ? "" : $": {why}")}.");

    /// <summary>The actor holds one of the roles at <paramref name="agencyId"/>.</summary>
    private void EnsureOfficial(Actor actor, DossierAction action, Guid agencyId, string role, string? otherRole = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(role, agencyId) && (otherRole is null || !actor.Has(otherRole, agencyId)))
        {
            var who = otherRole is null ? $"a {role}" : $"a {role} or a {otherRole}";
            throw NotAllowed(actor, action, $"only {who} of the agency holding it may");
        }
    }

    /// <summary>
    /// A specialist of the agency holding the dossier, and the one it is assigned to when it is assigned: a colleague acts
    /// only after a leader reassigns it.
    /// </summary>
    private void EnsureAssignedSpecialist(Actor actor, DossierAction action)
    {
        EnsureOfficial(actor, action, CurrentAgencyId, DossierRoles.Specialist);
        if (AssigneeId is { } assignee && actor.UserId != assignee)
        {
            throw NotAllowed(actor, action, "only the specialist it is assigned to may (a leader of the agency reassigns it)");
        }
    }

    /// <summary>The applicant, or the desk acting for them (at the counter or by post) once the dossier is out of the applicant's online draft.</summary>
    private void EnsureApplicant(Actor actor, DossierAction action) => EnsureApplicant(actor, action.ToString());

    /// <summary>As <see cref="EnsureApplicant(Actor, DossierAction)"/>, for what is not a transition (<paramref name="what"/> names it in the message).</summary>
    private void EnsureApplicant(Actor actor, string what)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var deskForApplicant = IsDesk(actor) && (Status != DossierStatus.Draft || SubmissionChannel != Channel.Online);
        if (actor.UserId != ApplicantId && !deskForApplicant)
        {
            throw NotAllowed(actor, what, "only its applicant (or the desk on their behalf) may");
        }
    }

    /// <summary>A receptionist of the receiving agency (where results are returned) or of the agency holding the dossier.</summary>
    private bool IsDesk(Actor actor) =>
        actor.Has(DossierRoles.Receptionist, ReceivingAgencyId) || actor.Has(DossierRoles.Receptionist, CurrentAgencyId);

    private DomainException NotAllowed(Actor actor, DossierAction action, string rule) => NotAllowed(actor, action.ToString(), rule);

    private DomainException NotAllowed(Actor actor, string what, string rule) =>
        new("dossier.not_allowed", $"{actor.Name} may not {what} dossier {Reference}: {rule}.", ErrorKind.Forbidden);

    private string RequireReason(string? reason, DossierAction action) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new DomainException("dossier.reason_required", $"{action} of dossier {Reference} needs a reason.")
            : reason.Trim();

    /// <summary>The comment of the last step written, for the event that follows it.</summary>
    private string? LastComment => _steps[^1].Comment;

    /// <summary>Writes the step (from the current status and <paramref name="fromAgencyId"/>, or the current agency) and moves to <paramref name="to"/>.</summary>
    /// <remarks>
    /// <paramref name="audience"/>: who the comment is for. Actions whose text the law addresses to the applicant pass
    /// <see cref="CommentAudience.Applicant"/> themselves; where it is the official's choice and none was made, the comment is
    /// internal (nothing internal may leak).
    /// </remarks>
    private void Move(DossierAction action, Actor actor, DateTimeOffset at, DossierStatus to, string? comment = null, DateTimeOffset? deadline = null, Guid? fromAgencyId = null, CommentAudience? audience = null)
    {
        var comments = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (audience is { } chosen && !Enum.IsDefined(chosen))
        {
            throw new DomainException("dossier.invalid_comment_audience", $"Unknown comment audience {chosen}.");
        }

        _steps.Add(new ProcessingStep(_steps.Count + 1, action, actor, Status, to, fromAgencyId ?? CurrentAgencyId, CurrentAgencyId, AssigneeId, at, comments, deadline, audience));
        Status = to;
    }
}
