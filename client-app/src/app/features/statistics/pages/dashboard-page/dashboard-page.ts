import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { combineLatest, map, switchMap } from 'rxjs';

import type { ProcedureField } from '../../../../core/api/catalogue.api';
import {
  type StatisticsBreakdownRow,
  type StatisticsFilter,
  type StatisticsSummaryDto,
  StatisticsApi,
} from '../../../../core/api/statistics.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { LoadStatus } from '../../../../shared/components/load-status/load-status';
import { formatDate } from '../../../../shared/format/dates';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import { formatVnd } from '../../../../shared/format/procedure-format';
import { BarChart, DonutChart, LineChart, SERIES_COLOURS } from '../../components/charts';
import { ServiceIndexSection } from '../../components/service-index-section/service-index-section';
import {
  type PeriodKind,
  onTimeSeries,
  percent,
  periodOf,
  receivedSeries,
  resolvedSlices,
} from '../../statistics-rules';
import {
  FieldOptions,
  ServiceLevelOptions,
} from '../../../../shared/components/procedure-options/procedure-options';

interface Dashboard {
  readonly summary: StatisticsSummaryDto;
  readonly months: readonly StatisticsBreakdownRow[];
  readonly agencies: readonly StatisticsBreakdownRow[];
  readonly procedures: readonly StatisticsBreakdownRow[];
}

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'custom'];

/**
 * Leaders' statistics: a period (month, quarter, year or custom) and filters in the URL, the headline figures against
 * the reference targets, charts each with the same figures in a table, breakdowns by agency and procedure, and the
 * Thông tư 01/2018 report as Excel or CSV.
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [
    FieldOptions,
    ServiceLevelOptions,
    TranslatePipe,
    LoadStatus,
    BarChart,
    LineChart,
    DonutChart,
    ReactiveFormsModule,
    ServiceIndexSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly api = inject(StatisticsApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);

  protected readonly kinds = KINDS;
  protected readonly colours = SERIES_COLOURS;
  protected readonly kind = signal<PeriodKind>('year');
  protected readonly filter = signal<StatisticsFilter>(periodOf('year', today()));
  /** The period and filters, filled from the address bar. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    period: 'year' as PeriodKind,
    day: '',
    from: '',
    to: '',
    level: '',
    field: '',
  });
  protected readonly state = signal<LoadState<Dashboard>>({ status: 'loading' });
  protected readonly percent = percent;
  protected readonly receivedSeries = receivedSeries;
  protected readonly onTimeSeries = onTimeSeries;
  protected readonly resolvedSlices = resolvedSlices;

  constructor() {
    inject(ActivatedRoute)
      .queryParamMap.pipe(
        map((params) => {
          const kind = (KINDS as readonly string[]).includes(params.get('period') ?? '')
            ? (params.get('period') as PeriodKind)
            : 'year';
          const base =
            kind === 'custom'
              ? {
                  from: params.get('from') ?? periodOf('year', today()).from,
                  to: params.get('to') ?? today(),
                }
              : periodOf(kind, params.get('day') ?? today());
          const level = Number(params.get('level'));
          const filter: StatisticsFilter = {
            ...base,
            level: level === 2 || level === 3 || level === 4 ? level : undefined,
            field: (params.get('field') as ProcedureField | null) ?? undefined,
          };
          this.kind.set(kind);
          this.filter.set(filter);
          this.form.setValue({
            period: kind,
            day: filter.from,
            from: filter.from,
            to: filter.to,
            level: filter.level === undefined ? '' : String(filter.level),
            field: filter.field ?? '',
          });
          return filter;
        }),
        switchMap((filter) =>
          toLoadState(
            combineLatest({
              summary: this.api.summary(filter),
              months: this.api.breakdown('by-month', filter),
              agencies: this.api.breakdown('by-agency', filter),
              procedures: this.api.breakdown('by-procedure', filter),
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected kindKey(kind: PeriodKind): TranslationKey {
    return `stats.period.${kind}`;
  }

  protected share(value: number | null | undefined): string {
    return value == null
      ? '—'
      : `${new Intl.NumberFormat(this.locale(), { maximumFractionDigits: 1 }).format(value * 100)} %`;
  }

  protected number(value: number | null | undefined): string {
    return value == null
      ? '—'
      : new Intl.NumberFormat(this.locale(), { maximumFractionDigits: 2 }).format(value);
  }

  protected when(value: string): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }

  protected day(value: string): string {
    return formatDate(value, this.i18n.lang(), 'date');
  }

  protected money(value: number): string {
    return formatVnd(value, this.i18n.lang());
  }

  protected name(row: { name: string; nameEn: string }): string {
    return this.i18n.lang() === 'en' ? row.nameEn : row.name;
  }

  protected apply(): void {
    const form = this.form.getRawValue();
    const get = (name: Exclude<keyof typeof form, 'period'>) => form[name] || null;
    const kind = form.period;
    void this.router.navigate([], {
      queryParams: {
        period: kind,
        day: kind === 'custom' ? null : get('day'),
        from: kind === 'custom' ? get('from') : null,
        to: kind === 'custom' ? get('to') : null,
        level: get('level'),
        field: get('field'),
      },
    });
  }

  protected download(kind: 'csv' | 'xlsx'): void {
    this.api.export(kind, this.filter()).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const link = Object.assign(this.document.createElement('a'), {
          href: url,
          download: `bao-cao-${this.filter().from}-${this.filter().to}.${kind}`,
        });
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
    });
  }

  private locale(): string {
    return this.i18n.lang() === 'en' ? 'en-GB' : 'vi-VN';
  }
}

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}
