import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject, map, startWith, switchMap } from 'rxjs';

import type { PagedList } from '../../../../core/api/catalogue.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { AdminStatus } from '../../components/admin-status';
import { AdminTable } from '../../components/admin-table';
import { readProblem } from '../../../../shared/forms/problem';
import { type LoadState, readyItems, toLoadState } from '../../../../shared/state/load-state';
import { AdminApi, type AdminProcedureSummaryDto } from '../../admin.api';
import { problemText } from '../../admin-messages';

type ListAction = 'publish' | 'list' | 'unlist';

/** The whole catalogue for system administrators: search, versions, publication and listing; each opens the editor. */
@Component({
  selector: 'app-procedures-page',
  imports: [TranslatePipe, RouterLink, ReactiveFormsModule, AdminTable, AdminStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedures-page.html',
  styleUrl: '../admin-page.scss',
})
export class ProceduresPage {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly reload = new Subject<void>();

  protected readonly q = signal('');
  /** The search box, filled from the address bar's `q`. */
  protected readonly form = inject(NonNullableFormBuilder).group({ q: '' });
  protected readonly state = signal<LoadState<PagedList<AdminProcedureSummaryDto>>>({
    status: 'loading',
  });
  protected readonly rows = computed(() => readyItems(this.state()));
  protected readonly message = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    inject(ActivatedRoute)
      .queryParamMap.pipe(
        map((params) => ({
          q: params.get('q') ?? '',
          page: Math.max(1, Number(params.get('page')) || 1),
        })),
        switchMap((query) => {
          this.q.set(query.q);
          this.form.setValue({ q: query.q });
          return this.reload.pipe(
            startWith(undefined),
            map(() => query),
          );
        }),
        switchMap((query) => toLoadState(this.api.procedures(query.q, query.page))),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected search(): void {
    const q = this.form.getRawValue().q.trim();
    void this.router.navigate([], { queryParams: { q: q || null } });
  }

  protected readonly pageLink = (page: number) => ({
    q: this.q() || null,
    page: page > 1 ? page : null,
  });

  protected name(item: AdminProcedureSummaryDto): string {
    return (this.i18n.lang() === 'en' ? item.nameEn || item.name : item.name) || '—';
  }

  protected act(item: AdminProcedureSummaryDto, action: ListAction): void {
    this.busy.set(true);
    this.message.set(null);
    this.failure.set(null);
    this.api.procedureAction(item.id, action).subscribe({
      next: () => {
        this.busy.set(false);
        const done: TranslationKey = `procedureAdmin.done.${action}`;
        this.message.set(this.i18n.t(done, { name: this.name(item) }));
        this.reload.next();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(problemText(readProblem(error), this.i18n));
      },
    });
  }
}
