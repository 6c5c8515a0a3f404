using System.Collections.Frozen;

namespace HanoiDvc.Domain.Calendar;

/// <summary>
/// Working-time arithmetic for legal time limits: working days are Monday to Friday except days off, plus make-up working days,
/// each made of the <see cref="WorkingHours"/> sessions in local time. Instants go in and come out as UTC
/// <see cref="DateTimeOffset"/>s; local time is used only inside. Immutable and thread-safe.
/// </summary>
/// <remarks>Arithmetic iterates per day and per session, never per minute. The zone is assumed to have no DST jump inside working hours.</remarks>
public sealed class WorkingCalendar
{
    private readonly FrozenSet<DateOnly> _daysOff;
    private readonly FrozenSet<DateOnly> _makeUpWorkingDays;

    /// <summary>A calendar from working hours, days off and make-up working days, in <paramref name="timeZone"/> (default Asia/Ho_Chi_Minh).</summary>
    /// <exception cref="DomainException">A date is both a day off and a make-up working day.</exception>
    public WorkingCalendar(WorkingHours workingHours, IEnumerable<DayOff> daysOff, IEnumerable<MakeUpWorkingDay> makeUpWorkingDays, TimeZoneInfo? timeZone = null)
    {
        WorkingHours = workingHours;
        TimeZone = timeZone ?? VietnamTimeZone.Instance;
        _daysOff = daysOff.Select(d => d.Date).ToFrozenSet();
        _makeUpWorkingDays = makeUpWorkingDays.Select(d => d.Date).ToFrozenSet();

        var conflicts = _daysOff.Where(_makeUpWorkingDays.Contains).Order().ToArray();
        if (conflicts.Length > 0)
        {
            throw new DomainException("calendar.conflicting_day", $"{conflicts[0]:yyyy-MM-dd} cannot be both a day off and a make-up working day.");
        }
    }

    /// <summary>The cut-off hour for limits "within the day": 15:00.</summary>
    public static TimeOnly DefaultCutOff { get; } = new(15, 0);

    /// <summary>The daily sessions.</summary>
    public WorkingHours WorkingHours { get; }

    /// <summary>The zone the sessions and dates are local to.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>A calendar holding the days of several <see cref="CalendarYear"/>s.</summary>
    /// <exception cref="DomainException">A date is both a day off and a make-up working day.</exception>
    public static WorkingCalendar FromYears(IEnumerable<CalendarYear> years, WorkingHours? workingHours = null, TimeZoneInfo? timeZone = null)
    {
        var list = years.ToArray();
        return new WorkingCalendar(
            workingHours ?? WorkingHours.Default,
            list.SelectMany(y => y.DaysOff),
            list.SelectMany(y => y.MakeUpWorkingDays),
            timeZone);
    }

