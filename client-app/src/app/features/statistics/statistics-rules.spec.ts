import { describe, expect, it } from 'vitest';

import type { StatisticsBreakdownRow, StatisticsFigures } from '../../core/api/statistics.api';
import { donutArcs, onTimeSeries, percent, periodOf, receivedSeries } from './statistics-rules';

function month(
  key: string,
  online: number,
  direct: number,
  onTimeRate: number | null,
): StatisticsBreakdownRow {
  return {
    key,
    name: key,
    nameEn: key,
    code: null,
    figures: {
      received: {
        total: online + direct,
        online,
        direct,
        inPerson: direct,
        post: 0,
        onlineShare: null,
      },
      resolved: { total: 0, early: 0, onTime: 0, late: 0, refused: 0, onTimeRate },
    } as unknown as StatisticsFigures,
  };
}

describe('statistics periods', () => {
  it('gives the month, the quarter and the year of a day, with their last days', () => {
    expect(periodOf('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('quarter', '2025-05-20')).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(periodOf('quarter', '2025-12-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(periodOf('year', '2026-11-24')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe("the charts' data", () => {
  const months = [
    month('2026-01', 30, 10, 0.9),
    month('2026-02', 0, 0, null),
    month('2026-03', 8, 2, 0.755),
  ];

  it('puts online then direct receipts in each month', () => {
    expect(receivedSeries(months).map((p) => p.values)).toEqual([
      [30, 10],
      [0, 0],
      [8, 2],
    ]);
  });

  it('draws the on-time rate in percent and skips months with nothing resolved', () => {
    expect(onTimeSeries(months)).toEqual([
      { label: '2026-01', values: [90] },
      { label: '2026-03', values: [75.5] },
    ]);
    expect(percent(null)).toBe(0);
  });

  it('cuts a donut in proportion, leaving out empty slices', () => {
    const arcs = donutArcs([1, 0, 3]);
    expect(arcs.map((a) => a.index)).toEqual([0, 2]);
    expect(arcs[0].end).toBeCloseTo(Math.PI / 2);
    expect(arcs[1].end).toBeCloseTo(2 * Math.PI);
    expect(donutArcs([0, 0, 0])).toEqual([]);
  });
});
