import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { EMPTY, catchError, filter, switchMap, take, timer } from 'rxjs';

import { type PaymentReturnDto, PaymentsApi } from '../../../../core/api/payments.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { readProblem } from '../../../../shared/forms/problem';
import { formatVnd } from '../../../../shared/format/procedure-format';
import { type PaymentOutcome, outcomeOf, settledOutcome } from '../../payment-outcome';

/** How often and how many times a pending payment is asked about again (the gateway's notification may lag). */
const POLL_MS = 3000;
const POLLS = 20;

/**
 * Where the gateway sends the payer's browser back. The query is passed on unchanged to the API, which checks its
 * signature and says what it recorded; a payment the bank accepted but not yet confirmed to the API is shown as pending
 * and asked about again until it is.
 */
@Component({
  selector: 'app-payment-return-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './payment-return-page.html',
})
export class PaymentReturnPage {
  private readonly api = inject(PaymentsApi);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly shown = signal<PaymentReturnDto | null>(null);
  protected readonly outcome = signal<PaymentOutcome | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    const query = inject(DOCUMENT).location.search.replace(/^\?/, '');
    if (!query) {
      this.outcome.set('invalid');
      return;
    }
    this.api.readReturn(query).subscribe({
      next: (shown) => {
        this.shown.set(shown);
        this.outcome.set(outcomeOf(shown));
        if (this.outcome() === 'pending') this.waitForConfirmation(shown);
      },
      error: (error: unknown) => {
        const problem = readProblem(error);
        this.error.set(this.i18n.t(problem.messageKey ?? 'problem.unexpected'));
      },
    });
  }

  protected headingKey(outcome: PaymentOutcome): TranslationKey {
    return `payReturn.${outcome}.heading`;
  }

  protected textKey(outcome: PaymentOutcome): TranslationKey {
    return `payReturn.${outcome}.text`;
  }

  protected amount(): string {
    const value = this.shown()?.amountVnd;
    return value == null ? '' : formatVnd(value, this.i18n.lang());
  }

  private waitForConfirmation(shown: PaymentReturnDto): void {
    if (!this.auth.signedIn() || !shown.dossierId) return;
    const dossierId = shown.dossierId;
    timer(POLL_MS, POLL_MS)
      .pipe(
        take(POLLS),
        switchMap(() => this.api.ofDossier(dossierId).pipe(catchError(() => EMPTY))),
        filter((payments) => settledOutcome(payments, shown.amountVnd) === 'paid'),
        take(1),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => this.outcome.set('paid'));
  }
}
