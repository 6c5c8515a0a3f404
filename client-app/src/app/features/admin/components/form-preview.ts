import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';

import type { FormFieldDto } from '../../../core/api/dossiers.api';
import { TranslatePipe } from '../../../core/i18n';
import { FormFields } from '../../../shared/components/form-fields/form-fields';

/**
 * The applicant's form as the schema being edited generates it, in the current language: the very component the
 * citizen's draft uses (a File field is the same upload, shown but not usable), so the editor sees what citizens see.
 * What is typed stays here; nothing is sent.
 */
@Component({
  selector: 'app-form-preview',
  imports: [TranslatePipe, FormFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (fields().length === 0) {
      <p>{{ 'procedureAdmin.preview.empty' | t }}</p>
    }
    <app-form-fields
      [fields]="fields()"
      [values]="values()"
      [preview]="true"
      idPrefix="preview-"
      (valueChange)="set($event.key, $event.value)"
    />
  `,
})
export class FormPreview {
  readonly fields = input.required<readonly FormFieldDto[]>();
  protected readonly values = signal<Record<string, string>>({});

  protected set(key: string, value: string): void {
    this.values.update((values) => ({ ...values, [key]: value }));
  }
}
