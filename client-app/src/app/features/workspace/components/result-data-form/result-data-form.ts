import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { catchError, of, switchMap } from 'rxjs';

import {
  type ResultDataDto,
  type ResultDataFieldDto,
  WorkspaceApi,
} from '../../../../core/api/workspace.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { formatDate } from '../../../../shared/format/dates';
import { readProblem } from '../../../../shared/forms/problem';

/**
 * The data a generated result prints (e.g. for the copy of a diploma what the original register holds), on the official's
 * dossier page: an editable form for whoever may record them now (the assigned specialist, a leader before the return),
 * read-only otherwise; nothing at all for a procedure whose result the leader uploads. Fields, labels and checks come from
 * the server (the result template); its 400 names each field as `values.<key>`.
 */
@Component({
  selector: 'app-result-data-form',
  imports: [TranslatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './result-data-form.html',
  styles: `
    .result-data {
      margin-block: 1rem;
    }
    .result-data form {
      display: grid;
      gap: 0.25rem;
    }
    .result-data input,
    .result-data select {
      max-width: 100%;
    }
    .result-data__saved {
      font-weight: 600;
    }
  `,
})
export class ResultDataForm {
  private readonly api = inject(WorkspaceApi);
  private readonly i18n = inject(TranslationService);

  /** The dossier. */
  readonly dossierId = input.required<string>();
  /** Changes whenever the dossier moves on (its status and steps), so who may edit is asked again. */
  readonly revision = input<string>('');

  protected readonly data = signal<ResultDataDto | null>(null);
  private readonly fb = inject(NonNullableFormBuilder);
  /** One control per field of the result template, holding its recorded value. */
  protected readonly form = this.fb.record<string>({});
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly english = computed(() => this.i18n.lang() === 'en');

  constructor() {
    // Asked again whenever the dossier or its revision changes; an answer about an earlier revision is dropped.
    toObservable(computed(() => ({ id: this.dossierId(), revision: this.revision() })))
      .pipe(
        switchMap(({ id }) => this.api.resultData(id).pipe(catchError(() => of(null)))),
        takeUntilDestroyed(),
      )
      .subscribe((data) => (data ? this.show(data) : this.data.set(null)));
  }

  /** Shows the data and fills the form with the recorded values. */
  private show(data: ResultDataDto): void {
    const keys = new Set(data.fields.map((field) => field.key));
    for (const key of Object.keys(this.form.controls))
      if (!keys.has(key)) this.form.removeControl(key);
    for (const field of data.fields) {
      const control = this.form.controls[field.key];
      if (control) control.setValue(field.value ?? '');
      else this.form.addControl(field.key, this.fb.control(field.value ?? ''));
    }
    this.data.set(data);
  }

  protected label(field: ResultDataFieldDto): string {
    return this.english() ? field.labelEn : field.label;
  }

  protected shown(field: ResultDataFieldDto): string {
    if (!field.value) return '—';
    if (field.type === 'Select') {
      const option = field.options?.find((o) => o.value === field.value);
      return option ? (this.english() ? option.labelEn : option.label) : field.value;
    }
    return field.type === 'Date' ? formatDate(field.value, this.i18n.lang(), 'date') : field.value;
  }

  protected when(value: string): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }

  protected save(): void {
    const current = this.data();
    if (!current) return;
    const form = this.form.getRawValue();
    const values: Record<string, string | null> = {};
    for (const field of current.fields) {
      const value = (form[field.key] ?? '').trim();
      values[field.key] = value === '' ? null : value;
    }
    this.busy.set(true);
    this.saved.set(false);
    this.problem.set(null);
    this.api.saveResultData(this.dossierId(), values).subscribe({
      next: (data) => {
        this.busy.set(false);
        this.errors.set({});
        this.show(data);
        this.saved.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = readProblem(error);
        const errors: Record<string, string> = {};
        for (const [name, messages] of Object.entries(problem.fields)) {
          if (name.startsWith('values.') && messages.length > 0)
            errors[name.slice(7)] = messages[0];
        }
        this.errors.set(errors);
        this.problem.set(
          Object.keys(errors).length > 0
            ? this.i18n.t('resultData.fixErrors')
            : (problem.detail ?? (problem.messageKey ? this.i18n.t(problem.messageKey) : null)),
        );
        const first = Object.keys(errors)[0];
        if (first) {
          queueMicrotask(() => document.getElementById(`result-${first}`)?.focus());
        }
      },
    });
  }
}
