using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>
    /// The desk of the receiving agency receives the dossier (Submitted → Received): it takes <paramref name="code"/>
    /// (whose date must be today's local date), starts the clock (outside working hours, at the next working period),
    /// computes the due instant, sets the appointment to it, and hands the dossier to the deciding agency.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.payment_required</c> (fees due online before reception, unpaid), <c>dossier.code_mismatch</c>.</exception>
    public void Receive(Actor actor, DateTimeOffset now, WorkingCalendar calendar, DossierCode code, string? note = null)
    {
        EnsureState(DossierAction.Receive);
        EnsureOfficial(actor, DossierAction.Receive, ReceivingAgencyId, DossierRoles.Receptionist);
        EnsurePaid(Procedures.PaymentDue.BeforeReception, DossierAction.Receive);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(code);
        var today = LocalDate(now, calendar.TimeZone);
        if (code.ReceptionDate != today)
        {
            throw new DomainException("dossier.code_mismatch", $"The code {code} is dated {code.ReceptionDate:yyyy-MM-dd}, but the dossier is received on {today:yyyy-MM-dd}.");
        }

        var at = now.ToUniversalTime();
        Code = code;
        ReceivedAt = calendar.ReceivedAt(at);
        DueAt = ComputeDue(calendar, at);
        AppointmentAt = DueAt;
        var receivingAgency = CurrentAgencyId;
        CurrentAgencyId = DecidingAgencyId;
        Move(DossierAction.Receive, actor, at, DossierStatus.Received, note, DueAt, receivingAgency);
        Raise(new DossierReceived(Id, TrackingNumber!, code.Value, ApplicantId, ReceivedAt.Value, AppointmentAt.Value, at));
    }

    /// <summary>The desk refuses to receive the dossier, with reasons (form 03): Submitted → NotReceived.</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.reason_required</c>.</exception>
    public void RejectAtReception(Actor actor, DateTimeOffset now, string reasons)
    {
        EnsureState(DossierAction.RejectAtReception);
        EnsureOfficial(actor, DossierAction.RejectAtReception, ReceivingAgencyId, DossierRoles.Receptionist);
        var why = RequireReason(reasons, DossierAction.RejectAtReception);
        var at = now.ToUniversalTime();
        ClosedAt = at;
        SettlePaymentOnClose(DossierAction.RejectAtReception, at, why);
        Move(DossierAction.RejectAtReception, actor, at, DossierStatus.NotReceived, why);
        Raise(new DossierRejected(Id, TrackingNumber!, ApplicantId, why, at));
    }

    /// <summary>
    /// Asks the applicant for everything missing (form 02) and pauses the clock from <paramref name="now"/>. At reception
    /// (Submitted) the receiving desk asks; after reception (Received, InProcessing) a specialist of the agency holding it.
    /// One request per phase: a second one at reception, or a second one after reception, is refused; a request after
    /// reception that follows one at reception is allowed but makes the dossier late.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.reason_required</c>, <c>dossier.supplement_already_requested</c>.</exception>
    public void RequestSupplement(Actor actor, DateTimeOffset now, IReadOnlyList<string> missing)
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

        var items = (missing ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToArray();
        if (items.Length == 0)
        {
            throw new DomainException("dossier.reason_required", $"A supplement request for dossier {Reference} lists everything missing; the list is empty.");
        }

        if (_steps.Any(s => s.Action == DossierAction.RequestSupplement && (s.FromStatus == DossierStatus.Submitted) == atReception))
        {
            throw new DomainException("dossier.supplement_already_requested", $"A supplement was already requested for dossier {Reference} {(atReception ? "at reception" : "during processing")}: one request must list everything missing.");
        }

        var at = now.ToUniversalTime();
        _pauses.Add(new ClockPause(at, null));
        SupplementRequests++;
        StatusBeforeSupplement = Status;
        Move(DossierAction.RequestSupplement, actor, at, DossierStatus.SupplementRequested, string.Join('\n', items));
        Raise(new SupplementRequested(Id, TrackingNumber!, Code?.Value, ApplicantId, items, at));
    }

    /// <summary>
    /// The desk hands over the result (Resolved or Refused → ResultReturned) through <paramref name="channel"/>. Online is
    /// only for procedure versions that deliver results online (<paramref name="onlineResult"/>; null: as <paramref name="serviceLevel"/>
    /// said before that setting existed, level 4) and, once approved,
    /// needs the electronic result, which is then released to the applicant (see <see cref="IssueResult"/>). Fees due
    /// online before the result must be paid first.
    /// </summary>
    /// <remarks>For a level-4 online release, the application acts with the agency's desk account.</remarks>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.payment_required</c>, <c>dossier.invalid_channel</c>, <c>dossier.online_result_not_offered</c>, <c>dossier.result_missing</c>.</exception>
    public void ReturnResult(Actor actor, DateTimeOffset now, Channel channel, ServiceLevel serviceLevel, string? comment = null, bool? onlineResult = null)
    {
        EnsureState(DossierAction.ReturnResult);
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsDesk(actor))
        {
            throw NotAllowed(actor, DossierAction.ReturnResult, "only a Receptionist of the receiving agency or of the agency holding it may");
        }

        EnsurePaid(Procedures.PaymentDue.BeforeResult, DossierAction.ReturnResult);

        if (!Enum.IsDefined(channel))
        {
            throw new DomainException("dossier.invalid_channel", $"Unknown channel {channel}.");
        }

        var at = now.ToUniversalTime();
        ReleaseResultOnReturn(channel, serviceLevel, onlineResult, at);
        ReturnedAt = at;
        ReturnChannel = channel;
        Move(DossierAction.ReturnResult, actor, at, DossierStatus.ResultReturned, comment);
        Raise(new ResultReturned(Id, TrackingNumber!, Code!.Value, ApplicantId, channel, at));
    }
}
