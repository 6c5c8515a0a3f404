import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';

import { StatisticsApi } from '../../../../core/api/statistics.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { LoadStatus } from '../../../../shared/components/load-status/load-status';
import { toLoadState } from '../../../../shared/state/load-state';
import { IndexPoints } from '../index-points/index-points';

/**
 * Open data: this year's national service index (Quyết định 766/QĐ-TTg) of every deciding agency, its total and each
 * group's points out of what this system measures.
 */
@Component({
  selector: 'app-public-service-index',
  imports: [TranslatePipe, LoadStatus, IndexPoints],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-service-index.html',
  styles: `
    summary {
      cursor: pointer;
      min-height: 44px;
      padding-block: 0.625rem;
      font-weight: 600;
    }
  `,
})
export class PublicServiceIndex {
  private readonly i18n = inject(TranslationService);
  protected readonly state = toSignal(toLoadState(inject(StatisticsApi).publicIndex()), {
    initialValue: { status: 'loading' as const },
  });

  protected name(row: { name: string; nameEn: string }): string {
    return this.i18n.lang() === 'en' ? row.nameEn : row.name;
  }
}
