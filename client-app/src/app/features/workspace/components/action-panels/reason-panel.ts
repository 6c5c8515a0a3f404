import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Observable } from 'rxjs';

import { TranslatePipe } from '../../../../core/i18n';
import { ActionPanel, text } from './action-panel';
import { ReasonField } from './reason-field';

/** Rejecting at reception, refusing, stopping: the reasons, always. */
@Component({
  selector: 'app-reason-panel',
  imports: [TranslatePipe, ReactiveFormsModule, ReasonField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="case__form"
      [id]="'action-form-' + action"
      novalidate
      [formGroup]="form"
      (ngSubmit)="submit()"
    >
      <app-reason-field
        [action]="action"
        name="reasons"
        [control]="form.controls.reasons"
        [error]="error('reasons')"
      />
      <button
        type="submit"
        class="button"
        [disabled]="context().busy"
        [attr.data-testid]="'confirm-' + action"
      >
        {{ 'case.confirm' | t }}
      </button>
    </form>
  `,
  styleUrl: './action-panel.scss',
})
export class ReasonPanel extends ActionPanel {
  protected readonly form = new FormGroup({ reasons: new FormControl('', { nonNullable: true }) });

  protected read(): Observable<unknown> {
    const reasons = text(this.form.controls.reasons);
    this.need('reasons', reasons);
    return this.send(this.action as 'reject' | 'refuse' | 'stop', { reasons });
  }
}
