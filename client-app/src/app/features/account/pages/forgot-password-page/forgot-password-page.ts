import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';

import { AuthApi } from '../../../../core/auth/auth.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorSummary } from '../../../../shared/forms/error-summary';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { readProblem } from '../../../../shared/forms/problem';
import { ACCOUNT_NOTICE_STYLES } from '../../account-styles';

/**
 * "Quên mật khẩu": asks for a reset link. The answer is the same whether or not the account exists (the API answers
 * 204 either way); accounts without an e-mail address are told how to recover at a desk, without anything looked up.
 */
@Component({
  selector: 'app-forgot-password-page',
  imports: [TranslatePipe, ReactiveFormsModule, RouterLink, ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forgot-password-page.html',
  styles: ACCOUNT_NOTICE_STYLES,
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly i18n = inject(TranslationService);

  protected readonly form = inject(NonNullableFormBuilder).group({ account: '' });
  protected readonly errors = new FormErrors<'account'>({ account: 'forgot-account' });
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);

  protected submit(): void {
    const account = this.form.getRawValue().account.trim();
    this.errors.setFields(account ? {} : { account: this.i18n.t('forgot.error.account') });
    if (!account) {
      return;
    }

    this.busy.set(true);
    this.api.requestPasswordReset(account).subscribe({
      next: () => {
        this.busy.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = readProblem(error);
        this.errors.setProblem(
          problem,
          this.i18n.t(
            problem.messageKey === 'problem.tooMany'
              ? 'forgot.error.throttled'
              : (problem.messageKey ?? 'problem.unexpected'),
          ),
        );
      },
    });
  }
}
