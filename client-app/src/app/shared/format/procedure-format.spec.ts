import { describe, expect, it } from 'vitest';

import { formatTimeLimit, formatVnd } from './procedure-format';

describe('formatTimeLimit', () => {
  it('says working days in both languages', () => {
    const limit = { kind: 'WorkingDays' as const, days: 5, cutOff: null, extraDays: 0 };

    expect(formatTimeLimit(limit, 'vi')).toBe('5 ngày làm việc');
    expect(formatTimeLimit(limit, 'en')).toBe('5 working days');
  });

  it('says "within the day" with its cut-off and the extra days', () => {
    const limit = { kind: 'WithinDay' as const, days: 0, cutOff: '15:00:00', extraDays: 2 };

    expect(formatTimeLimit(limit, 'vi')).toBe(
      'Trong ngày (nhận trước 15:00); tối đa thêm 2 ngày làm việc với yêu cầu lớn',
    );
    expect(formatTimeLimit(limit, 'en')).toBe(
      'Within the day (if received before 15:00); up to 2 more working days for large requests',
    );
  });

  it('writes half days with a Vietnamese decimal comma', () => {
    expect(
      formatTimeLimit({ kind: 'WorkingDays', days: 0.5, cutOff: null, extraDays: 0 }, 'vi'),
    ).toBe('0,5 ngày làm việc');
  });
});

describe('formatVnd', () => {
  it('groups thousands the Vietnamese way', () => {
    expect(formatVnd(50000, 'vi').replace(/\s/g, ' ')).toBe('50.000 ₫');
    expect(formatVnd(1250000, 'en')).toContain('1,250,000');
  });
});
