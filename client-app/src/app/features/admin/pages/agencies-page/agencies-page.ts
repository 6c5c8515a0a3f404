import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';

import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { AdminLoadStatus } from '../../components/admin-load-status';
import { AdminTable } from '../../components/admin-table';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import { AdminApi, type AgencyDto, type AgencyKind } from '../../admin.api';

/**
 * The agencies of the set-up (read-only): identifier code, name, level, kind, whether they receive and decide. A code not
 * checked against Hanoi's published list (Quyết định 2918/QĐ-UBND of 17/8/2022) carries a visible "not verified" mark.
 */
@Component({
  selector: 'app-agencies-page',
  imports: [TranslatePipe, RouterLink, AdminTable, AdminLoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agencies-page.html',
  styleUrls: ['../admin-page.scss', './agencies-page.scss'],
})
export class AgenciesPage {
  private readonly i18n = inject(TranslationService);

  protected readonly state = signal<LoadState<readonly AgencyDto[]>>({ status: 'loading' });
  protected readonly unverified = computed(() => {
    const current = this.state();
    return current.status === 'ready' ? current.value.filter((a) => !a.codeVerified).length : 0;
  });

  constructor() {
    toLoadState(inject(AdminApi).agencies())
      .pipe(takeUntilDestroyed())
      .subscribe((state) => this.state.set(state));
  }

  protected name(agency: AgencyDto): string {
    return this.i18n.lang() === 'en' ? agency.nameEn || agency.name : agency.name;
  }

  protected kindKey(kind: AgencyKind): TranslationKey {
    return `agencyAdmin.kind.${kind}`;
  }

  protected levelKey(level: string): TranslationKey {
    return `agencyAdmin.level.${level === 'province' || level === 'district' ? level : 'commune'}`;
  }
}
