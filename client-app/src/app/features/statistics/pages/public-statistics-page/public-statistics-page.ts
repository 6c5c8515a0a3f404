import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';

import {
  type PublicAgencyStatistics,
  type PublicStatisticsDto,
  StatisticsApi,
} from '../../../../core/api/statistics.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { LoadStatus } from '../../../../shared/components/load-status/load-status';
import { PublicServiceIndex } from '../../components/public-service-index/public-service-index';
import { LOCALES } from '../../../../shared/format/dates';
import { toLoadState } from '../../../../shared/state/load-state';
import {
  DEFAULT_SORT,
  type PublicSort,
  type PublicSortKey,
  hasDossiers,
  nextSort,
  scaleTop,
  visibleRows,
} from '../../public/public-statistics-rules';
import { type PublicStatsKey, publicStatsText } from '../../public/public-statistics.i18n';

interface Column {
  readonly key: PublicSortKey;
  readonly label: TranslationKey;
  readonly numeric: boolean;
}

const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'publicStats.agency', numeric: false },
  { key: 'received', label: 'stats.received', numeric: true },
  { key: 'onlineShare', label: 'stats.onlineShare', numeric: true },
  { key: 'resolved', label: 'stats.resolved', numeric: true },
  { key: 'onTimeRate', label: 'stats.onTime', numeric: true },
];

/** The month chart's drawing box. */
const CHART = { width: 640, height: 220, left: 40, right: 8, top: 12, bottom: 28 } as const;

/**
 * Open data without signing in: the city's figures of the year and when they were computed first, then how many
 * dossiers were resolved on time and the dossiers per month (drawn, with the numbers in a table), then every deciding
 * agency in a table the reader can search and sort (those with nothing to report hidden unless asked).
 */
@Component({
  selector: 'app-public-statistics-page',
  imports: [TranslatePipe, LoadStatus, PublicServiceIndex],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-statistics-page.html',
  styleUrl: './public-statistics-page.scss',
})
export class PublicStatisticsPage {
  private readonly i18n = inject(TranslationService);
  protected readonly state = toSignal(toLoadState(inject(StatisticsApi).public()), {
    initialValue: { status: 'loading' as const },
  });

  protected readonly columns = COLUMNS;
  protected readonly box = CHART;
  protected readonly query = signal('');
  protected readonly showEmpty = signal(false);
  protected readonly sort = signal<PublicSort>(DEFAULT_SORT);

  private readonly data = computed<PublicStatisticsDto | null>(() => {
    const current = this.state();
    return current.status === 'ready' ? current.value : null;
  });

  protected readonly rows = computed(() =>
    visibleRows(this.data()?.agencies ?? [], {
      query: this.query(),
      showEmpty: this.showEmpty(),
      sort: this.sort(),
      name: (row) => this.name(row),
      locale: LOCALES[this.i18n.lang()],
    }),
  );

  /** Agencies without any dossier this year. */
  protected readonly emptyCount = computed(
    () => (this.data()?.agencies ?? []).filter((row) => !hasDossiers(row)).length,
  );

  protected readonly months = computed(() => this.data()?.months ?? []);

  protected readonly monthBars = computed(() => {
    const months = this.months();
    const top = scaleTop(months.flatMap((m) => [m.received, m.resolved]));
    const plot = CHART.height - CHART.top - CHART.bottom;
    const slot = (CHART.width - CHART.left - CHART.right) / Math.max(1, months.length);
    const bar = Math.min(24, slot * 0.38);
    const base = CHART.height - CHART.bottom;
    return {
      top,
      base,
      bars: months.map((m, i) => {
        const x = CHART.left + i * slot + slot / 2;
        const h = (value: number) => (value / top) * plot;
        return {
          label: this.monthLabel(m.month, 'short'),
          x,
          received: { x: x - bar, y: base - h(m.received), w: bar, h: h(m.received) },
          resolved: { x, y: base - h(m.resolved), w: bar, h: h(m.resolved) },
        };
      }),
    };
  });

  protected text(key: PublicStatsKey, params?: Readonly<Record<string, string | number>>): string {
    return publicStatsText(this.i18n.lang(), key, params);
  }

  protected name(row: PublicAgencyStatistics): string {
    return this.i18n.lang() === 'en' ? row.nameEn : row.name;
  }

  protected number(value: number): string {
    return new Intl.NumberFormat(LOCALES[this.i18n.lang()]).format(value);
  }

  protected share(value: number | null): string {
    return value == null
      ? '—'
      : `${new Intl.NumberFormat(LOCALES[this.i18n.lang()], { maximumFractionDigits: 1 }).format(value * 100)}\u00a0%`;
  }

  /** The late ones' share of the resolved: 1 − on-time rate. */
  protected lateShare(total: PublicAgencyStatistics): number | null {
    return total.resolved === 0 ? null : (total.resolved - total.onTime) / total.resolved;
  }

  /** A day (yyyy-MM-dd) or instant in the Vietnamese order, on Hanoi's clock. */
  protected when(value: string, withTime = false): string {
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+07:00` : value);
    return new Intl.DateTimeFormat(LOCALES[this.i18n.lang()], {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
    }).format(date);
  }

  /** "2026-03" → "T3" / "Mar" on the chart, "Tháng 3" / "March" in the table. */
  protected monthLabel(month: string, style: 'short' | 'long' = 'long'): string {
    const number = Number(month.slice(5, 7));
    if (this.i18n.lang() === 'vi') return style === 'short' ? `T${number}` : `Tháng ${number}`;
    return new Intl.DateTimeFormat('en-GB', { month: style, timeZone: 'UTC' }).format(
      new Date(Date.UTC(Number(month.slice(0, 4)), number - 1, 1)),
    );
  }

  protected ariaSort(key: PublicSortKey): 'ascending' | 'descending' | 'none' {
    const sort = this.sort();
    return sort.key === key ? sort.direction : 'none';
  }

  protected sortBy(key: PublicSortKey): void {
    this.sort.update((current) => nextSort(current, key));
  }

  protected onSearch(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  protected onShowEmpty(event: Event): void {
    this.showEmpty.set((event.target as HTMLInputElement).checked);
  }
}
