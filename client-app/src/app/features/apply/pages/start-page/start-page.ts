import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { EMPTY, expand, map, reduce, switchMap } from 'rxjs';

import { CatalogueApi, type ProcedureDetailDto } from '../../../../core/api/catalogue.api';
import { type AgencyDto, DossiersApi } from '../../../../core/api/dossiers.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { readProblem } from '../../../../shared/forms/problem';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';

interface StartData {
  readonly procedure: ProcedureDetailDto;
  readonly agencies: readonly AgencyDto[];
}

/** Before the form: which agency decides (the Department, or the applicant's commune), then a draft is started. */
@Component({
  selector: 'app-apply-start-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './start-page.html',
})
export class ApplyStartPage {
  private readonly catalogue = inject(CatalogueApi);
  private readonly dossiers = inject(DossiersApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);

  protected readonly state = toSignal(
    inject(ActivatedRoute).paramMap.pipe(
      map((params) => params.get('procedureId') ?? ''),
      switchMap((id) =>
        toLoadState(
          this.catalogue.get(id).pipe(
            switchMap((procedure) =>
              this.allAgencies(procedure.decidingLevelCode).pipe(
                map((agencies): StartData => ({
                  procedure,
                  agencies: agencies.filter((a) => a.decides),
                })),
              ),
            ),
          ),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<StartData> },
  );

  protected readonly chosen = signal<string>('');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly single = computed(() => {
    const state = this.state();
    return state.status === 'ready' && state.value.agencies.length === 1
      ? state.value.agencies[0]
      : null;
  });

  protected name(value: { name: string; nameEn: string }): string {
    return this.i18n.lang() === 'en' ? value.nameEn : value.name;
  }

  protected start(procedure: ProcedureDetailDto): void {
    const agencyId = this.single()?.id ?? this.chosen();
    if (!agencyId) {
      this.error.set(this.i18n.t('apply.start.chooseAgency'));
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    this.dossiers.start(procedure.id, agencyId).subscribe({
      next: (draft) => void this.router.navigate(['/ho-so', draft.id, 'soan']),
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = readProblem(error);
        this.error.set(
          Object.values(problem.fields)[0]?.[0] ??
            problem.detail ??
            this.i18n.t(problem.messageKey ?? 'problem.unexpected'),
        );
      },
    });
  }

  /** Every agency of a level (the list is paged by 100). */
  private allAgencies(level: string) {
    return this.dossiers.agencies(level, 1).pipe(
      expand((page) =>
        page.page < page.totalPages ? this.dossiers.agencies(level, page.page + 1) : EMPTY,
      ),
      reduce((all, page) => [...all, ...page.items], [] as AgencyDto[]),
    );
  }
}