    /// <summary>Whether offices work on <paramref name="date"/>: a make-up day, or a weekday that is not a day off.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _makeUpWorkingDays.Contains(date)
        || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_daysOff.Contains(date));

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>
    /// When a submission counts as received: the instant itself inside a session (16:59 stays 16:59), otherwise the start
    /// of the next session (12:30 → 13:00 the same day; 17:00, 17:01, a weekend or a holiday → 08:00 of the next working day).
    /// </summary>
    public DateTimeOffset ReceivedAt(DateTimeOffset submitted)
    {
        var (date, time) = ToLocal(submitted);
        if (IsWorkingDay(date))
        {
            foreach (var session in WorkingHours.Sessions)
            {
                var (start, end) = Bounds(session);
                if (time < end)
                {
                    return time >= start ? submitted.ToUniversalTime() : ToInstant(date, start);
                }
            }
        }

        return ToInstant(NextWorkingDay(date), WorkingHours.Opening.ToTimeSpan());
    }

    /// <summary>
    /// The instant <paramref name="duration"/> of working time after <paramref name="start"/>. A result at the very end of a
    /// session stays there: one day from Monday 08:00 is Monday 17:00, one day from Monday 10:00 is Tuesday 10:00.
    /// A zero duration returns <paramref name="start"/>.
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset start, WorkingDuration duration)
    {
        if (duration == WorkingDuration.Zero)
        {
            return start.ToUniversalTime();
        }

        var (date, time) = ToLocal(start);
        var remaining = TimeSpan.FromMinutes(duration.TotalMinutes);
        while (true)
        {
            if (IsWorkingDay(date))
            {
                foreach (var session in WorkingHours.Sessions)
                {
                    var (sessionStart, sessionEnd) = Bounds(session);
                    if (time >= sessionEnd)
                    {
                        continue;
                    }

                    var from = time > sessionStart ? time : sessionStart;
                    var available = sessionEnd - from;
                    if (remaining <= available)
                    {
                        return ToInstant(date, from + remaining);
                    }

                    remaining -= available;
                }
            }

            date = date.AddDays(1);
            time = TimeSpan.Zero;
        }
    }

    /// <summary>
    /// The instant <paramref name="duration"/> of working time before <paramref name="end"/> (the inverse of <see cref="Add"/>).
    /// A result at the very start of a session moves to the end of the session before it: one day before Tuesday 17:00 is
    /// Monday 17:00, not Tuesday 08:00. A zero duration returns <paramref name="end"/>.
    /// </summary>
    public DateTimeOffset Subtract(DateTimeOffset end, WorkingDuration duration)
    {
        if (duration == WorkingDuration.Zero)
        {
            return end.ToUniversalTime();
        }

        var (date, time) = ToLocal(end);
        var remaining = TimeSpan.FromMinutes(duration.TotalMinutes);
        while (true)
        {
            if (IsWorkingDay(date))
            {
                foreach (var session in Enumerable.Reverse(WorkingHours.Sessions))
                {
                    var (sessionStart, sessionEnd) = Bounds(session);
                    if (time <= sessionStart)
                    {
                        continue;
                    }

                    var to = time < sessionEnd ? time : sessionEnd;
                    var available = to - sessionStart;
                    if (remaining < available)
                    {
                        return ToInstant(date, to - remaining);
                    }

                    remaining -= available;
                }
            }

            date = date.AddDays(-1);
            time = TimeSpan.FromDays(1);
        }
    }

    /// <summary>The working time between two instants, in whole minutes (a partial minute is dropped); zero when <paramref name="to"/> ≤ <paramref name="from"/>.</summary>
    public WorkingDuration Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return WorkingDuration.Zero;
        }

        var (firstDate, firstTime) = ToLocal(from);
        var (lastDate, lastTime) = ToLocal(to);
        var total = TimeSpan.Zero;
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            var dayFrom = date == firstDate ? firstTime : TimeSpan.Zero;
            var dayTo = date == lastDate ? lastTime : TimeSpan.FromDays(1);
            foreach (var session in WorkingHours.Sessions)
            {
                var (sessionStart, sessionEnd) = Bounds(session);
                var overlap = Min(sessionEnd, dayTo) - Max(sessionStart, dayFrom);
                if (overlap > TimeSpan.Zero)
                {
                    total += overlap;
                }
            }
        }

        return WorkingDuration.FromMinutes(total.Ticks / TimeSpan.TicksPerMinute);
    }

    /// <summary>The due instant of a limit "within the day" with the 15:00 cut-off (see <see cref="DueWithinTheDay(DateTimeOffset, TimeOnly)"/>).</summary>
    public DateTimeOffset DueWithinTheDay(DateTimeOffset received) => DueWithinTheDay(received, DefaultCutOff);

    /// <summary>
    /// The due instant of a limit "within the day": received (see <see cref="ReceivedAt"/>) before <paramref name="cutOff"/>,
    /// the close of that working day; at or after it, the close of the next working day.
    /// </summary>
    public DateTimeOffset DueWithinTheDay(DateTimeOffset received, TimeOnly cutOff)
    {
        var (date, time) = ToLocal(ReceivedAt(received));
        var dueDate = time < cutOff.ToTimeSpan() ? date : NextWorkingDay(date);
        return ToInstant(dueDate, WorkingHours.Closing.ToTimeSpan());
    }

    /// <summary>
    /// The due instant of a dossier: received instant (see <see cref="ReceivedAt"/>) + <paramref name="limit"/> + the working time
    /// spent in <paramref name="pauses"/> (overlaps counted once; an open pause counts up to <paramref name="now"/>).
    /// </summary>
    public DateTimeOffset Due(DateTimeOffset received, WorkingDuration limit, IEnumerable<ClockPause> pauses, DateTimeOffset now)
    {
        var start = ReceivedAt(received);
        return Add(start, limit + PausedTime(start, pauses, now));
    }

    /// <summary>The working time spent in <paramref name="pauses"/> after <paramref name="received"/>, overlaps counted once; an open pause counts up to <paramref name="now"/>.</summary>
    public WorkingDuration PausedTime(DateTimeOffset received, IEnumerable<ClockPause> pauses, DateTimeOffset now)
    {
        var intervals = pauses
            .Select(p => (From: Max(p.From, received), To: p.To ?? now))
            .Where(p => p.To > p.From)
            .OrderBy(p => p.From);

        var total = WorkingDuration.Zero;
        (DateTimeOffset From, DateTimeOffset To)? current = null;
        foreach (var interval in intervals)
        {
            if (current is { } open && interval.From <= open.To)
            {
                current = (open.From, Max(open.To, interval.To));
                continue;
            }

            if (current is { } done)
            {
                total += Between(done.From, done.To);
            }

            current = interval;
        }

        return current is { } last ? total + Between(last.From, last.To) : total;
    }

    private (DateOnly Date, TimeSpan Time) ToLocal(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;
        return (DateOnly.FromDateTime(local), local.TimeOfDay);
    }

    private DateTimeOffset ToInstant(DateOnly date, TimeSpan timeOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue) + timeOfDay;
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static (TimeSpan Start, TimeSpan End) Bounds(WorkingSession session) => (session.Start.ToTimeSpan(), session.End.ToTimeSpan());

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
