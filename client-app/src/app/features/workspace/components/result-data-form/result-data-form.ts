import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';

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
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (data(); as current) {
      @if (current.hasTemplate) {
        <section class="card result-data" aria-labelledby="result-data-heading">
          <h2 id="result-data-heading">{{ 'resultData.heading' | t }}</h2>
          <p class="form-field__hint">
            {{ 'resultData.intro' | t: { document: current.documentType ?? '' } }}
          </p>
          @if (current.source) {
            <p class="form-field__hint">
              {{ 'resultData.source' | t: { source: current.source } }}
            </p>
          }
          @if (current.recordedAt) {
            <p class="form-field__hint">
              {{ 'resultData.recordedAt' | t: { date: when(current.recordedAt) } }}
            </p>
          } @else {
            <p class="form-field__hint">{{ 'resultData.notRecorded' | t }}</p>
          }
          @if (saved()) {
            <p role="status" class="result-data__saved">{{ 'resultData.saved' | t }}</p>
          }
          @if (problem(); as text) {
            <p role="alert" class="form-field__error">{{ text }}</p>
          }
          @if (current.canEdit) {
            <form novalidate (submit)="save($event)">
              @for (field of current.fields; track field.key) {
                <div class="form-field" [class.form-field--error]="errors()[field.key]">
                  <label [for]="'result-' + field.key">
                    {{ label(field) }}
                    @if (field.required) {
                      <span aria-hidden="true">*</span>
                    }
                  </label>
                  @if (errors()[field.key]; as error) {
                    <p class="form-field__error" [id]="'result-' + field.key + '-error'">
                      {{ error }}
                    </p>
                  }
                  @switch (field.type) {
                    @case ('Select') {
                      <select
                        [id]="'result-' + field.key"
                        [name]="field.key"
                        [attr.aria-invalid]="errors()[field.key] ? true : null"
                        [attr.aria-describedby]="
                          errors()[field.key] ? 'result-' + field.key + '-error' : null
                        "
                        [required]="field.required"
                      >
                        <option value="">{{ 'apply.choose' | t }}</option>
                        @for (option of field.options ?? []; track option.value) {
                          <option [value]="option.value" [selected]="option.value === field.value">
                            {{ english() ? option.labelEn : option.label }}
                          </option>
                        }
                      </select>
                    }
                    @default {
                      <input
                        [id]="'result-' + field.key"
                        [name]="field.key"
                        [type]="
                          field.type === 'Date'
                            ? 'date'
                            : field.type === 'Number'
                              ? 'number'
                              : 'text'
                        "
                        [value]="field.value ?? ''"
                        [attr.maxlength]="field.maxLength"
                        [attr.min]="field.min"
                        [attr.max]="field.max"
                        [required]="field.required"
                        [attr.aria-invalid]="errors()[field.key] ? true : null"
                        [attr.aria-describedby]="
                          errors()[field.key] ? 'result-' + field.key + '-error' : null
                        "
                      />
                    }
                  }
                </div>
              }
              <button type="submit" class="button" [disabled]="busy()">
                {{ 'resultData.save' | t }}
              </button>
            </form>
          } @else {
            <dl class="facts">
              @for (field of current.fields; track field.key) {
                <div class="facts__row">
                  <dt>{{ label(field) }}</dt>
                  <dd>{{ shown(field) }}</dd>
                </div>
              }
            </dl>
          }
        </section>
      }
    }
  `,
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
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly english = computed(() => this.i18n.lang() === 'en');

  constructor() {
    effect(() => {
      const id = this.dossierId();
      this.revision();
      this.api.resultData(id).subscribe({
        next: (data) => this.data.set(data),
        error: () => this.data.set(null),
      });
    });
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

  protected save(event: SubmitEvent): void {
    event.preventDefault();
    const current = this.data();
    if (!current) return;
    const form = new FormData(event.target as HTMLFormElement);
    const values: Record<string, string | null> = {};
    for (const field of current.fields) {
      const value = String(form.get(field.key) ?? '').trim();
      values[field.key] = value === '' ? null : value;
    }
    this.busy.set(true);
    this.saved.set(false);
    this.problem.set(null);
    this.api.saveResultData(this.dossierId(), values).subscribe({
      next: (data) => {
        this.busy.set(false);
        this.errors.set({});
        this.data.set(data);
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
