import { describe, expect, it } from 'vitest';

import type { CalendarYearDto } from './admin.api';
import {
  checkDayOff,
  checkMakeUpDay,
  checkSchedule,
  isWeekend,
  sourcesFromText,
  withDay,
  withoutDay,
} from './calendar-rules';

const schedule = (changes: Partial<CalendarYearDto> = {}): CalendarYearDto => ({
  year: 2026,
  status: 'Official',
  sources: ['Thông báo 6150/TB-BLĐTBXH'],
  daysOff: [],
  makeUpWorkingDays: [],
  ...changes,
});

describe('calendar rules', () => {
  it('knows weekends', () => {
    expect(isWeekend('2026-11-28')).toBe(true); // Saturday
    expect(isWeekend('2026-11-29')).toBe(true);
    expect(isWeekend('2026-11-25')).toBe(false);
  });

  it('keeps one day per date, in date order', () => {
    const days = withDay(
      withDay([{ date: '2026-09-02', name: 'Quốc khánh', kind: 'Holiday' as const }], {
        date: '2026-04-30',
        name: 'Giải phóng',
        kind: 'Holiday' as const,
      }),
      { date: '2026-09-02', name: 'Quốc khánh (2)', kind: 'Holiday' as const },
    );
    expect(days.map((d) => `${d.date} ${d.name}`)).toEqual([
      '2026-04-30 Giải phóng',
      '2026-09-02 Quốc khánh (2)',
    ]);
    expect(withoutDay(days, '2026-04-30')).toHaveLength(1);
  });

  it('checks a new day off: named, in the year, only holidays on a weekend', () => {
    expect(checkDayOff(2026, { date: '', name: 'x', kind: 'Holiday' })).toBe('dateRequired');
    expect(checkDayOff(2026, { date: '2026-11-25', name: ' ', kind: 'Holiday' })).toBe(
      'nameRequired',
    );
    expect(checkDayOff(2026, { date: '2027-01-01', name: 'x', kind: 'Holiday' })).toBe(
      'outsideYear',
    );
    expect(checkDayOff(2026, { date: '2026-11-28', name: 'x', kind: 'Compensatory' })).toBe(
      'weekendNotHoliday',
    );
    expect(checkDayOff(2026, { date: '2026-11-28', name: 'x', kind: 'Holiday' })).toBeNull();
  });

  it('checks a make-up working day: a weekend day of this year or the end of the last', () => {
    const day = (date: string) => ({ date, name: 'Làm bù', replacesDate: null });
    expect(checkMakeUpDay(2026, day('2026-11-25'))).toBe('makeUpOnWeekday');
    expect(checkMakeUpDay(2026, day('2024-12-28'))).toBe('makeUpTooFar');
    expect(checkMakeUpDay(2026, day('2025-12-27'))).toBeNull();
  });

  it('checks the whole schedule as the API does', () => {
    expect(checkSchedule(schedule())).toEqual([]);
    expect(checkSchedule(schedule({ sources: [' '] }))[0].problem).toBe('sourcesRequired');
    expect(checkSchedule(schedule({ status: 'Proposed', sources: [] }))).toEqual([]);
    const issues = checkSchedule(
      schedule({
        daysOff: [
          { date: '2026-02-16', name: 'Tết', kind: 'Holiday' },
          { date: '2026-02-16', name: 'Tết', kind: 'Holiday' },
          { date: '2026-01-02', name: 'Hoán đổi', kind: 'Swapped' },
        ],
        makeUpWorkingDays: [
          { date: '2026-02-16', name: 'x', replacesDate: null },
          { date: '2026-01-10', name: 'x', replacesDate: '2026-01-03' },
          { date: '2026-01-17', name: 'x', replacesDate: '2026-01-02' },
        ],
      }),
    );
    expect(issues.map((i) => `${i.where} ${i.date} ${i.problem}`)).toEqual([
      'daysOff 2026-02-16 duplicate',
      'makeUpWorkingDays 2026-02-16 makeUpBothOffAndWorked',
      'makeUpWorkingDays 2026-01-10 replacesNotSwapped',
    ]);
  });

  it('reads sources one per line', () => {
    expect(sourcesFromText(' A \n\n B\n')).toEqual(['A', 'B']);
  });
});
