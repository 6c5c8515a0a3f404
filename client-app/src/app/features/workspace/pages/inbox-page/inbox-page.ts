import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map, switchMap } from 'rxjs';

import type { PagedList } from '../../../../core/api/catalogue.api';
import type { DossierSummaryDto } from '../../../../core/api/dossiers.api';
import {
  type InboxCountsDto,
  type InboxSort,
  WorkspaceApi,
} from '../../../../core/api/workspace.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { formatDate } from '../../../../shared/format/dates';
import { formatDecimal } from '../../../../shared/format/procedure-format';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import { statusKey } from '../../../../shared/format/dossier-status';
import { type InboxTab, TABS, tabOf, urgencyOf } from '../../workspace-rules';

const SORTS: readonly InboxSort[] = [
  'DueAt',
  'DueAtDescending',
  'SubmittedAtDescending',
  'SubmittedAt',
];

/**
 * The officials' inbox: tabs by state with their counts, search by code or applicant, sorting, and a dense table with
 * the time left in working days coloured by urgency. Everything is in the URL, so a tab can be bookmarked and shared.
 */
@Component({
  selector: 'app-inbox-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inbox-page.html',
  styleUrl: './inbox-page.scss',
})
export class InboxPage {
  private readonly api = inject(WorkspaceApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(TranslationService);
  private readonly roles = inject(AuthService).profile()?.roles ?? [];

  protected readonly isDesk = this.roles.includes('Receptionist');
  protected readonly tabs = TABS;
  protected readonly sorts = SORTS;
  protected readonly tab = signal<InboxTab>(tabOf(null, this.roles));
  protected readonly q = signal('');
  protected readonly sort = signal<InboxSort>('DueAt');
  protected readonly state = signal<LoadState<PagedList<DossierSummaryDto>>>({
    status: 'loading',
  });
  /** The search and sort form, filled from the address bar. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    q: '',
    sort: 'DueAt' as InboxSort,
  });
  protected readonly counts = signal<InboxCountsDto | null>(null);
  protected readonly statusKey = statusKey;
  protected readonly urgencyOf = urgencyOf;

  constructor() {
    this.route.queryParamMap
      .pipe(
        map((params) => {
          const tab = tabOf(params.get('tab'), this.roles);
          const sort = (SORTS as readonly string[]).includes(params.get('sort') ?? '')
            ? (params.get('sort') as InboxSort)
            : 'DueAt';
          const q = params.get('q') ?? '';
          const page = Math.max(1, Number(params.get('page')) || 1);
          this.tab.set(tab);
          this.sort.set(sort);
          this.q.set(q);
          this.form.setValue({ q, sort });
          return { ...TABS.find((t) => t.key === tab)!.query, sort, q, page };
        }),
        switchMap((query) => toLoadState(this.api.inbox(query))),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
    this.api.counts().subscribe({ next: (c) => this.counts.set(c), error: () => undefined });
  }

  protected tabKey(tab: InboxTab): TranslationKey {
    return `inbox.tab.${tab}`;
  }

  protected sortKey(sort: InboxSort): TranslationKey {
    return `inbox.sort.${sort}`;
  }

  protected urgencyKey(days: number | null | undefined, overdue?: boolean | null): TranslationKey {
    return `inbox.urgency.${urgencyOf(days, overdue)}`;
  }

  protected days(value: number | null | undefined): string {
    if (value == null) return '';
    return formatDecimal(Math.abs(value), this.i18n.lang());
  }

  protected when(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }

  protected procedure(item: DossierSummaryDto): string {
    return (this.i18n.lang() === 'en' ? item.procedureNameEn : item.procedureName) ?? '—';
  }

  protected search(): void {
    const q = this.form.controls.q.value.trim();
    const sort = this.form.controls.sort.value;
    void this.router.navigate([], {
      queryParams: {
        tab: this.tab(),
        q: q || null,
        sort: sort === 'DueAt' ? null : sort,
        page: null,
      },
    });
  }

  protected pageLink(page: number): Record<string, string | number | null> {
    return {
      tab: this.tab(),
      q: this.q() || null,
      sort: this.sort() === 'DueAt' ? null : this.sort(),
      page: page > 1 ? page : null,
    };
  }
}
