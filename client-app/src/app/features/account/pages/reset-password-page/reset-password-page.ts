import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';

import { AuthApi } from '../../../../core/auth/auth.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorSummary } from '../../../../shared/forms/error-summary';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { readProblem } from '../../../../shared/forms/problem';
import { checkNewPassword } from '../../account-rules';
import { ACCOUNT_NOTICE_STYLES } from '../../account-styles';

type Field = 'newPassword' | 'confirmPassword' | 'token';

/**
 * Sets a new password with the link from the reset mail. The token comes in the address's fragment (`#token=…`), which
 * browsers never send to a server. The rules are registration's, checked here and again by the API, whose messages
 * land on the same fields; afterwards every session of the account has ended, so the person signs in again.
 */
@Component({
  selector: 'app-reset-password-page',
  imports: [TranslatePipe, ReactiveFormsModule, RouterLink, ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reset-password-page.html',
  styles: ACCOUNT_NOTICE_STYLES,
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(TranslationService);

  protected readonly token =
    new URLSearchParams(inject(ActivatedRoute).snapshot.fragment ?? '').get('token') ?? '';
  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: '',
    confirmPassword: '',
  });
  protected readonly errors = new FormErrors<Field>({
    newPassword: 'reset-newPassword',
    confirmPassword: 'reset-confirmPassword',
    token: 'reset-newPassword',
  });
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly linkRefused = signal(false);

  protected describedBy(field: 'newPassword' | 'confirmPassword'): string | null {
    const ids = [
      field === 'newPassword' ? 'reset-newPassword-hint' : null,
      this.errors.of(field) ? `reset-${field}-error` : null,
    ];
    return ids.filter(Boolean).join(' ') || null;
  }

  protected submit(): void {
    const { newPassword, confirmPassword } = this.form.getRawValue();
    if (
      this.errors.setChecks(checkNewPassword(newPassword, confirmPassword), (key) =>
        this.i18n.t(key),
      )
    ) {
      return;
    }

    this.busy.set(true);
    this.api.resetPassword(this.token, newPassword).subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(true);
        this.auth.clear(); // every session of the account has ended, this browser's too
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = readProblem(error);
        if (problem.fields['token']) {
          this.linkRefused.set(true);
          return;
        }
        this.errors.setProblem(
          problem,
          problem.detail ?? this.i18n.t(problem.messageKey ?? 'problem.unexpected'),
        );
      },
    });
  }
}
