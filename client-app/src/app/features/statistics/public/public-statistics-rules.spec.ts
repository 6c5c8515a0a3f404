import { describe, expect, it } from 'vitest';

import type { PublicAgencyStatistics } from '../../../core/api/statistics.api';
import {
  DEFAULT_SORT,
  type RowFilter,
  fold,
  hasDossiers,
  nextSort,
  scaleTop,
  visibleRows,
} from './public-statistics-rules';
import { PUBLIC_STATS_TEXT, publicStatsText } from './public-statistics.i18n';

function agency(
  code: string,
  name: string,
  received: number,
  resolved: number,
  onTimeRate: number | null = null,
): PublicAgencyStatistics {
  return {
    agencyId: code,
    code,
    name,
    nameEn: `${name} (en)`,
    received,
    online: received,
    onlineShare: received ? 1 : null,
    resolved,
    onTime: resolved,
    onTimeRate,
  };
}

const rows = [
  agency('a', 'Ủy ban nhân dân phường Hoàn Kiếm', 5, 2, 1),
  agency('b', 'Ủy ban nhân dân phường Đống Đa', 0, 0),
  agency('c', 'Sở Giáo dục và Đào tạo', 12, 10, 0.9),
  agency('d', 'Ủy ban nhân dân xã Ba Vì', 0, 1, 0.5),
];

const filter = (over: Partial<RowFilter> = {}): RowFilter => ({
  query: '',
  showEmpty: false,
  sort: DEFAULT_SORT,
  name: (row) => row.name,
  locale: 'vi-VN',
  ...over,
});

const codes = (list: readonly PublicAgencyStatistics[]) => list.map((row) => row.code);

describe('public statistics rules', () => {
  it('folds Vietnamese diacritics and đ, so "dong da" finds "Đống Đa"', () => {
    expect(fold('  Ủy ban nhân dân phường Đống   Đa ')).toBe('uy ban nhan dan phuong dong da');
  });

  it('hides the agencies that neither received nor resolved a dossier, unless asked', () => {
    expect(hasDossiers(rows[1])).toBe(false);
    expect(hasDossiers(rows[3])).toBe(true);
    expect(codes(visibleRows(rows, filter()))).toEqual(['c', 'a', 'd']);
    expect(codes(visibleRows(rows, filter({ showEmpty: true })))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('searches the name without diacritics, the words together', () => {
    expect(codes(visibleRows(rows, filter({ query: 'hoan kiem' })))).toEqual(['a']);
    expect(codes(visibleRows(rows, filter({ query: 'dong da', showEmpty: true })))).toEqual(['b']);
    expect(codes(visibleRows(rows, filter({ query: 'phuong vi' })))).toEqual([]);
    // "da" alone is inside "dân" of every People's Committee; the phrase is not.
    expect(codes(visibleRows(rows, filter({ query: 'ba vi', showEmpty: true })))).toEqual(['d']);
  });

  it('sorts by a column both ways; agencies without a share come last either way', () => {
    const byRate = { key: 'onTimeRate', direction: 'descending' } as const;
    expect(codes(visibleRows(rows, filter({ sort: byRate, showEmpty: true })))).toEqual([
      'a',
      'c',
      'd',
      'b',
    ]);
    expect(
      codes(
        visibleRows(rows, filter({ sort: { ...byRate, direction: 'ascending' }, showEmpty: true })),
      ),
    ).toEqual(['d', 'c', 'a', 'b']);
    expect(
      codes(visibleRows(rows, filter({ sort: { key: 'name', direction: 'ascending' } }))),
    ).toEqual(['c', 'a', 'd']);
  });

  it('a new column sorts names A to Z and figures largest first; the same column turns round', () => {
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'resolved')).toEqual({
      key: 'resolved',
      direction: 'descending',
    });
    expect(nextSort(DEFAULT_SORT, 'received')).toEqual({ key: 'received', direction: 'ascending' });
  });

  it("rounds the chart's top up to 1, 2 or 5 times a power of ten", () => {
    expect(scaleTop([0, 0])).toBe(1);
    expect(scaleTop([3, 7])).toBe(10);
    expect(scaleTop([130])).toBe(200);
    expect(scaleTop([0.5])).toBe(0.5);
    expect(scaleTop([480, 12])).toBe(500);
  });

  it('has every text in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(PUBLIC_STATS_TEXT.en).sort()).toEqual(
      Object.keys(PUBLIC_STATS_TEXT.vi).sort(),
    );
    for (const key of Object.keys(PUBLIC_STATS_TEXT.vi) as (keyof typeof PUBLIC_STATS_TEXT.vi)[]) {
      expect(placeholders(PUBLIC_STATS_TEXT.en[key])).toEqual(
        placeholders(PUBLIC_STATS_TEXT.vi[key]),
      );
    }
    expect(publicStatsText('vi', 'shown', { shown: 3, total: 127 })).toBe(
      'Đang hiện 3 trên 127 cơ quan.',
    );
  });
});
