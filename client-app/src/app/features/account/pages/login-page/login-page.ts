import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';

import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorSummary } from '../../../../shared/forms/error-summary';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { readProblem } from '../../../../shared/forms/problem';
import { landingAfterSignIn } from '../../landing';

/** Sign-in with the citizen ID (or tax code) or the e-mail, and the password. */
@Component({
  selector: 'app-login-page',
  imports: [TranslatePipe, ReactiveFormsModule, RouterLink, ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styles:
    '.login-forgot { margin: 0.25rem 0 0; } .login-forgot a { display: inline-block; padding: 0.25rem 0; }',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(TranslationService);

  protected readonly form = inject(NonNullableFormBuilder).group({ userName: '', password: '' });
  protected readonly errors = new FormErrors({
    userName: 'login-user',
    password: 'login-password',
  });
  protected readonly busy = signal(false);
  /** The page the person was going to, passed on to registration and back. */
  protected readonly returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');

  protected submit(): void {
    const { userName, password } = this.form.getRawValue();
    const missing: Partial<Record<'userName' | 'password', string>> = {};
    if (!userName.trim()) missing.userName = this.i18n.t('login.error.userName');
    if (!password) missing.password = this.i18n.t('login.error.password');
    this.errors.setFields(missing);
    if (Object.keys(missing).length > 0) {
      return;
    }

    this.busy.set(true);
    this.auth.signIn(userName.trim(), password).subscribe({
      next: (profile) => {
        this.busy.set(false);
        void this.router.navigateByUrl(landingAfterSignIn(profile.roles, this.returnUrl));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = readProblem(error);
        const message =
          problem.code === 'auth.locked_out'
            ? this.i18n.t('login.error.lockedOut')
            : problem.code === 'rate_limit.sign_in_locked'
              ? this.i18n.t('login.error.throttled')
              : problem.messageKey === 'problem.unexpected'
                ? this.i18n.t('login.error.failed')
                : this.i18n.t(problem.messageKey ?? 'login.error.failed');
        this.errors.setProblem(problem, message);
      },
    });
  }
}
