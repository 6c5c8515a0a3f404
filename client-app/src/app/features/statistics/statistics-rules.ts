import type {
  ServiceIndexIndicatorDto,
  ServiceIndexQuery,
  StatisticsBreakdownRow,
  StatisticsFigures,
} from '../../core/api/statistics.api';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

/** A period of business days as the API takes it (yyyy-MM-dd, inclusive). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar month, quarter or year containing `day` (yyyy-MM-dd). */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, day: string): Period {
  const [year, month] = day.split('-').map(Number);
  if (kind === 'year') return { from: iso(year, 1, 1), to: iso(year, 12, 31) };
  if (kind === 'quarter') {
    const first = Math.floor((month - 1) / 3) * 3 + 1;
    return { from: iso(year, first, 1), to: iso(year, first + 2, lastDay(year, first + 2)) };
  }
  return { from: iso(year, month, 1), to: iso(year, month, lastDay(year, month)) };
}

/** A share 0–1 as a whole percentage for charts; 0 when unknown. */
export function percent(share: number | null | undefined): number {
  return share == null ? 0 : Math.round(share * 1000) / 10;
}

/** One bar group of a chart: a label and its values in series order. */
export interface ChartPoint {
  readonly label: string;
  readonly values: readonly number[];
}

/** Received dossiers per month, online and direct (the bar chart). */
export function receivedSeries(months: readonly StatisticsBreakdownRow[]): ChartPoint[] {
  return months.map((m) => ({
    label: m.key,
    values: [m.figures.received.online, m.figures.received.direct],
  }));
}

/** The on-time rate per month, in percent (the line chart); months without resolved dossiers are left out. */
export function onTimeSeries(months: readonly StatisticsBreakdownRow[]): ChartPoint[] {
  return months
    .filter((m) => m.figures.resolved.onTimeRate != null)
    .map((m) => ({ label: m.key, values: [percent(m.figures.resolved.onTimeRate)] }));
}

/** Resolved dossiers split early / on time / late (the donut). */
export function resolvedSlices(figures: StatisticsFigures): readonly number[] {
  return [figures.resolved.early, figures.resolved.onTime, figures.resolved.late];
}

/** The arcs of a donut: start and end angles (radians, clockwise from the top) of each non-empty slice. */
export function donutArcs(
  values: readonly number[],
): { index: number; start: number; end: number }[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  let angle = 0;
  return values.flatMap((value, index) => {
    if (value === 0) return [];
    const start = angle;
    angle += (value / total) * 2 * Math.PI;
    return [{ index, start, end: angle }];
  });
}

/**
 * The index period of the dashboard's period: the month, quarter or year of its first day; a custom period shows the
 * index of the year it starts in.
 */
export function indexPeriodOf(
  kind: PeriodKind,
  from: string,
): Pick<ServiceIndexQuery, 'kind' | 'year' | 'number'> {
  const [year, month] = from.split('-').map(Number);
  if (kind === 'month') return { kind: 'Month', year, number: month };
  if (kind === 'quarter') return { kind: 'Quarter', year, number: Math.floor((month - 1) / 3) + 1 };
  return { kind: 'Year', year, number: 1 };
}

/** The indicators worst first: measured ones by points ÷ maximum, lowest first; those not measured here last. */
export function worstFirst(
  indicators: readonly ServiceIndexIndicatorDto[],
): readonly ServiceIndexIndicatorDto[] {
  const score = (i: ServiceIndexIndicatorDto) =>
    i.points == null ? Number.POSITIVE_INFINITY : i.points / i.maxPoints;
  return [...indicators].sort((a, b) => score(a) - score(b) || a.code.localeCompare(b.code));
}
