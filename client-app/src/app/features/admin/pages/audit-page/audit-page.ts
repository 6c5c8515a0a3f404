import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { EMPTY, Subject, debounceTime, map, of, switchMap } from 'rxjs';

import type { PagedList } from '../../../../core/api/catalogue.api';
import { TranslationService, type TranslationKey } from '../../../../core/i18n';
import { formatDate } from '../../../../shared/format/dates';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { readProblem } from '../../../../shared/forms/problem';
import { type LoadState, readyItems, toLoadState } from '../../../../shared/state/load-state';
import { ADMIN_FORM_PAGE } from '../../components/admin-form-page';
import { AdminTable } from '../../components/admin-table';
import {
  AdminApi,
  type AuditChangeKind,
  type AuditRecordDto,
  type AuditUserDto,
} from '../../admin.api';
import { AUDIT_ENTITY_TYPES, auditName } from '../../audit-names';
import { problemText } from '../../admin-messages';
import {
  type AuditFilters,
  changeLines,
  checkFilters,
  filtersOf,
  queryParamsOf,
  toAuditQuery,
} from '../../audit-filters';

type Field = 'entityType' | 'entityId' | 'userId' | 'from' | 'to';

/** The audit trail for system administrators: filters (in the URL), newest first, 20 a page, each change's columns. */
@Component({
  selector: 'app-audit-page',
  imports: [ADMIN_FORM_PAGE, AdminTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
  styleUrl: '../admin-page.scss',
  styles: `
    .audit-user__chosen {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: baseline;
    }
    .audit-user__results {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
  `,
})
export class AuditPage {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);

  protected readonly filters = signal<AuditFilters>(filtersOf(() => null));
  /** The filters as typed, filled from the address bar; the user is the one chosen in the picker. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    entityType: '',
    entityId: '',
    userId: '',
    from: '',
    to: '',
  });
  protected readonly state = signal<LoadState<PagedList<AuditRecordDto>>>({ status: 'loading' });
  protected readonly rows = computed(() => readyItems(this.state()));
  protected readonly errors = new FormErrors<Field>({
    entityType: 'audit-entityType',
    entityId: 'audit-entityId',
    userId: 'audit-user',
    from: 'audit-from',
    to: 'audit-to',
  });
  protected readonly changeLines = changeLines;
  /** The known entity types, and one the URL names that is not among them. */
  protected readonly entityTypes = computed(() => {
    const current = this.filters().entityType;
    return current && !AUDIT_ENTITY_TYPES.includes(current)
      ? [...AUDIT_ENTITY_TYPES, current]
      : AUDIT_ENTITY_TYPES;
  });
  /** The user picker: what is typed, the accounts found (null: nothing asked), the one chosen. */
  protected readonly userQuery = signal('');
  protected readonly userResults = signal<readonly AuditUserDto[] | null>(null);
  protected readonly chosen = signal<AuditUserDto | null>(null);
  private readonly userSearch = new Subject<string>();

  constructor() {
    this.userSearch
      .pipe(
        debounceTime(250),
        switchMap((text) => (text.length >= 2 ? this.api.auditUsers({ q: text }) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe({ next: (users) => this.userResults.set(users) });
    inject(ActivatedRoute)
      .queryParamMap.pipe(
        map((params) => filtersOf((name) => params.get(name))),
        switchMap((filters) => {
          this.filters.set(filters);
          const { page: _, ...fields } = filters;
          this.form.setValue(fields);
          this.nameChosenUser(filters.userId);
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

  protected name(technical: string | null): string {
    return auditName(technical, this.i18n.lang());
  }

  protected userLabel(user: AuditUserDto): string {
    return user.agencyName
      ? `${user.fullName} (${user.userName}, ${user.agencyName})`
      : `${user.fullName} (${user.userName})`;
  }

  protected findUsers(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.userQuery.set(text);
    this.userSearch.next(text.trim());
  }

  protected chooseUser(user: AuditUserDto): void {
    this.chosen.set(user);
    this.form.controls.userId.setValue(user.id);
    this.userResults.set(null);
    this.userQuery.set('');
  }

  protected clearUser(): void {
    this.chosen.set(null);
    this.form.controls.userId.setValue('');
    this.filters.update((f) => ({ ...f, userId: '' }));
  }

  /** Shows the name of a user filter set by the URL (a bookmarked or paged view). */
  private nameChosenUser(userId: string): void {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(userId)) {
      this.chosen.set(null);
    } else if (this.chosen()?.id !== userId) {
      this.api.auditUsers({ id: userId }).subscribe({
        next: (users) =>
          this.chosen.set(
            users[0] ?? {
              id: userId,
              fullName: this.i18n.t('audit.user.unknown', { id: userId }),
              userName: '—',
              agencyName: null,
            },
          ),
        error: () => this.chosen.set(null),
      });
    }
  }

  protected search(): void {
    const data: Record<string, string> = this.form.getRawValue();
    const filters = filtersOf((name) => data[name] ?? '');
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
