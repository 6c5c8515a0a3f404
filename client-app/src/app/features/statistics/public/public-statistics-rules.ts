import type { PublicAgencyStatistics } from '../../../core/api/statistics.api';

/** Columns of the agencies' table a reader can sort by. */
export type PublicSortKey = 'name' | 'received' | 'onlineShare' | 'resolved' | 'onTimeRate';

export type SortDirection = 'ascending' | 'descending';

export interface PublicSort {
  readonly key: PublicSortKey;
  readonly direction: SortDirection;
}

/** The default: the busiest agencies first. */
export const DEFAULT_SORT: PublicSort = { key: 'received', direction: 'descending' };

/** Lower case without Vietnamese diacritics ("Hoàn Kiếm" → "hoan kiem", "Đống Đa" → "dong da"), for searching. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** An agency has something to report when it received or resolved at least one dossier this year. */
export function hasDossiers(row: PublicAgencyStatistics): boolean {
  return row.received > 0 || row.resolved > 0;
}

/** Clicking a column: a new column sorts names A→Z and figures largest first; the same column turns the order round. */
export function nextSort(current: PublicSort, key: PublicSortKey): PublicSort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}

export interface RowFilter {
  /** Typed by the reader; found as a phrase in the agency's name in either language or its code, diacritics ignored. */
  readonly query: string;
  readonly showEmpty: boolean;
  readonly sort: PublicSort;
  /** The name shown (and sorted by) in the current language. */
  readonly name: (row: PublicAgencyStatistics) => string;
  readonly locale: string;
}

/** The rows the table shows: filtered by name, without the agencies with nothing to report unless asked, sorted. */
export function visibleRows(
  rows: readonly PublicAgencyStatistics[],
  filter: RowFilter,
): PublicAgencyStatistics[] {
  const phrase = fold(filter.query);
  const collator = new Intl.Collator(filter.locale, { sensitivity: 'base', numeric: true });
  const sign = filter.sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: PublicAgencyStatistics, b: PublicAgencyStatistics) =>
    collator.compare(filter.name(a), filter.name(b));
  const key = filter.sort.key;
  return rows
    .filter((row) => filter.showEmpty || hasDossiers(row))
    .filter((row) => {
      // The words as typed, together: "dong da" finds "Đống Đa", not "Hà Đông" (whose "Ủy ban nhân dân" holds "da").
      return (
        phrase === '' || fold(`${row.name} | ${row.nameEn} | ${row.code ?? ''}`).includes(phrase)
      );
    })
    .sort((a, b) => {
      if (key === 'name') return sign * byName(a, b);
      const x = a[key];
      const y = b[key];
      // Agencies without a share (nothing received or resolved) come last either way.
      if (x == null || y == null) return x == null && y == null ? byName(a, b) : x == null ? 1 : -1;
      return x === y ? byName(a, b) : sign * (x - y);
    });
}

/** The largest monthly figure rounded up to 1, 2 or 5 × 10ⁿ, the top of the chart's scale; 1 when all are zero. */
export function scaleTop(values: readonly number[]): number {
  const max = Math.max(0, ...values);
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= max) ?? 10 * power;
}
