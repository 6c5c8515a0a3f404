import { describe, expect, it } from 'vitest';

import { changeLines, checkFilters, filtersOf, queryParamsOf, toAuditQuery } from './audit-filters';

describe('audit filters', () => {
  const query = (values: Record<string, string>) => (name: string) => values[name] ?? null;

  it('reads the URL, dropping malformed dates and pages', () => {
    const filters = filtersOf(
      query({ entityType: ' CalendarYear ', from: '2026-11-01', to: 'tomorrow', page: '-3' }),
    );
    expect(filters).toEqual({
      entityType: 'CalendarYear',
      entityId: '',
      userId: '',
      from: '2026-11-01',
      to: '',
      page: 1,
    });
    expect(queryParamsOf(filters)).toEqual({
      entityType: 'CalendarYear',
      entityId: null,
      userId: null,
      from: '2026-11-01',
      to: null,
      page: null,
    });
  });

  it('checks the user id and the range', () => {
    const base = filtersOf(query({}));
    expect(checkFilters({ ...base, userId: 'sysadmin' })).toEqual({ userId: true });
    expect(checkFilters({ ...base, userId: '0195a3c0-1234-7abc-8def-0123456789ab' })).toEqual({});
    expect(checkFilters({ ...base, from: '2026-11-02', to: '2026-11-01' })).toEqual({
      range: true,
    });
    expect(checkFilters({ ...base, from: '2026-11-02', to: '2026-11-02' })).toEqual({});
  });

  it('asks for Hanoi days, the last one included', () => {
    const filters = { ...filtersOf(query({})), from: '2026-12-31', to: '2026-12-31', page: 2 };
    expect(toAuditQuery(filters)).toEqual({
      entityType: undefined,
      entityId: undefined,
      userId: undefined,
      from: '2026-12-31T00:00:00+07:00',
      to: '2027-01-01T00:00:00+07:00',
      page: 2,
    });
  });

  it('lists the changed columns', () => {
    expect(changeLines({ status: 'Proposed' }, { status: 'Official', year: 2027 })).toEqual([
      'status: "Proposed" → "Official"',
      'year: 2027',
    ]);
    expect(changeLines(null, null)).toEqual([]);
    expect(
      changeLines({ days: [{ d: 1 }, { d: 2 }], n: 1 }, { days: [{ d: 2 }, { d: 3 }], n: 1 }),
    ).toEqual(['days: − {"d":1}', 'days: + {"d":3}', 'n: 1 → 1']);
  });
});
