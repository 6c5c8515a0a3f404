import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';

import { type PublicAgencyStatistics, StatisticsApi } from '../../../../core/api/statistics.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { formatDate } from '../../../../shared/format/dates';
import { toLoadState } from '../../../../shared/state/load-state';

/** Open data without signing in: this year's received dossiers, online share and on-time rate per agency, updated daily. */
@Component({
  selector: 'app-public-statistics-page',
  imports: [TranslatePipe, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-statistics-page.html',
})
export class PublicStatisticsPage {
  private readonly i18n = inject(TranslationService);
  protected readonly state = toSignal(toLoadState(inject(StatisticsApi).public()), {
    initialValue: { status: 'loading' as const },
  });

  protected name(row: PublicAgencyStatistics): string {
    return this.i18n.lang() === 'en' ? row.nameEn : row.name;
  }

  protected share(value: number | null): string {
    return value == null
      ? '—'
      : `${new Intl.NumberFormat(this.i18n.lang() === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 }).format(value * 100)} %`;
  }

  protected when(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }
}
