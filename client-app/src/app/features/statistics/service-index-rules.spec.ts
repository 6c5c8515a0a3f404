import { describe, expect, it } from 'vitest';

import type { ServiceIndexIndicatorDto } from '../../core/api/statistics.api';
import { indexPeriodOf, worstFirst } from './statistics-rules';

function indicator(
  code: string,
  points: number | null,
  maxPoints: number,
): ServiceIndexIndicatorDto {
  return { code, points, maxPoints, measured: points != null } as ServiceIndexIndicatorDto;
}

describe('indexPeriodOf', () => {
  it('takes the month, quarter or year of the first day', () => {
    expect(indexPeriodOf('month', '2025-03-01')).toEqual({ kind: 'Month', year: 2025, number: 3 });
    expect(indexPeriodOf('quarter', '2025-04-01')).toEqual({
      kind: 'Quarter',
      year: 2025,
      number: 2,
    });
    expect(indexPeriodOf('quarter', '2025-12-01')).toEqual({
      kind: 'Quarter',
      year: 2025,
      number: 4,
    });
    expect(indexPeriodOf('year', '2025-01-01')).toEqual({ kind: 'Year', year: 2025, number: 1 });
  });

  it('shows the year a custom period starts in', () => {
    expect(indexPeriodOf('custom', '2024-11-15')).toEqual({ kind: 'Year', year: 2024, number: 1 });
  });
});

describe('worstFirst', () => {
  it('sorts by points over the maximum, lowest first, and puts what is not measured last', () => {
    const sorted = worstFirst([
      indicator('TD1', 18, 20), // 0.9
      indicator('CK1', null, 4.67),
      indicator('DV3', 1, 4), // 0.25
      indicator('HL3', 3, 6), // 0.5
      indicator('SH1', 0, 7.33), // 0
    ]);
    expect(sorted.map((i) => i.code)).toEqual(['SH1', 'DV3', 'HL3', 'TD1', 'CK1']);
  });
});
