using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    private static readonly WorkingDuration ApologyWindow = WorkingDuration.FromDays(1);

    /// <summary>The time limit in working time: days × 8 hours, "within the day" as one day.</summary>
    public WorkingDuration LimitDuration => WorkingDuration.FromMinutes((long)decimal.Round(TimeLimit.WorkingHours * 60));

    /// <summary>
    /// The receptionist or a leader apologises for a dossier that is late or will be (form 04): open and received, past its
    /// appointment or within one working day of it. Sets a later appointment; the dossier counts as late from now on.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.reason_required</c>, <c>dossier.invalid_appointment</c>, <c>dossier.apology_not_due</c>.</exception>
    public void IssueApology(Actor actor, DateTimeOffset now, WorkingCalendar calendar, DateTimeOffset newAppointmentAt, string reason)
    {
        EnsureState(DossierAction.IssueApology);
        EnsureReceived(DossierAction.IssueApology);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!IsDesk(actor) && !actor.Has(DossierRoles.Leader, CurrentAgencyId))
        {
            throw NotAllowed(actor, DossierAction.IssueApology, "only a Receptionist or a Leader of the agency holding it may");
        }

        var why = RequireReason(reason, DossierAction.IssueApology);
        var previous = AppointmentAt!.Value;
        if (newAppointmentAt <= previous)
        {
            throw new DomainException("dossier.invalid_appointment", $"The new appointment ({newAppointmentAt:O}) must be later than the current one ({previous:O}).");
        }

        if (calendar.Between(now, previous) > ApologyWindow)
        {
            throw new DomainException("dossier.apology_not_due", $"Dossier {Reference} is more than one working day before its appointment ({previous:O}): no apology is due yet.");
        }

        var at = now.ToUniversalTime();
        ApologyIssued = true;
        AppointmentAt = newAppointmentAt.ToUniversalTime();
        // The apology letter and its reason go to the applicant (Nghị định 61/2018/NĐ-CP, Điều 18 khoản 3, form 04).
        Move(DossierAction.IssueApology, actor, at, Status, why, AppointmentAt, audience: CommentAudience.Applicant);
        Raise(new ApologyIssued(Id, TrackingNumber!, Code!.Value, ApplicantId, previous, AppointmentAt.Value, why, at));
    }

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
    /// The outcome of resolving the dossier at <paramref name="resolvedAt"/>, read as: <b>Late</b> when after the due instant,
    /// or once an apology was issued, or after more than one supplement request; otherwise <b>Early</b> when on a local
    /// date before the due instant's local date, and <b>OnTime</b> on the due date itself (not after the due instant).
    /// The due instant, not the appointment, is the yardstick: an apology moves the appointment but the dossier stays late.
    /// </summary>
    /// <exception cref="InvalidOperationException">The dossier has not been received.</exception>
    public DossierOutcome OutcomeAt(DateTimeOffset resolvedAt, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var due = DueAt ?? throw new InvalidOperationException($"Dossier {Reference} has no due date before reception.");
        if (resolvedAt > due || ApologyIssued || SupplementRequests > 1)
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
            return calendar.Due(received, LimitDuration, _pauses, now);
        }

        var dueWithinTheDay = calendar.DueWithinTheDay(received, TimeLimit.CutOff ?? WorkingCalendar.DefaultCutOff);
        return calendar.Add(dueWithinTheDay, calendar.PausedTime(received, _pauses, now));
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
