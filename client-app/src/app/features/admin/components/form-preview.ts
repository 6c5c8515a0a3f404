import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';

import type { FormFieldDto } from '../../../core/api/dossiers.api';
import { TranslatePipe, TranslationService } from '../../../core/i18n';

const INPUT_TYPES: Partial<Record<FormFieldDto['type'], string>> = {
  Number: 'number',
  Date: 'date',
  Phone: 'tel',
  Email: 'email',
  File: 'file',
};

/** The applicant's form as the schema being edited generates it, in the current language; nothing is sent. */
@Component({
  selector: 'app-form-preview',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (fields().length === 0) {
      <p>{{ 'procedureAdmin.preview.empty' | t }}</p>
    }
    @for (field of fields(); track $index; let i = $index) {
      <div class="form-field preview-field" data-testid="preview-field">
        <label [for]="'preview-' + i">
          {{ text(field.label, field.labelEn) || field.key }}
          @if (field.required) {
            <span class="preview-field__required"
              >({{ 'procedureAdmin.preview.required' | t }})</span
            >
          }
        </label>
        @if (text(field.help, field.helpEn); as help) {
          <p [id]="'preview-' + i + '-help'" class="form-field__hint">{{ help }}</p>
        }
        @if (field.type === 'Select') {
          <select
            [id]="'preview-' + i"
            [attr.aria-describedby]="
              text(field.help, field.helpEn) ? 'preview-' + i + '-help' : null
            "
          >
            <option value="">{{ 'apply.choose' | t }}</option>
            @for (option of field.options ?? []; track option.value) {
              <option [value]="option.value">{{ text(option.label, option.labelEn) }}</option>
            }
          </select>
        } @else if (field.multiline) {
          <textarea [id]="'preview-' + i" rows="3"></textarea>
        } @else {
          <input
            [id]="'preview-' + i"
            [type]="inputType(field)"
            [attr.inputmode]="field.type === 'CitizenId' ? 'numeric' : null"
            [attr.aria-describedby]="
              text(field.help, field.helpEn) ? 'preview-' + i + '-help' : null
            "
          />
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    .preview-field__required {
      color: var(--color-text-muted);
      font-weight: 400;
    }
  `,
})
export class FormPreview {
  private readonly i18n = inject(TranslationService);
  readonly fields = input.required<readonly FormFieldDto[]>();

  protected text(vi: string | null, en: string | null): string {
    return (this.i18n.lang() === 'en' ? en || vi : vi || en) ?? '';
  }

  protected inputType(field: FormFieldDto): string {
    return INPUT_TYPES[field.type] ?? 'text';
  }
}
