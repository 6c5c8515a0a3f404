import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { EMPTY, map, switchMap } from 'rxjs';

import type { PagedList } from '../../../../core/api/catalogue.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { formatDate } from '../../../../shared/format/dates';
import { ErrorSummary } from '../../../../shared/forms/error-summary';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { readProblem } from '../../../../shared/forms/problem';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import { AdminControl, AdminField } from '../../components/admin-field';
import { AdminPager } from '../../components/admin-pager';
import { AdminApi, type AuditChangeKind, type AuditRecordDto } from '../../admin.api';
import { problemText } from '../../admin-messages';
import {
  type AuditFilters,
  changeLines,
  checkFilters,
  filtersOf,
  queryParamsOf,
  toAuditQuery,
} from '../../audit-filters';

/** Entity types offered while typing (any other is accepted). */
const ENTITY_TYPES = [
  'Dossier',
  'CalendarYear',
  'ApplicationUser',
  'Procedure',
  'ProcedureVersion',
];

type Field = 'entityType' | 'entityId' | 'userId' | 'from' | 'to';

/** The audit trail for system administrators: filters (in the URL), newest first, 20 a page, each change's columns. */
@Component({
  selector: 'app-audit-page',
  imports: [
    TranslatePipe,
    RouterLink,
    ErrorAlert,
    ErrorSummary,
    AdminField,
    AdminControl,
    AdminPager,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
  styleUrl: '../admin-page.scss',
})
export class AuditPage {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);

  protected readonly filters = signal<AuditFilters>(filtersOf(() => null));
  protected readonly state = signal<LoadState<PagedList<AuditRecordDto>>>({ status: 'loading' });
  protected readonly errors = new FormErrors<Field>({
    entityType: 'audit-entityType',
    entityId: 'audit-entityId',
    userId: 'audit-userId',
    from: 'audit-from',
    to: 'audit-to',
  });
  protected readonly changeLines = changeLines;
  protected readonly entityTypes = ENTITY_TYPES;

  constructor() {
    inject(ActivatedRoute)
      .queryParamMap.pipe(
        map((params) => filtersOf((name) => params.get(name))),
        switchMap((filters) => {
          this.filters.set(filters);
          const problems = checkFilters(filters);
          if (Object.keys(problems).length > 0) {
            this.errors.setFields({
              userId: problems.userId ? this.i18n.t('audit.error.userId') : undefined,
              to: problems.range ? this.i18n.t('audit.error.range') : undefined,
            });
            return EMPTY;
          }
          this.errors.clear();
          return toLoadState(this.api.audit(toAuditQuery(filters)));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        this.state.set(state);
        if (state.status === 'error') {
          const problem = readProblem(state.error);
          this.errors.setProblem(problem, problemText(problem, this.i18n));
        }
      });
  }

  protected search(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const filters = filtersOf((name) => String(data.get(name) ?? ''));
    void this.router.navigate([], { queryParams: queryParamsOf({ ...filters, page: 1 }) });
  }

  protected readonly pageLink = (page: number) => queryParamsOf({ ...this.filters(), page });

  protected kindKey(kind: AuditChangeKind): TranslationKey {
    return `audit.kind.${kind}`;
  }

  protected when(value: string): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }
}
