import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  computed,
  inject,
  input,
} from '@angular/core';

/**
 * A labelled form field with its hint and its error (the GOV.UK order: label, hint, error, control). The control
 * inside carries `appControl`, which gives it the field's id, `aria-invalid` and `aria-describedby`.
 */
@Component({
  selector: 'app-admin-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'admin-field' },
  template: `
    <div class="form-field" [class.form-field--error]="error()">
      <label [for]="fieldId()">{{ label() }}</label>
      @if (hint()) {
        <p [id]="fieldId() + '-hint'" class="form-field__hint">{{ hint() }}</p>
      }
      @if (error()) {
        <p [id]="fieldId() + '-error'" class="form-field__error">{{ error() }}</p>
      }
      <ng-content />
    </div>
  `,
  styles: ':host { display: block; }',
})
export class AdminField {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);

  readonly describedBy = computed(
    () =>
      [this.hint() && `${this.fieldId()}-hint`, this.error() && `${this.fieldId()}-error`]
        .filter(Boolean)
        .join(' ') || null,
  );
}

/** The control of an `app-admin-field`. */
@Directive({
  selector: '[appControl]',
  host: {
    '[id]': 'field.fieldId()',
    '[attr.aria-invalid]': 'field.error() ? true : null',
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class AdminControl {
  protected readonly field = inject(AdminField);
}
