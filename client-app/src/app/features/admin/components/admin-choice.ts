import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { AdminControl, AdminField } from './admin-field';

/**
 * A labelled choice of one value from a fixed list (a `select` in an `app-admin-field`), each value shown by its
 * translation; the chosen value is emitted as soon as it changes.
 */
@Component({
  selector: 'app-admin-choice',
  imports: [TranslatePipe, AdminField, AdminControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'admin-field' },
  template: `
    <app-admin-field [fieldId]="fieldId()" [label]="label()" [error]="error()">
      <select appControl (change)="pick($event)">
        @for (choice of choices(); track choice) {
          <option [value]="choice" [selected]="value() === choice">
            {{ keyOf()(choice) | t }}
          </option>
        }
      </select>
    </app-admin-field>
  `,
  styles: ':host { display: block; }',
})
export class AdminChoice<T extends string> {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly error = input<string | null>(null);
  readonly choices = input.required<readonly T[]>();
  readonly value = input.required<T>();
  /** The translation key of a value's name. */
  readonly keyOf = input.required<(choice: T) => TranslationKey>();
  readonly changed = output<T>();

  protected pick(event: Event): void {
    this.changed.emit((event.target as HTMLSelectElement).value as T);
  }
}
