import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import {
  CatalogueApi,
  type ProcedureDetailDto,
  type ProcedureSummaryDto,
} from '../../../../core/api/catalogue.api';
import type { CommentAudience } from '../../../../core/api/dossiers.api';
import { WorkspaceApi } from '../../../../core/api/workspace.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorSummary, type SummaryItem } from '../../../../shared/forms/error-summary';
import { readProblem } from '../../../../shared/forms/problem';
import { FormFields } from '../../../../shared/components/form-fields/form-fields';
import { validateForm } from '../../../../shared/forms/form-rules';

/** The walk-in form's own fields: the API's field name, the input's id and its label. */
const OWN_FIELDS: Readonly<Record<string, { id: string; label: TranslationKey }>> = {
  'applicant.fullName': { id: 'walkin-name', label: 'register.fullName' },
  'applicant.citizenId': { id: 'walkin-citizen-id', label: 'register.citizenId' },
  'applicant.phone': { id: 'walkin-phone', label: 'register.phone' },
  'applicant.email': { id: 'walkin-email', label: 'walkin.email' },
  procedureId: { id: 'walkin-procedure', label: 'walkin.procedureLabel' },
  commentAudience: { id: 'walkin-audience-internal', label: 'case.audience' },
};

/**
 * The desk enters a paper dossier brought to the counter or received by post: the procedure (one its agency decides),
 * who brought it, the form as on paper. On confirmation it is received at once and the dossier page offers the receipt.
 */
@Component({
  selector: 'app-walk-in-page',
  imports: [TranslatePipe, RouterLink, ErrorSummary, FormFields, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './walk-in-page.html',
})
export class WalkInPage {
  private readonly catalogue = inject(CatalogueApi);
  private readonly api = inject(WorkspaceApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly agencyId = inject(AuthService).profile()?.agencyId ?? '';

  protected readonly procedures = signal<readonly ProcedureSummaryDto[]>([]);
  protected readonly procedure = signal<ProcedureDetailDto | null>(null);
  /** Who brought the dossier, how, and the desk's note; the procedure's own form is in `values`. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    channel: 'InPerson' as 'InPerson' | 'Post',
    fullName: '',
    citizenId: '',
    phone: '',
    email: '',
    note: '',
    commentAudience: '' as CommentAudience | '',
  });
  protected readonly values = signal<Record<string, string>>({});
  protected readonly formErrors = signal<Record<string, string>>({});
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected readonly summary = computed<readonly SummaryItem[]>(() => [
    ...Object.entries(this.errors()).map(([name, message]) => {
      const field = OWN_FIELDS[name] ?? OWN_FIELDS['procedureId'];
      return { fieldId: field.id, message: `${this.i18n.t(field.label)}: ${message}` };
    }),
    ...Object.entries(this.formErrors()).map(([key, message]) => ({
      fieldId: `field-${key}`,
      message,
    })),
  ]);

  constructor() {
    this.catalogue.search({ agencyId: this.agencyId, pageSize: 100 }).subscribe({
      next: (page) => this.procedures.set(page.items),
    });
  }

  protected name(procedure: ProcedureSummaryDto): string {
    return this.i18n.lang() === 'en' ? procedure.nameEn : procedure.name;
  }

  protected choose(id: string): void {
    this.procedure.set(null);
    this.values.set({});
    this.formErrors.set({});
    if (id) this.catalogue.get(id).subscribe({ next: (detail) => this.procedure.set(detail) });
  }

  protected change(key: string, value: string): void {
    this.values.update((values) => ({ ...values, [key]: value }));
    this.formErrors.update(({ [key]: _, ...rest }) => rest);
  }

  /** A field the desk corrects loses its error at once. */
  protected corrected(name: string): void {
    if (this.errors()[name]) this.errors.update(({ [name]: _, ...rest }) => rest);
  }

  protected submit(): void {
    const form = this.form.getRawValue();
    const text = (name: Exclude<keyof typeof form, 'channel' | 'commentAudience'>) =>
      form[name].trim();
    const procedure = this.procedure();
    const errors: Record<string, string> = {};
    const required = this.i18n.t('case.required');
    if (!procedure) errors['procedureId'] = required;
    if (!text('fullName')) errors['applicant.fullName'] = required;
    if (!/^\d{12}$/.test(text('citizenId')))
      errors['applicant.citizenId'] = this.i18n.t('tracking.error.citizenId');
    if (!text('phone')) errors['applicant.phone'] = required;
    const noteAudience = form.commentAudience || null;
    if (text('note') && !noteAudience)
      errors['commentAudience'] = this.i18n.t('case.audienceRequired');
    this.errors.set(errors);
    this.formErrors.set(
      procedure ? validateForm(procedure.form, this.values(), this.i18n.lang()) : {},
    );
    this.failure.set(null);
    if (this.summary().length > 0 || !procedure) return;

    this.busy.set(true);
    this.api
      .receiveWalkIn({
        procedureId: procedure.id,
        decidingAgencyId: this.agencyId,
        channel: form.channel === 'Post' ? 'Post' : 'InPerson',
        applicant: {
          fullName: text('fullName'),
          citizenId: text('citizenId'),
          phone: text('phone'),
          email: text('email') || null,
        },
        formData: Object.fromEntries(Object.entries(this.values()).filter(([, v]) => v !== '')),
        note: text('note') || null,
        commentAudience: text('note') ? noteAudience : null,
      })
      .subscribe({
        next: (dossier) =>
          void this.router.navigate(['/can-bo/ho-so', dossier.id], { state: { walkIn: true } }),
        error: (error: unknown) => {
          this.busy.set(false);
          const problem = readProblem(error);
          const fields: Record<string, string> = {};
          const formFields: Record<string, string> = {};
          for (const [name, messages] of Object.entries(problem.fields)) {
            if (name.startsWith('formData.'))
              formFields[name.slice('formData.'.length)] = messages[0];
            else fields[name] = messages[0];
          }
          this.errors.set(fields);
          this.formErrors.set(formFields);
          if (this.summary().length === 0) {
            this.failure.set(
              problem.detail ?? this.i18n.t(problem.messageKey ?? 'problem.unexpected'),
            );
          }
        },
      });
  }
}
