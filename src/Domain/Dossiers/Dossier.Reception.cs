using HanoiDvc.Domain.Calendar;
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
    /// <remarks>
    /// <paramref name="extension"/>: the desk records that the procedure's extension applies (e.g. a large copy request), with
    /// its reason; the due instant includes it. Refused (<c>dossier.extension_not_allowed</c>) when the procedure has none
    /// or more days are asked than it allows.
    /// <paramref name="receivedPapers"/>: what the desk checked and recorded as handed in (Mẫu số 01, Thông tư 01/2018/TT-VPCP); optional.
    /// </remarks>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.payment_required</c> (fees due online before reception, unpaid), <c>dossier.code_mismatch</c>, <c>dossier.extension_not_allowed</c>, <c>dossier.reason_required</c>, <c>dossier.invalid_papers</c>.</exception>
    public void Receive(Actor actor, DateTimeOffset now, WorkingCalendar calendar, DossierCode code, string? note = null, CommentAudience? noteAudience = null, TimeLimitExtension? extension = null, IReadOnlyList<ReceivedPaper>? receivedPapers = null)
    {
        EnsureMayReceive(actor);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(code);
        var today = LocalDate(now, calendar.TimeZone);
        if (code.ReceptionDate != today)
        {
            throw new DomainException("dossier.code_mismatch", $"The code {code} is dated {code.ReceptionDate:yyyy-MM-dd}, but the dossier is received on {today:yyyy-MM-dd}.");
        }

        var applied = CheckExtension(extension);
        var papers = CheckPapers(receivedPapers);
        var at = now.ToUniversalTime();
        Code = code;
        Extension = applied;
        if (papers.Count > 0)
        {
            _receivedPapers = papers;
        }
        ReceivedAt = calendar.ReceivedAt(at);
        DueAt = ComputeDue(calendar, at);
        AppointmentAt = DueAt;
        var receivingAgency = CurrentAgencyId;
        CurrentAgencyId = DecidingAgencyId;
        Move(DossierAction.Receive, actor, at, DossierStatus.Received, note, DueAt, receivingAgency, noteAudience);
        Raise(new DossierReceived(Id, TrackingNumber!, code.Value, ApplicantId, ReceivedAt.Value, AppointmentAt.Value, at));
    }

    /// <summary>
    /// The instant the desk received the dossier (its reception step; null before, or when the steps are not loaded) — what
    /// the receipt and the public lookup call "received". <see cref="ReceivedAt"/> is when the legal clock starts: after
    /// hours it is the next working period, so it can fall after a result returned the same evening.
    /// </summary>
    public DateTimeOffset? ReceptionRecordedAt => ReceptionRecordedIn(_steps);

    /// <summary>The instant of the reception step among a dossier's <paramref name="steps"/> (see <see cref="ReceptionRecordedAt"/>), for a read that loads the steps alone.</summary>
    public static DateTimeOffset? ReceptionRecordedIn(IEnumerable<ProcessingStep> steps) => steps.FirstOrDefault(s => s.Action == DossierAction.Receive)?.At;

    /// <summary>The extension asked at reception, bounded by the procedure's extra days (the procedure's published time limit).</summary>
    private TimeLimitExtension? CheckExtension(TimeLimitExtension? extension)
    {
        if (extension is null)
        {
            return null;
        }

        if (TimeLimit.ExtraDays <= 0)
        {
            throw new DomainException("dossier.extension_not_allowed", $"The time limit of dossier {Reference}'s procedure has no extension.");
        }

        if (extension.Days <= 0 || extension.Days > TimeLimit.ExtraDays)
        {
            throw new DomainException("dossier.extension_not_allowed", $"The extension of dossier {Reference} is more than 0 and at most {TimeLimit.ExtraDays} working days; {extension.Days} were asked.");
        }

        var why = RequireReason(extension.Reason, DossierAction.Receive);
        return new TimeLimitExtension(extension.Days, why);
    }

    /// <summary>The desk refuses to receive the dossier, with reasons (form 03): Submitted → NotReceived.</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.reason_required</c>.</exception>
    public void RejectAtReception(Actor actor, DateTimeOffset now, string reasons)
    {
        EnsureMayRejectAtReception(actor);
        var why = RequireReason(reasons, DossierAction.RejectAtReception);
        var at = now.ToUniversalTime();
        ClosedAt = at;
        SettlePaymentOnClose(DossierAction.RejectAtReception, at, why);
        // The reasons for refusing reception are written to the applicant (Nghị định 61/2018/NĐ-CP, Điều 16 khoản 2, form 03).
        Move(DossierAction.RejectAtReception, actor, at, DossierStatus.NotReceived, why, audience: CommentAudience.Applicant);
        Raise(new DossierRejected(Id, TrackingNumber!, ApplicantId, why, at));
    }

    /// <summary>
    /// Asks the applicant for everything missing (form 02) and pauses the clock from <paramref name="now"/>. At reception
    /// (Submitted) the receiving desk asks; after reception (Received, InProcessing) a specialist of the agency holding it.
    /// One request per phase: a second one at reception, or a second one after reception, is refused; a request after
    /// reception that follows one at reception is allowed and does not by itself make the dossier late (no provision of
    /// Nghị định 61/2018/NĐ-CP or Thông tư 01/2018/TT-VPCP attaches lateness to it).
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.reason_required</c>, <c>dossier.supplement_already_requested</c>.</exception>
    public void RequestSupplement(Actor actor, DateTimeOffset now, IReadOnlyList<string> missing) =>
        RequestSupplement(actor, now, (missing ?? []).Select(m => (m, (string?)null)).ToList());

    /// <summary>
    /// As <see cref="RequestSupplement(Actor, DateTimeOffset, IReadOnlyList{string})"/>, each item with its own reason
    /// (Mẫu số 02, Thông tư 01/2018/TT-VPCP: "Lý do" per paper or content to supplement).
    /// </summary>
    public void RequestSupplement(Actor actor, DateTimeOffset now, IReadOnlyList<(string Document, string? Reason)> missing)
    {
        EnsureMayRequestSupplement(actor);

        var asked = (missing ?? []).Where(m => !string.IsNullOrWhiteSpace(m.Document))
            .Select(m => (Document: m.Document.Trim(), Reason: string.IsNullOrWhiteSpace(m.Reason) ? null : m.Reason.Trim())).ToArray();
        var items = asked.Select(m => m.Document).ToArray();
        if (items.Length == 0)
        {
            throw new DomainException("dossier.reason_required", $"A supplement request for dossier {Reference} lists everything missing; the list is empty.");
        }

        var at = now.ToUniversalTime();
        _pauses.Add(new ClockPause(at, null));
        SupplementRequests++;
        StatusBeforeSupplement = Status;
        // The list of what is missing, with a reason per item, is the request to the applicant (Nghị định 61/2018/NĐ-CP, Điều 16 khoản 2, form 02).
        Move(DossierAction.RequestSupplement, actor, at, DossierStatus.SupplementRequested,
            string.Join('\n', asked.Select(m => m.Reason is null ? m.Document : $"{m.Document}: {m.Reason}")), audience: CommentAudience.Applicant);
        _supplementItems = [.. _supplementItems, .. asked.Select(m => new SupplementItem(_steps[^1].Sequence, m.Document, m.Reason))];
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
    public void ReturnResult(Actor actor, DateTimeOffset now, Channel channel, ServiceLevel serviceLevel, string? comment = null, CommentAudience? commentAudience = null, bool? onlineResult = null)
    {
        EnsureMayReturnResult(actor, channel, serviceLevel, onlineResult);
        var at = now.ToUniversalTime();
        ReleaseResultOnReturn(channel, serviceLevel, onlineResult, at);
        ReturnedAt = at;
        ReturnChannel = channel;
        Move(DossierAction.ReturnResult, actor, at, DossierStatus.ResultReturned, comment, audience: commentAudience);
        Raise(new ResultReturned(Id, TrackingNumber!, Code!.Value, ApplicantId, channel, at));
    }

    private List<ReceivedPaper> CheckPapers(IReadOnlyList<ReceivedPaper>? papers)
    {
        var list = (papers ?? []).ToList();
        var bad = list.FindIndex(p => p is null || string.IsNullOrWhiteSpace(p.Name) || p.Name.Trim().Length > ReceivedPaper.NameMaxLength
            || !Enum.IsDefined(p.Form) || p.Count is < 1 or > 99);
        if (bad >= 0)
        {
            throw new DomainException("dossier.invalid_papers", $"Received paper {bad + 1} of dossier {Reference} needs a name, a form and a count from 1 to 99.");
        }

        return [.. list.Select(p => p with { Name = p.Name.Trim() })];
    }
}
