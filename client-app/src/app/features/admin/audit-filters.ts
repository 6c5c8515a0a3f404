import type { AuditQuery } from './admin.api';

/** The audit viewer's filters as the URL holds them: dates are Hanoi calendar days, `to` included. */
export interface AuditFilters {
  readonly entityType: string;
  readonly entityId: string;
  readonly userId: string;
  readonly from: string;
  readonly to: string;
  readonly page: number;
}

export type AuditFilterProblem = 'userId' | 'range';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the URL's query, dropping values that are not well formed. */
export function filtersOf(get: (name: string) => string | null): AuditFilters {
  const text = (name: string) => (get(name) ?? '').trim();
  const date = (name: string) => (DATE.test(text(name)) ? text(name) : '');
  return {
    entityType: text('entityType'),
    entityId: text('entityId'),
    userId: text('userId'),
    from: date('from'),
    to: date('to'),
    page: Math.max(1, Number(get('page')) || 1),
  };
}

/** What is wrong with the filters before asking the API (the API says the same). */
export function checkFilters(filters: AuditFilters): Partial<Record<AuditFilterProblem, true>> {
  const problems: Partial<Record<AuditFilterProblem, true>> = {};
  if (filters.userId && !GUID.test(filters.userId)) problems.userId = true;
  if (filters.from && filters.to && filters.to < filters.from) problems.range = true;
  return problems;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The API's query: Hanoi days become instants at midnight +07:00; the last day is included (up to the next midnight). */
export function toAuditQuery(filters: AuditFilters): AuditQuery {
  return {
    entityType: filters.entityType || undefined,
    entityId: filters.entityId || undefined,
    userId: filters.userId || undefined,
    from: filters.from ? `${filters.from}T00:00:00+07:00` : undefined,
    to: filters.to ? `${nextDay(filters.to)}T00:00:00+07:00` : undefined,
    page: filters.page,
  };
}

/** The URL's query for filters (empty ones left out, the first page implied). */
export function queryParamsOf(filters: AuditFilters): Record<string, string | number | null> {
  return {
    entityType: filters.entityType || null,
    entityId: filters.entityId || null,
    userId: filters.userId || null,
    from: filters.from || null,
    to: filters.to || null,
    page: filters.page > 1 ? filters.page : null,
  };
}

/**
 * The changed columns of a record, one line each: `column: before → after`, or `column: value` for an added or
 * removed row. A changed list shows only its added (+) and removed (−) items.
 */
export function changeLines(before: unknown, after: unknown): string[] {
  const object = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const b = object(before);
  const a = object(after);
  const show = (value: unknown) => JSON.stringify(value) ?? '∅';
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].flatMap((column) => {
    if (!Object.hasOwn(b, column) || !Object.hasOwn(a, column)) {
      return [`${column}: ${show(Object.hasOwn(a, column) ? a[column] : b[column])}`];
    }
    const [was, is] = [b[column], a[column]];
    if (Array.isArray(was) && Array.isArray(is)) {
      const [old, now] = [new Set(was.map(show)), new Set(is.map(show))];
      return [
        ...[...old].filter((item) => !now.has(item)).map((item) => `${column}: − ${item}`),
        ...[...now].filter((item) => !old.has(item)).map((item) => `${column}: + ${item}`),
      ];
    }
    return [`${column}: ${show(was)} → ${show(is)}`];
  });
}
