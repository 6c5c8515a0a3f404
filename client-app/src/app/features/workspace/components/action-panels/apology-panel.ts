import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Observable } from 'rxjs';

import { TranslatePipe } from '../../../../core/i18n';
import { formatDate } from '../../../../shared/format/dates';
import { ActionForm } from './action-form';
import { ActionPanel, text } from './action-panel';
import { ReasonField } from './reason-field';

/**
 * The apology for a late result: the new appointment (Hanoi time), the reason, the signer's title, and at the desk the
 * leader who signs it.
 */
@Component({
  selector: 'app-apology-panel',
  imports: [ActionForm, TranslatePipe, ReactiveFormsModule, ReasonField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './apology-panel.html',
  styleUrl: './action-panel.scss',
})
export class ApologyPanel extends ActionPanel {
  protected readonly form = new FormGroup({
    signerId: new FormControl('', { nonNullable: true }),
    signerTitle: new FormControl('', { nonNullable: true }),
    newAppointmentAt: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });

  protected when(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }

  protected read(): Observable<unknown> {
    const controls = this.form.controls;
    const [at, reason, title, signer] = [
      text(controls.newAppointmentAt),
      text(controls.reason),
      text(controls.signerTitle),
      text(controls.signerId),
    ];
    const desk = this.context().deskPreparesApology;
    this.need('newAppointmentAt', at);
    this.need('reason', reason);
    this.need('signerTitle', title);
    if (desk) this.need('signerId', signer);
    return this.send('apologise', {
      newAppointmentAt: at ? new Date(`${at}:00+07:00`).toISOString() : '',
      reason,
      signerTitle: title,
      signerId: desk ? signer : null,
    });
  }
}
