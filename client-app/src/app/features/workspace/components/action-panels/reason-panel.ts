import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import type { Observable } from 'rxjs';

import { ActionForm } from './action-form';
import { ActionPanel, text } from './action-panel';
import { ReasonField } from './reason-field';

/** Rejecting at reception, refusing, stopping: the reasons, always. */
@Component({
  selector: 'app-reason-panel',
  imports: [ActionForm, ReasonField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-action-form [action]="action" [busy]="context().busy" (confirmed)="submit()">
      <app-reason-field
        [action]="action"
        name="reasons"
        [control]="form.controls.reasons"
        [error]="error('reasons')"
      />
    </app-action-form>
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
