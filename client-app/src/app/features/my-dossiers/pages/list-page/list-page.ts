import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';

import { type DossierSummaryDto, DossiersApi } from '../../../../core/api/dossiers.api';
import type { PagedList } from '../../../../core/api/catalogue.api';
import { formatDate } from '../../../../shared/format/dates';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import { nextActionKey, statusKey } from '../../../../shared/format/dossier-status';

/** The applicant's dossiers, newest first: status, dates and what to do next. */
@Component({
  selector: 'app-my-dossiers-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './list-page.html',
})
export class MyDossiersPage {
  private readonly i18n = inject(TranslationService);
  protected readonly state = toSignal(toLoadState(inject(DossiersApi).mine(1, 50)), {
    initialValue: { status: 'loading' } as LoadState<PagedList<DossierSummaryDto>>,
  });
  protected readonly statusKey = statusKey;

  protected name(dossier: DossierSummaryDto): string {
    return (this.i18n.lang() === 'en' ? dossier.procedureNameEn : dossier.procedureName) ?? '—';
  }

  protected next(dossier: DossierSummaryDto) {
    return nextActionKey(dossier.statusGroup, false);
  }

  protected link(dossier: DossierSummaryDto): string[] {
    return dossier.status === 'Draft' ? ['/ho-so', dossier.id, 'soan'] : ['/ho-so', dossier.id];
  }

  protected date(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'date');
  }
}
