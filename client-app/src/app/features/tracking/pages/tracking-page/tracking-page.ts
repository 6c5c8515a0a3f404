import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';

import {
  type DossierLookupDto,
  DossiersApi,
  type PublicStepDto,
} from '../../../../core/api/dossiers.api';
import { formatDate } from '../../../../shared/format/dates';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorSummary } from '../../../../shared/forms/error-summary';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { readProblem } from '../../../../shared/forms/problem';
import { statusKey } from '../../../../shared/format/dossier-status';

/**
 * Public tracking without signing in: the dossier code (or tracking number) and the applicant's citizen ID; shows the
 * status, the procedure, the receiving agency, the dates and the public history of the steps.
 */
@Component({
  selector: 'app-tracking-page',
  imports: [TranslatePipe, ErrorSummary, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tracking-page.html',
})
export class TrackingPage {
  private readonly api = inject(DossiersApi);
  private readonly i18n = inject(TranslationService);

  protected readonly errors = new FormErrors({
    code: 'tracking-code',
    citizenId: 'tracking-citizen-id',
  });
  protected readonly found = signal<DossierLookupDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly statusKey = statusKey;
  /**
   * A code brought by a link: `ma` (the QR code and link printed on the receipts) or `code` (the home page's tracking box,
   * and links issued before): filled in, and the citizen ID — the lookup's second factor — asked for next.
   */
  private readonly params = inject(ActivatedRoute).snapshot.queryParamMap;
  protected readonly code = (this.params.get('ma') ?? this.params.get('code') ?? '').trim();
  /** Whether the code came from a printed link (its QR code): the page says why the citizen ID is still needed. */
  protected readonly fromLink = this.params.has('ma') && this.code !== '';
  private readonly citizenIdInput = viewChild<ElementRef<HTMLInputElement>>('citizenIdInput');

  constructor() {
    afterNextRender(() => {
      if (this.code) this.citizenIdInput()?.nativeElement.focus();
    });
  }

  protected readonly form = new FormGroup({
    code: new FormControl(this.code, { nonNullable: true }),
    citizenId: new FormControl('', { nonNullable: true }),
  });

  protected search(): void {
    const code = this.form.controls.code.value.trim();
    const citizenId = this.form.controls.citizenId.value.trim();
    const problems: Partial<Record<'code' | 'citizenId', string>> = {};
    if (!code) problems.code = this.i18n.t('tracking.error.code');
    if (!/^\d{12}$/.test(citizenId)) problems.citizenId = this.i18n.t('tracking.error.citizenId');
    this.errors.setFields(problems);
    this.found.set(null);
    this.notFound.set(false);
    if (Object.keys(problems).length > 0) return;

    this.busy.set(true);
    this.api.lookup(code, citizenId).subscribe({
      next: (dossier) => {
        this.busy.set(false);
        this.found.set(dossier);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (error instanceof HttpErrorResponse && error.status === 404) {
          this.notFound.set(true);
          return;
        }
        const problem = readProblem(error);
        this.errors.setProblem(problem, this.i18n.t(problem.messageKey ?? 'problem.unexpected'));
      },
    });
  }

  protected when(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }

  protected actionKey(step: PublicStepDto): TranslationKey {
    return `action.${step.action}` as TranslationKey;
  }

  /** The name in the page's language (the Vietnamese one when there is no English one). */
  protected named(vi: string | null | undefined, en: string | null | undefined): string {
    return (this.i18n.lang() === 'en' ? en || vi : vi) ?? '—';
  }
}
