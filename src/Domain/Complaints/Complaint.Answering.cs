using HanoiDvc.Domain.Complaints.Events;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Domain.Complaints;

public sealed partial class Complaint
{
    /// <summary>Most characters of an answer or of the reasons for closing.</summary>
    public const int AnswerMaxLength = 4000;

    /// <summary>The operations <paramref name="actor"/> may do now.</summary>
    public IReadOnlyList<ComplaintOperation> AllowedOperations(Actor actor) =>
        MayRespond(actor) is null ? [ComplaintOperation.Answer, ComplaintOperation.CloseOutOfScope] : [];

    /// <summary>Whether <paramref name="actor"/> may read the agency's side of it (the complainant's contact): an answering official of its agency.</summary>
    public bool IsHandledBy(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ComplaintRoles.Answering.Any(role => actor.Has(role, AgencyId));
    }

    /// <summary>
    /// The responsible agency answers in writing: what it found and what it will do (Luật Tiếp công dân 2013, Điều 28).
    /// Recorded once, by an answering official (<see cref="ComplaintRoles"/>) of <see cref="AgencyId"/>.
    /// </summary>
    /// <exception cref="DomainException"><c>complaint.not_allowed</c>, <c>complaint.already_answered</c>, <c>complaint.invalid</c>.</exception>
    public void AnswerWith(Actor official, string text, DateTimeOffset now) => Respond(official, ComplaintStatus.Answered, text, now);

    /// <summary>
    /// The responsible agency closes it as outside its scope, saying why (a khiếu nại or tố cáo, another agency's
    /// competence, not about an administrative procedure): a refusal in writing is an answer (Luật Tiếp công dân 2013, Điều 28, khoản 1, điểm c).
    /// </summary>
    /// <exception cref="DomainException"><c>complaint.not_allowed</c>, <c>complaint.already_answered</c>, <c>complaint.invalid</c>.</exception>
    public void CloseOutOfScope(Actor official, string reasons, DateTimeOffset now) => Respond(official, ComplaintStatus.ClosedOutOfScope, reasons, now);

    private void Respond(Actor official, ComplaintStatus outcome, string text, DateTimeOffset now)
    {
        if (MayRespond(official) is { } refusal)
        {
            throw refusal;
        }

        Answer = Checked(text, 1, AnswerMaxLength, outcome == ComplaintStatus.Answered ? "answer" : "reasons");
        Status = outcome;
        AnsweredAt = now.ToUniversalTime();
        AnsweredById = official.UserId;
        AnsweredByName = official.Name;
        Raise(new ComplaintAnswered(Id, TrackingCode, outcome, AnsweredAt.Value));
    }

    private DomainException? MayRespond(Actor actor)
    {
        if (!IsHandledBy(actor))
        {
            return new DomainException("complaint.not_allowed", $"Only a {string.Join(" or ", ComplaintRoles.Answering)} of the responsible agency answers complaint {TrackingCode}.", ErrorKind.Forbidden);
        }

        return Status == ComplaintStatus.Received
            ? null
            : new DomainException("complaint.already_answered", $"Complaint {TrackingCode} was already answered on {AnsweredAt:O}.");
    }
}
