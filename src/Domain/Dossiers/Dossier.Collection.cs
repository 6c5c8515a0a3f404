using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// A result ready at the desk that the applicant does not come to collect. Reading (Nghị định 61/2018/NĐ-CP, Điều 19 on
/// returning results, as amended by Nghị định 107/2021/NĐ-CP): the result is returned at the one-stop desk on the
/// appointment; no period after which an uncollected result is handled otherwise was found in the text, so the waiting
/// period before the desk may record "not collected" is a setting, never a legal number. The record does not close the
/// dossier: the applicant may still collect it (<see cref="ReturnResult"/>), and the outcome stays the one fixed at resolution.
/// </summary>
public sealed partial class Dossier
{
    /// <summary>When the desk recorded that the applicant did not come for the result; null otherwise (and never before the waiting period).</summary>
    public DateTimeOffset? UncollectedRecordedAt { get; private set; }

    /// <summary>Since when the result (or the written refusal) waits to be returned: its resolution, while it is resolved or refused and not yet returned.</summary>
    public DateTimeOffset? AwaitingCollectionSince => Status is DossierStatus.Resolved or DossierStatus.Refused ? ResolvedAt : null;

    /// <summary>
    /// From when the applicant is expected at the desk: the appointment, or the resolution when that is later (a result
    /// ready late is collectable once ready); null unless the result waits.
    /// </summary>
    public DateTimeOffset? CollectableFrom => AwaitingCollectionSince is { } ready
        ? (AppointmentAt is { } appointment && appointment > ready ? appointment : ready)
        : null;

    /// <summary>
    /// Whether the result is collected at the desk rather than delivered online: everything except a level-4 dossier
    /// submitted online, whose result the desk releases to the applicant's account.
    /// </summary>
    public bool ResultCollectedAtDesk(ServiceLevel serviceLevel) => SubmissionChannel != Channel.Online || serviceLevel != ServiceLevel.Full;

    /// <summary>
    /// A receptionist of the receiving agency (whose desk returns results) records that the applicant has not collected the
    /// result, once <paramref name="waitingPeriod"/> (a setting) has passed since <see cref="CollectableFrom"/>. Written on
    /// the control sheet; the status does not change, so the result can still be returned later. Once only.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.result_not_at_desk</c>, <c>dossier.uncollected_already_recorded</c>, <c>dossier.uncollected_too_early</c>.</exception>
    public void RecordUncollectedResult(Actor actor, DateTimeOffset now, ServiceLevel serviceLevel, TimeSpan waitingPeriod, string? note = null, CommentAudience? noteAudience = null)
    {
        EnsureMayRecordUncollectedResult(actor, now, serviceLevel, waitingPeriod);
        var at = now.ToUniversalTime();

        UncollectedRecordedAt = at;
        Move(DossierAction.RecordUncollectedResult, actor, at, Status, note, audience: noteAudience);
        Raise(new UncollectedResultRecorded(Id, Code!.Value, ApplicantId, ReceivingAgencyId, at));
    }
}
