import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import {
  CatalogueApi,
  type CatalogueStatisticsDto,
  PROCEDURE_FIELDS,
  type ProcedureField,
  type ProcedureSummaryDto,
} from '../../../../core/api/catalogue.api';
import { OverviewApi, type OverviewDto } from '../../../../core/api/overview.api';
import { serviceLevelKey } from '../../../../shared/format/procedure-format';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';

/**
 * The front door: find a procedure (search or by field), the most applied-for ones, track an application by its code,
 * and the headline figures.
 */
@Component({
  selector: 'app-home-page',
  imports: [TranslatePipe, ErrorAlert, RouterLink, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  private readonly overviewApi = inject(OverviewApi);
  private readonly catalogue = inject(CatalogueApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly fields = PROCEDURE_FIELDS;
  protected readonly state = signal<LoadState<OverviewDto>>({ status: 'loading' });
  protected readonly popular = signal<LoadState<readonly ProcedureSummaryDto[]>>({
    status: 'loading',
  });
  protected readonly catalogueStats = signal<CatalogueStatisticsDto | null>(null);

  constructor() {
    this.loadOverview();
    toLoadState(this.catalogue.popular(6))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((state) => this.popular.set(state));
    this.catalogue
      .statistics()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (stats) => this.catalogueStats.set(stats), error: () => undefined });
  }

  protected loadOverview(): void {
    toLoadState(this.overviewApi.getOverview())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((state) => this.state.set(state));
  }

  protected fieldKey(field: ProcedureField): TranslationKey {
    return `field.${field}`;
  }

  protected fieldHintKey(field: ProcedureField): TranslationKey {
    return `home.field.${field}`;
  }

  protected levelKey(procedure: ProcedureSummaryDto): TranslationKey {
    return serviceLevelKey(procedure.serviceLevel);
  }

  /** The deciding level's agency, "Sở Giáo dục và Đào tạo (cấp tỉnh)", as the catalogue list names it. */
  protected levelName(code: string): string {
    const key = `level.${code}`;
    return Object.hasOwn(this.i18n.dictionary(), key)
      ? this.i18n.t(key as TranslationKey)
      : (this.catalogueStats()?.levels.find((level) => level.level === code)?.name ?? code);
  }

  protected name(procedure: ProcedureSummaryDto): string {
    return this.i18n.lang() === 'en' ? procedure.nameEn : procedure.name;
  }

  protected percent(value: number): string {
    return new Intl.NumberFormat(this.i18n.lang() === 'en' ? 'en-GB' : 'vi-VN', {
      maximumFractionDigits: 0,
    }).format(value);
  }

  protected readonly searchForm = new FormGroup({ q: new FormControl('', { nonNullable: true }) });
  protected readonly trackForm = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
  });

  protected search(): void {
    const q = this.searchForm.controls.q.value.trim();
    void this.router.navigate(['/thu-tuc'], { queryParams: q ? { q } : {} });
  }

  protected track(): void {
    const code = this.trackForm.controls.code.value.trim();
    void this.router.navigate(['/tra-cuu'], { queryParams: code ? { code } : {} });
  }
}
