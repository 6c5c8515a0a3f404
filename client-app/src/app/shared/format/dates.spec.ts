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

  it('adds the time for an instant when asked', () => {
    expect(formatDate(new Date(2026, 2, 2, 8, 5), 'vi', 'dateTime')).toContain('08:05');
  });
});
