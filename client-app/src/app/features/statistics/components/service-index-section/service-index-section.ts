import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { switchMap } from 'rxjs';

import {
  type ServiceIndexDto,
  type ServiceIndexIndicatorDto,
  StatisticsApi,
} from '../../../../core/api/statistics.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { LoadStatus } from '../../../../shared/components/load-status/load-status';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import { type PeriodKind, indexPeriodOf, percent, worstFirst } from '../../statistics-rules';
import { IndexPoints, formatPoints } from '../index-points/index-points';

/**
 * The national service index (Quyết định 766/QĐ-TTg) of the dashboard's period: the total out of what is measured here,
 * each group, the indicators worst first with their counts (those scored elsewhere said so), and the five periods before.
 */
@Component({
  selector: 'app-service-index-section',
  imports: [TranslatePipe, LoadStatus, IndexPoints],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-index-section.html',
  styles: '.service-index__formula { display: block; font-weight: normal; }',
})
export class ServiceIndexSection {
  private readonly api = inject(StatisticsApi);
  private readonly i18n = inject(TranslationService);

  /** The dashboard's period kind. */
  readonly kind = input.required<PeriodKind>();
  /** The first day of the dashboard's period (yyyy-MM-dd). */
  readonly from = input.required<string>();

  private readonly query = computed(() => indexPeriodOf(this.kind(), this.from()));
  protected readonly state = toSignal(
    toObservable(this.query).pipe(switchMap((query) => toLoadState(this.api.index(query)))),
    { initialValue: { status: 'loading' } as LoadState<ServiceIndexDto> },
  );

  protected indicators(index: ServiceIndexDto): readonly ServiceIndexIndicatorDto[] {
    return worstFirst(index.groups.flatMap((g) => g.indicators));
  }

  protected name(row: { name: string; nameEn: string }): string {
    return this.i18n.lang() === 'en' ? row.nameEn : row.name;
  }

  protected reason(row: ServiceIndexIndicatorDto): string {
    return (this.i18n.lang() === 'en' ? row.reasonEn : row.reason) ?? '';
  }

  protected formula(row: ServiceIndexIndicatorDto): string {
    return this.i18n.lang() === 'en' ? row.formulaEn : row.formula;
  }

  protected points(value: number | null | undefined): string {
    return value == null ? '—' : formatPoints(value, this.i18n.lang());
  }

  protected share(value: number | null | undefined): string {
    return value == null ? '—' : `${this.points(percent(value))} %`;
  }

  protected periodLabel(kind: ServiceIndexDto['kind'], year: number, number: number): string {
    return kind === 'Year' ? String(year) : `${kind === 'Quarter' ? 'Q' : ''}${number}/${year}`;
  }
}
