import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';

import { TranslatePipe } from '../../../../core/i18n';

/** The reasons (or the comment that must be written) of an action, labelled "reasons". */
@Component({
  selector: 'app-reason-field',
  imports: [TranslatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ':host { display: contents; }',
  template: `
    @let id = 'text-' + action();
    <div class="form-field" [class.form-field--error]="error()">
      <label [for]="id">{{ 'case.reasons' | t }}</label>
      @if (error(); as error) {
        <p class="form-field__error" [id]="id + '-error'">
          {{ error }}
        </p>
      }
      <textarea
        [id]="id"
        [name]="name()"
        rows="3"
        maxlength="2000"
        [formControl]="control()"
        [attr.aria-invalid]="error() ? true : null"
        [attr.aria-describedby]="error() ? id + '-error' : null"
      ></textarea>
    </div>
  `,
})
export class ReasonField {
  readonly action = input.required<string>();
  readonly name = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  readonly error = input<string | null>(null);
}
