import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';

import type { FormFieldDto } from '../../../../core/api/dossiers.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';

/**
 * The fields of a procedure's form schema, each with its label, required mark, help and error in place (inputs with
 * the ids `field-<key>` that error summaries link to). Used by the applicant's draft and the desk's walk-in entry.
 */
@Component({
  selector: 'app-form-fields',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './form-fields.html',
  styles: ':host { display: grid; gap: 1.25rem; } .apply__required { color: var(--color-error); }',
})
export class FormFields {
  private readonly i18n = inject(TranslationService);

  readonly fields = input.required<readonly FormFieldDto[]>();
  readonly values = input.required<Readonly<Record<string, string>>>();
  readonly errors = input<Readonly<Record<string, string>>>({});
  readonly valueChange = output<{ key: string; value: string }>();

  protected text(value: { label: string; labelEn: string }): string {
    return this.i18n.lang() === 'en' ? value.labelEn : value.label;
  }

  protected help(field: FormFieldDto): string | null {
    return this.i18n.lang() === 'en' ? (field.helpEn ?? field.help) : field.help;
  }

  protected describedBy(field: FormFieldDto): string | null {
    const ids = [
      this.help(field) ? `field-${field.key}-help` : null,
      this.errors()[field.key] ? `field-${field.key}-error` : null,
    ];
    return ids.filter(Boolean).join(' ') || null;
  }

  protected valueOf(key: string): string {
    return Object.hasOwn(this.values(), key) ? this.values()[key] : '';
  }

  protected inputType(field: FormFieldDto): string {
    return { Date: 'date', Email: 'email', Phone: 'tel' }[field.type as string] ?? 'text';
  }

  protected inputMode(field: FormFieldDto): string | null {
    return field.type === 'Number' ? 'decimal' : field.type === 'CitizenId' ? 'numeric' : null;
  }

  protected set(key: string, value: string): void {
    this.valueChange.emit({ key, value });
  }
}
