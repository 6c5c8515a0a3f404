import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';

import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorSummary } from '../../../../shared/forms/error-summary';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { readProblem } from '../../../../shared/forms/problem';
import { type RegistrationInput, checkRegistration } from '../../account-rules';
import { safeReturnUrl } from '../../return-url';

type Field = keyof RegistrationInput;

/** A citizen account: checked in the browser field by field, then by the API (whose messages land on the same fields). */
@Component({
  selector: 'app-register-page',
  imports: [TranslatePipe, ReactiveFormsModule, RouterLink, ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register-page.html',
})
export class RegisterPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  /** The page the person was going to when asked to sign in; they land there once registered. */
  protected readonly returnUrl = inject(ActivatedRoute).snapshot.queryParamMap.get('returnUrl');

  protected readonly form = inject(NonNullableFormBuilder).group({
    fullName: '',
    citizenId: '',
    dateOfBirth: '',
    phone: '',
    email: '',
    password: '',
    confirmPassword: '',
  });

  protected readonly fields: readonly {
    name: Field;
    type: string;
    autocomplete: string;
    hint: boolean;
  }[] = [
    { name: 'fullName', type: 'text', autocomplete: 'name', hint: false },
    { name: 'citizenId', type: 'text', autocomplete: 'off', hint: true },
    { name: 'dateOfBirth', type: 'date', autocomplete: 'bday', hint: false },
    { name: 'phone', type: 'tel', autocomplete: 'tel', hint: true },
    { name: 'email', type: 'email', autocomplete: 'email', hint: false },
    { name: 'password', type: 'password', autocomplete: 'new-password', hint: true },
    { name: 'confirmPassword', type: 'password', autocomplete: 'new-password', hint: false },
  ];

  protected readonly errors = new FormErrors<Field>({
    fullName: 'register-fullName',
    citizenId: 'register-citizenId',
    dateOfBirth: 'register-dateOfBirth',
    phone: 'register-phone',
    email: 'register-email',
    password: 'register-password',
    confirmPassword: 'register-confirmPassword',
  });
  protected readonly busy = signal(false);

  protected label(field: Field) {
    return `register.${field}` as const;
  }

  protected hint(field: Field) {
    return `register.${field}Hint` as 'register.citizenIdHint';
  }

  protected describedBy(field: { name: Field; hint: boolean }): string | null {
    const ids = [
      field.hint ? `register-${field.name}-hint` : null,
      this.errors.of(field.name) ? `register-${field.name}-error` : null,
    ];
    return ids.filter(Boolean).join(' ') || null;
  }

  protected submit(): void {
    const input = this.form.getRawValue();
    if (this.errors.setChecks(checkRegistration(input), (key) => this.i18n.t(key))) {
      return;
    }

    this.busy.set(true);
    const { confirmPassword: _, ...registration } = input;
    this.auth
      .register({
        ...registration,
        citizenId: registration.citizenId.trim(),
        phone: registration.phone.replace(/[\s.-]/g, ''),
      })
      .subscribe({
        next: () => {
          this.busy.set(false);
          // Where they were going, else the account page with the next steps (find a procedure, my dossiers).
          const target = safeReturnUrl(this.returnUrl, '/tai-khoan');
          void this.router.navigateByUrl(target, { state: { welcome: target === '/tai-khoan' } });
        },
        error: (error: unknown) => {
          this.busy.set(false);
          const problem = readProblem(error);
          this.errors.setProblem(
            problem,
            problem.detail ?? this.i18n.t(problem.messageKey ?? 'problem.unexpected'),
          );
        },
      });
  }
}
