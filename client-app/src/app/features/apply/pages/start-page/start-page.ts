import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { EMPTY, catchError, expand, from, map, mergeMap, of, reduce, switchMap, take } from 'rxjs';

import { CatalogueApi, type ProcedureDetailDto } from '../../../../core/api/catalogue.api';
import { type AgencyDto, DossiersApi } from '../../../../core/api/dossiers.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { LoadStatus } from '../../../../shared/components/load-status/load-status';
import { problemSentence, readProblem } from '../../../../shared/forms/problem';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import { WardCombobox } from '../../components/ward-combobox/ward-combobox';
import { type WardOption, suggestWard, wardOptions } from '../../wards';

interface StartData {
  readonly procedure: ProcedureDetailDto;
  readonly agencies: readonly AgencyDto[];
  readonly options: readonly WardOption[];
}

/** The form fields that hold an address (the applicant's residence, an organisation's seat). */
const ADDRESS_KEY = /address/i;

/**
 * Before the form: which agency decides (the Department, or the applicant's commune or ward, found by typing its own
 * name and proposed from the address of the applicant's latest dossier), then a draft is started.
 */
@Component({
  selector: 'app-apply-start-page',
  imports: [TranslatePipe, RouterLink, LoadStatus, WardCombobox],
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
                map((agencies): StartData => {
                  const deciding = agencies.filter((a) => a.decides);
                  return { procedure, agencies: deciding, options: wardOptions(deciding) };
                }),
              ),
            ),
          ),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<StartData> },
  );

  protected readonly chosen = signal<string>('');
  /** The ward proposed from the applicant's address; the applicant may choose another. */
  protected readonly suggested = signal<WardOption | null>(null);
  private readonly addresses = toSignal(this.recentAddresses(), { initialValue: [] as string[] });

  constructor() {
    // Proposes (and pre-selects) the ward the applicant's latest address names, once the list is there.
    effect(() => {
      const state = this.state();
      if (state.status !== 'ready' || state.value.options.length < 2 || this.suggested()) return;
      for (const address of this.addresses()) {
        const ward = suggestWard(state.value.options, address);
        if (ward) {
          this.suggested.set(ward);
          if (!this.chosen()) this.chosen.set(ward.agency.id);
          return;
        }
      }
    });
  }
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly single = computed(() => {
    const state = this.state();
    return state.status === 'ready' && state.value.agencies.length === 1
      ? state.value.agencies[0]
      : null;
  });

  protected own(option: WardOption): string {
    return this.i18n.lang() === 'en'
      ? `${option.ownEn} ${option.kindEn}`.trim()
      : `${option.kind} ${option.own}`.trim();
  }

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
        this.error.set(problemSentence(problem, (key) => this.i18n.t(key)));
      },
    });
  }

  /** The addresses in the applicant's latest dossiers, newest first (none when not signed in or none given). */
  private recentAddresses() {
    return this.dossiers.mine(1, 3).pipe(
      switchMap((page) =>
        from(page.items).pipe(
          mergeMap((item) => this.dossiers.get(item.id).pipe(catchError(() => EMPTY)), 1),
          map((dossier) =>
            Object.entries(dossier.formData)
              .filter(([key, value]) => ADDRESS_KEY.test(key) && value)
              .map(([, value]) => value as string),
          ),
          reduce((all, found) => [...all, ...found], [] as string[]),
        ),
      ),
      take(1),
      catchError(() => of([] as string[])),
    );
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
