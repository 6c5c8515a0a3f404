import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';

import { PROCEDURE_FIELDS, type ProcedureField } from '../../../core/api/catalogue.api';
import { TranslatePipe, type TranslationKey } from '../../../core/i18n';

/** The options of a filter by field of the procedures ("all", then every field), inside the page's own `select`. */
@Component({
  selector: 'select[appFieldOptions]',
  imports: [TranslatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <option value="">{{ 'catalogue.all' | t }}</option>
    @for (field of fields; track field) {
      <option [value]="field">{{ fieldKey(field) | t }}</option>
    }
  `,
})
export class FieldOptions {
  protected readonly fields = PROCEDURE_FIELDS;

  protected fieldKey(field: ProcedureField): TranslationKey {
    return `field.${field}`;
  }
}

/** The options of a filter by online service level ("all", then 4, 3, 2), inside the page's own `select`. */
@Component({
  selector: 'select[appServiceLevelOptions]',
  imports: [TranslatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <option value="">{{ 'catalogue.all' | t }}</option>
    <option value="4">{{ 'serviceLevel.4' | t }}</option>
    <option value="3">{{ 'serviceLevel.3' | t }}</option>
    <option value="2">{{ 'serviceLevel.2' | t }}</option>
  `,
})
export class ServiceLevelOptions {}
