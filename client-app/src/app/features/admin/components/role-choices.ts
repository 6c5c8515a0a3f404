import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { TranslatePipe, type TranslationKey } from '../../../core/i18n';
import type { OfficialRole } from '../admin.api';
import { toggleRole } from '../admin-rules';

/** The roles an administrator may grant, as checkboxes in a fieldset; emits the new list on each change. */
@Component({
  selector: 'app-role-choices',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      class="form-field"
      [class.form-field--error]="error()"
      [attr.aria-describedby]="error() ? idPrefix() + '-error' : null"
    >
      <legend [class.visually-hidden]="legendHidden()">{{ legend() }}</legend>
      @if (error(); as message) {
        <p [id]="idPrefix() + '-error'" class="form-field__error">{{ message }}</p>
      }
      @for (role of roles(); track role) {
        <div class="choice">
          <input
            type="checkbox"
            [id]="idPrefix() + '-' + role"
            [checked]="selected().includes(role)"
            (change)="changed.emit(toggle(role, $any($event.target).checked))"
          />
          <label [for]="idPrefix() + '-' + role">{{ roleKey(role) | t }}</label>
        </div>
      }
    </fieldset>
  `,
})
export class RoleChoices {
  readonly roles = input.required<readonly OfficialRole[]>();
  readonly selected = input.required<readonly string[]>();
  readonly legend = input.required<string>();
  readonly legendHidden = input(false);
  /** The checkboxes' ids are `<idPrefix>-<role>`. */
  readonly idPrefix = input.required<string>();
  readonly error = input<string | null>(null);
  readonly changed = output<readonly string[]>();

  protected toggle(role: OfficialRole, on: boolean): readonly string[] {
    return toggleRole(this.selected(), role, on);
  }

  protected roleKey(role: OfficialRole): TranslationKey {
    return `admin.role.${role}`;
  }
}
