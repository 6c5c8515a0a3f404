import { describe, expect, it } from 'vitest';

import { formatDate } from './dates';

describe('formatDate', () => {
  it('writes a day day/month/year in Vietnamese and English', () => {
    expect(formatDate('2008-05-01', 'vi')).toBe('01/05/2008');
    expect(formatDate('2008-05-01', 'en')).toBe('01/05/2008');
  });

  it('writes a dash when there is no date', () => {
    expect(formatDate(null, 'vi')).toBe('—');
  });

  it("adds the time for an instant when asked, on Hanoi's clock whatever the browser's zone", () => {
    expect(formatDate('2026-03-02T01:05:00Z', 'vi', 'dateTime')).toContain('08:05');
    expect(formatDate(new Date(Date.UTC(2026, 2, 2, 17, 30)), 'en', 'dateTime')).toContain(
      '03/03/2026',
    );
  });

  it('shows a calendar day as it is, not shifted by a zone', () => {
    expect(formatDate('2026-12-31', 'vi')).toBe('31/12/2026');
  });
});
