using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>
    /// How long before the due instant the apology must be sent at the latest: one working day
    /// (Nghị định 61/2018/NĐ-CP, Điều 19 as amended by Nghị định 107/2021/NĐ-CP: "chậm nhất 01 ngày trước ngày hết hạn").
    /// </summary>
    public static readonly WorkingDuration ApologyNotice = WorkingDuration.FromDays(1);

    /// <summary>The time limit in working time: days × 8 hours, "within the day" as one day.</summary>
    public WorkingDuration LimitDuration => WorkingDuration.FromMinutes((long)decimal.Round(TimeLimit.WorkingHours * 60));

    /// <summary>The extension applied at reception in working time (0 when none).</summary>
    private WorkingDuration ExtensionDuration => Extension is { } extension
        ? WorkingDuration.FromMinutes((long)decimal.Round(extension.Days * 8 * 60))
        : WorkingDuration.Zero;

    /// <summary>
    /// The agencies that may be responsible for a delay: the deciding agency and every agency the dossier was forwarded to
    /// in its processing steps (Nghị định 61/2018/NĐ-CP, Điều 19: the agency whose handling made the dossier late apologises).
    /// </summary>
    public IReadOnlyList<Guid> ApologyAgencies =>
        [DecidingAgencyId, .. _steps.Where(s => s.Action == DossierAction.Forward).Select(s => s.ToAgencyId).Where(a => a != DecidingAgencyId).Distinct()];

    /// <summary>
    /// The last instant an apology may still be issued: one working day before the due instant (Nghị định 61/2018/NĐ-CP,
    /// Điều 19, as amended by Nghị định 107/2021/NĐ-CP); null when none may be issued any more (not received, closed,
    /// resolved, or one was already issued).
    /// </summary>
    public DateTimeOffset? ApologyDueBy(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return DueAt is { } due && Apology is null && DossierLifecycle.Allows(Status, DossierAction.IssueApology)
            ? calendar.Subtract(due, ApologyNotice)
            : null;
    }

    /// <summary>
    /// The agency responsible for the delay apologises with a new appointment ("Phiếu xin lỗi và hẹn lại ngày trả kết quả",
    /// form 04 of Thông tư 01/2018/TT-VPCP; Nghị định 61/2018/NĐ-CP, Điều 19 as amended by Nghị định 107/2021/NĐ-CP):
    /// <list type="bullet">
    /// <item>signed by a Leader of <paramref name="responsibleAgencyId"/> (default: the agency holding the dossier), which must
    /// be the deciding agency or one the dossier was forwarded to; the Leader issues it, or the desk (a Receptionist of the
    /// receiving agency or of the agency holding it) prepares it on the Leader's behalf (<paramref name="signer"/>, with the title printed above the name);</item>
    /// <item>open and received dossiers only, at the latest one working day before the due instant (<c>dossier.apology_too_late</c>);</item>
    /// <item>the new appointment is set once (<c>dossier.apology_already_issued</c>) and is later than the original one.</item>
    /// </list>
    /// The due instant stays: lateness is still judged against the original appointment.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.reason_required</c>,
    /// <c>dossier.signer_required</c>, <c>dossier.invalid_apology_agency</c>, <c>dossier.invalid_appointment</c>,
    /// <c>dossier.apology_too_late</c>, <c>dossier.apology_already_issued</c>.</exception>
    public void IssueApology(
        Actor actor, DateTimeOffset now, WorkingCalendar calendar, DateTimeOffset newAppointmentAt, string reason,
        ApologySigner? signer = null, Guid? responsibleAgencyId = null)
    {
        EnsureMayIssueApology(actor, now, calendar);
        var agency = responsibleAgencyId ?? DefaultApologyAgency(actor);
        if (!ApologyAgencies.Contains(agency))
        {
            throw new DomainException("dossier.invalid_apology_agency", $"Agency {agency} never held dossier {Reference} in its processing: only the deciding agency or one it was forwarded to apologises.");
        }

        var (leader, title, preparedBy) = ApologySignature(actor, agency, signer);
        var why = RequireReason(reason, DossierAction.IssueApology);
        var original = AppointmentAt!.Value;

        if (newAppointmentAt <= original)
        {
            throw new DomainException("dossier.invalid_appointment", $"The new appointment ({newAppointmentAt:O}) must be later than the current one ({original:O}).");
        }

        var at = now.ToUniversalTime();
        var appointment = newAppointmentAt.ToUniversalTime();
        ApologyIssued = true;
        AppointmentAt = appointment;
        Apology = new DossierApology(agency, leader.UserId, leader.Name.Trim(), title, preparedBy?.UserId, preparedBy?.Name.Trim(), at, original, appointment, why);
        // The apology and its reason go to the applicant (Nghị định 61/2018/NĐ-CP, Điều 19; form 04 of Thông tư 01/2018/TT-VPCP).
        Move(DossierAction.IssueApology, actor, at, Status, why, AppointmentAt, audience: CommentAudience.Applicant);
        Raise(new ApologyIssued(Id, TrackingNumber!, Code!.Value, ApplicantId, original, AppointmentAt.Value, why, at, agency, leader.Name.Trim()));
    }

    /// <summary>
    /// The agency an apology speaks for when none is named: the agency holding the dossier, unless the actor is a Leader of
    /// another agency responsible for the delay (the deciding agency after a forward), who then speaks for their own.
    /// </summary>
    private Guid DefaultApologyAgency(Actor actor) =>
        actor.Has(DossierRoles.Leader, CurrentAgencyId) ? CurrentAgencyId
        : ApologyAgencies.Where(a => actor.Has(DossierRoles.Leader, a)).Select(a => (Guid?)a).FirstOrDefault() ?? CurrentAgencyId;

    /// <summary>Who signs and who prepared: the Leader of the responsible agency acting, or the desk naming such a Leader.</summary>
    private (Actor Leader, string Title, Actor? PreparedBy) ApologySignature(Actor actor, Guid agency, ApologySigner? signer)
    {
        if (actor.Has(DossierRoles.Leader, agency) && (signer is null || signer.Leader.UserId == actor.UserId))
        {
            return (actor, RequireTitle(signer?.Title), null);
        }

        if (!IsDesk(actor))
        {
            throw NotAllowed(actor, DossierAction.IssueApology, "only a Leader of the agency responsible for the delay, or the desk on such a Leader's behalf, may");
        }

        if (signer is null)
        {
            throw new DomainException("dossier.signer_required", $"The desk prepares the apology for dossier {Reference} on behalf of a Leader of the responsible agency: name the signer.");
        }

        if (!signer.Leader.Has(DossierRoles.Leader, agency))
        {
            throw new DomainException("dossier.signer_required", $"{signer.Leader.Name} is not a Leader of the agency responsible for the delay of dossier {Reference}.");
        }

        return (signer.Leader, RequireTitle(signer.Title), actor);
    }

    private string RequireTitle(string? title) =>
        string.IsNullOrWhiteSpace(title)
            ? throw new DomainException("dossier.signer_required", $"The apology for dossier {Reference} needs the signer's title as it is printed (e.g. GIÁM ĐỐC).")
            : title.Trim();

    /// <summary>
    /// Recomputes the due instant of an open, received dossier after the calendar changed (a holiday declared or moved),
    /// and the appointment with it unless an apology set one. Not a transition: no step, no event. False when nothing changed.
    /// </summary>
    public bool RecomputeDueAt(WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (ReceivedAt is null || ResolvedAt is not null || DossierLifecycle.Closed.Contains(Status))
        {
            return false;
        }

        var due = ComputeDue(calendar, now.ToUniversalTime());
        if (due == DueAt)
        {
            return false;
        }

        DueAt = due;
        AppointmentAt = ApologyIssued ? AppointmentAt : due;
        return true;
    }

    /// <summary>
    /// The outcome of resolving the dossier at <paramref name="resolvedAt"/>, read as: <b>Late</b> when after the due instant;
    /// otherwise <b>Early</b> when on a local date before the due instant's local date, and <b>OnTime</b> on the due date itself
    /// (not after the due instant). The original due instant, not the appointment, is the yardstick: an apology moves the
    /// appointment but neither makes the dossier late nor excuses it (DOMAIN: lateness is when the result is ready against
    /// the original appointment). Neither does a second supplement request: Nghị định 61/2018/NĐ-CP and Thông tư
    /// 01/2018/TT-VPCP ask for one request listing everything but attach no lateness to another.
    /// </summary>
    /// <exception cref="InvalidOperationException">The dossier has not been received.</exception>
    public DossierOutcome OutcomeAt(DateTimeOffset resolvedAt, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var due = DueAt ?? throw new InvalidOperationException($"Dossier {Reference} has no due date before reception.");
        if (resolvedAt > due)
        {
            return DossierOutcome.Late;
        }

        return LocalDate(resolvedAt, timeZone) < LocalDate(due, timeZone) ? DossierOutcome.Early : DossierOutcome.OnTime;
    }

    private void Resolve(DateTimeOffset at, WorkingCalendar calendar)
    {
        ResolvedAt = at;
        Outcome = OutcomeAt(at, calendar.TimeZone);
    }

    private DateTimeOffset ComputeDue(WorkingCalendar calendar, DateTimeOffset now)
    {
        var received = ReceivedAt!.Value;
        if (TimeLimit.Kind != TimeLimitKind.WithinDay)
        {
            return calendar.Due(received, LimitDuration + ExtensionDuration, _pauses, now);
        }

        var dueWithinTheDay = calendar.DueWithinTheDay(received, TimeLimit.CutOff ?? WorkingCalendar.DefaultCutOff);
        return calendar.Add(dueWithinTheDay, ExtensionDuration + calendar.PausedTime(received, _pauses, now));
    }

    private DateTimeOffset SpecialistDeadline(WorkingCalendar calendar, DateTimeOffset at)
    {
        var share = WorkingDuration.FromMinutes((long)decimal.Floor(SpecialistShare * LimitDuration.TotalMinutes));
        var deadline = calendar.Add(at, share);
        return deadline < DueAt!.Value ? deadline : DueAt.Value;
    }

    /// <summary>Ends the open pause at <paramref name="at"/>; once received, moves the due instant and the appointment by the paused working time.</summary>
    private void ResumeClock(DateTimeOffset at, WorkingCalendar calendar)
    {
        var pause = EndOpenPause(at);
        if (ReceivedAt is not { } received || pause is null)
        {
            return;
        }

        DueAt = ComputeDue(calendar, at);
        AppointmentAt = ApologyIssued
            ? calendar.Add(AppointmentAt!.Value, calendar.PausedTime(received, [pause.Value], at))
            : DueAt;
    }

    /// <summary>Ends the wait for a supplement, if any: closes the open pause at <paramref name="at"/> and forgets the paused status.</summary>
    private ClockPause? EndOpenPause(DateTimeOffset at)
    {
        StatusBeforeSupplement = null;
        var index = _pauses.FindLastIndex(p => p.IsOpen);
        if (index < 0)
        {
            return null;
        }

        _pauses[index] = new ClockPause(_pauses[index].From, at);
        return _pauses[index];
    }

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);
}
