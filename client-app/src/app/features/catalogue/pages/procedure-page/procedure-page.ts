import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { HttpErrorResponse } from '@angular/common/http';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Subject, combineLatest, map, startWith, switchMap } from 'rxjs';

import {
  CatalogueApi,
  type FeeDto,
  type ProcedureDetailDto,
  type ProcedureField,
} from '../../../../core/api/catalogue.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import { formatDate } from '../../../../shared/format/dates';
import { formatTimeLimit, formatVnd, serviceLevelKey } from '../../../../shared/format/procedure-format';

/** One procedure as the law requires it to be public: steps, documents with templates, time limit, fees, agency level, legal basis. */
@Component({
  selector: 'app-procedure-page',
  imports: [TranslatePipe, ErrorAlert, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-page.html',
  styleUrl: './procedure-page.scss',
})
export class ProcedurePage {
  private readonly api = inject(CatalogueApi);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(TranslationService);
  private readonly retries = new Subject<void>();

  protected readonly state = toSignal(
    combineLatest([
      this.route.paramMap.pipe(map((params) => params.get('id') ?? '')),
      this.retries.pipe(startWith(undefined)),
    ]).pipe(switchMap(([id]) => toLoadState(this.api.get(id)))),
    { initialValue: { status: 'loading' } as LoadState<ProcedureDetailDto> },
  );

  /** A procedure that does not exist (or an id that is not one) is "not found", not an error to retry. */
  protected notFound(error: unknown): boolean {
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  }

  protected retry(): void {
    this.retries.next();
  }

  protected text(value: { name: string; nameEn: string }): string {
    return this.i18n.lang() === 'en' ? value.nameEn : value.name;
  }

  protected resultType(procedure: ProcedureDetailDto): string {
    return this.i18n.lang() === 'en' ? procedure.resultTypeEn : procedure.resultType;
  }

  protected fieldKey(field: ProcedureField): TranslationKey {
    return `field.${field}`;
  }

  protected levelKey(code: string): TranslationKey | null {
    const key = `level.${code}`;
    return Object.hasOwn(this.i18n.dictionary(), key) ? (key as TranslationKey) : null;
  }

  protected documentFormKey(form: string): TranslationKey | null {
    const key = `documentForm.${form}`;
    return Object.hasOwn(this.i18n.dictionary(), key) ? (key as TranslationKey) : null;
  }

  protected timeLimit(procedure: ProcedureDetailDto): string {
    return formatTimeLimit(procedure.timeLimit, this.i18n.lang());
  }

  protected feeAmount(fee: FeeDto): string {
    if (fee.amountVnd !== null) {
      return formatVnd(fee.amountVnd, this.i18n.lang());
    }
    return fee.rule ?? this.i18n.t('procedure.feeByRegulation');
  }

  protected templateUrl(procedure: ProcedureDetailDto, fileName: string): string {
    return this.api.templateUrl(procedure.id, fileName);
  }

  /** The level's label: 4 toàn trình, 3 một phần, 2 (or anything below) information only. */
  protected serviceLevelKey(level: number): TranslationKey {
    return serviceLevelKey(level);
  }

  /** A date of the catalogue (`yyyy-MM-dd`) in the user's language. */
  protected day(value: string): string {
    return formatDate(value, this.i18n.lang());
  }

  /** The deciding authority in the current language (the Vietnamese text when no translation is published). */
  protected authority(procedure: ProcedureDetailDto): string | null {
    if (!procedure.decidingAuthority) return null;
    return this.i18n.lang() === 'en'
      ? (procedure.decidingAuthorityEn ?? procedure.decidingAuthority)
      : procedure.decidingAuthority;
  }

  /** Where a procedure not offered online is applied for: its deciding level's agency. */
  protected agencyName(procedure: ProcedureDetailDto): string {
    const key = this.levelKey(procedure.decidingLevelCode);
    return key ? this.i18n.t(key) : procedure.decidingLevelCode;
  }

  protected applyLink(procedure: ProcedureDetailDto): string[] {
    return ['/nop-ho-so', procedure.id];
  }
}
