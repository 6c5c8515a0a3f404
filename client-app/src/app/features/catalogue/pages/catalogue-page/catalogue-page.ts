import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink, convertToParamMap } from '@angular/router';
import { Subject, combineLatest, map, startWith, switchMap } from 'rxjs';

import {
  CatalogueApi,
  type LevelStatisticsDto,
  type PagedList,
  type ProcedureField,
  type ProcedureSummaryDto,
} from '../../../../core/api/catalogue.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import {
  type CatalogueQuery,
  paramsFromQuery,
  queryFromParams,
  searchFromQuery,
} from '../../catalogue-query';
import { formatTimeLimit, serviceLevelKey } from '../../../../shared/format/procedure-format';
import {
  FieldOptions,
  ServiceLevelOptions,
} from '../../../../shared/components/procedure-options/procedure-options';

/** The public catalogue: search that ignores diacritics, filters, paging; every filter lives in the URL. */
@Component({
  selector: 'app-catalogue-page',
  imports: [
    FieldOptions,
    ServiceLevelOptions,
    TranslatePipe,
    ErrorAlert,
    RouterLink,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue-page.scss',
})
export class CataloguePage {
  private readonly api = inject(CatalogueApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly retries = new Subject<void>();

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(queryFromParams)), {
    requireSync: true,
  });

  protected readonly state = toSignal(
    combineLatest([
      this.route.queryParamMap.pipe(map(queryFromParams)),
      this.retries.pipe(startWith(undefined)),
    ]).pipe(switchMap(([query]) => toLoadState(this.api.search(searchFromQuery(query))))),
    { initialValue: { status: 'loading' } as LoadState<PagedList<ProcedureSummaryDto>> },
  );

  /** The deciding levels of the active set-up (two-tier: province and commune), for the level filter. */
  protected readonly levels = signal<readonly LevelStatisticsDto[]>([]);
  /** The server runs the historical three-tier list (2019–2020), not the catalogue in force. */
  protected readonly historical = signal(false);

  /** The search form, filled from the address bar so that a shared link shows what it searched for. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    q: '',
    field: '',
    level: '',
    serviceLevel: '',
  });

  protected readonly hasFilters = computed(() => {
    const query = this.query();
    return (
      query.q !== '' || query.field !== null || query.level !== null || query.serviceLevel !== null
    );
  });

  constructor() {
    this.route.queryParamMap.pipe(map(queryFromParams), takeUntilDestroyed()).subscribe((query) =>
      this.form.setValue({
        q: query.q,
        field: query.field ?? '',
        level: query.level ?? '',
        serviceLevel: query.serviceLevel === null ? '' : String(query.serviceLevel),
      }),
    );
    this.api.statistics().subscribe({
      next: (statistics) => {
        this.levels.set(statistics.levels.filter((level) => level.total > 0));
        this.historical.set(statistics.historical === true);
      },
      // Without the statistics the level filter simply offers no choice; the search still works.
      error: () => this.levels.set([]),
    });
  }

  protected search(): void {
    const query = queryFromParams(convertToParamMap(this.form.getRawValue()));
    this.go({ ...query, page: 1 });
  }

  protected goToPage(page: number): void {
    this.go({ ...this.query(), page });
  }

  protected retry(): void {
    this.retries.next();
  }

  protected name(procedure: { name: string; nameEn: string }): string {
    return this.i18n.lang() === 'en' ? procedure.nameEn : procedure.name;
  }

  protected fieldKey(field: ProcedureField): TranslationKey {
    return `field.${field}`;
  }

  protected levelName(code: string): string {
    const key = `level.${code}`;
    return Object.hasOwn(this.i18n.dictionary(), key)
      ? this.i18n.t(key as TranslationKey)
      : (this.levels().find((level) => level.level === code)?.name ?? code);
  }

  protected serviceLevelKey(level: number): TranslationKey {
    return serviceLevelKey(level);
  }

  protected timeLimit(procedure: ProcedureSummaryDto): string {
    return formatTimeLimit(procedure.timeLimit, this.i18n.lang());
  }

  private go(query: CatalogueQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: paramsFromQuery(query) });
  }
}
