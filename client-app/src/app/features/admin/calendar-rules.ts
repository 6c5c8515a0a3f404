import type {
  CalendarYearDto,
  DayOffDto,
  DayOffKind,
  MakeUpWorkingDayDto,
  ScheduleStatus,
} from './admin.api';

export const DAY_OFF_KINDS: readonly DayOffKind[] = ['Holiday', 'Compensatory', 'Swapped'];

/** What the editor checks before saving; the API's domain rules say the same (CalendarYear.Validate). */
export type ScheduleProblem =
  | 'sourcesRequired'
  | 'nameRequired'
  | 'dateRequired'
  | 'outsideYear'
  | 'duplicate'
  | 'weekendNotHoliday'
  | 'makeUpOnWeekday'
  | 'makeUpTooFar'
  | 'makeUpBothOffAndWorked'
  | 'replacesNotSwapped';

/** A problem and the list (or part) of the schedule it is about. */
export interface ScheduleIssue {
  readonly where: 'sources' | 'daysOff' | 'makeUpWorkingDays';
  readonly problem: ScheduleProblem;
  /** The date concerned, if any (yyyy-MM-dd). */
  readonly date: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `date` (yyyy-MM-dd) is a Saturday or a Sunday. */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The days in date order, one per date: adding a day on a listed date replaces it. */
export function withDay<T extends { readonly date: string }>(days: readonly T[], day: T): T[] {
  return [...days.filter((d) => d.date !== day.date), day].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

export function withoutDay<T extends { readonly date: string }>(
  days: readonly T[],
  date: string,
): T[] {
  return days.filter((d) => d.date !== date);
}

/** A new day off, checked on its own against the year (the whole schedule is checked again on save). */
export function checkDayOff(year: number, day: DayOffDto): ScheduleProblem | null {
  if (!ISO_DATE.test(day.date)) return 'dateRequired';
  if (!day.name.trim()) return 'nameRequired';
  if (yearOf(day.date) !== year) return 'outsideYear';
  if (day.kind !== 'Holiday' && isWeekend(day.date)) return 'weekendNotHoliday';
  return null;
}

/** A new make-up working day: a Saturday or Sunday of this year or the end of the previous one. */
export function checkMakeUpDay(year: number, day: MakeUpWorkingDayDto): ScheduleProblem | null {
  if (!ISO_DATE.test(day.date)) return 'dateRequired';
  if (!day.name.trim()) return 'nameRequired';
  if (yearOf(day.date) !== year && yearOf(day.date) !== year - 1) return 'makeUpTooFar';
  if (!isWeekend(day.date)) return 'makeUpOnWeekday';
  return null;
}

/** Every rule the API applies to a whole schedule, as issues (empty when it can be saved). */
export function checkSchedule(schedule: CalendarYearDto): readonly ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  if (schedule.status === 'Official' && !schedule.sources.some((s) => s.trim())) {
    issues.push({ where: 'sources', problem: 'sourcesRequired', date: null });
  }
  const off = new Set<string>();
  for (const day of schedule.daysOff) {
    const problem = off.has(day.date) ? 'duplicate' : checkDayOff(schedule.year, day);
    if (problem) issues.push({ where: 'daysOff', problem, date: day.date });
    off.add(day.date);
  }
  const swapped = new Set(schedule.daysOff.filter((d) => d.kind === 'Swapped').map((d) => d.date));
  const worked = new Set<string>();
  for (const day of schedule.makeUpWorkingDays) {
    const problem = worked.has(day.date)
      ? 'duplicate'
      : off.has(day.date)
        ? 'makeUpBothOffAndWorked'
        : (checkMakeUpDay(schedule.year, day) ??
          (day.replacesDate && !swapped.has(day.replacesDate) ? 'replacesNotSwapped' : null));
    if (problem) issues.push({ where: 'makeUpWorkingDays', problem, date: day.date });
    worked.add(day.date);
  }
  return issues;
}

/** The schedule as the editor holds it: sources one per line in a text area. */
export function sourcesFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** An empty schedule for a year that has none yet. */
export function emptySchedule(year: number, status: ScheduleStatus = 'Proposed'): CalendarYearDto {
  return { year, status, sources: [], daysOff: [], makeUpWorkingDays: [] };
}
