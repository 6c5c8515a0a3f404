import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Observable } from 'rxjs';

import { TranslatePipe } from '../../../../core/i18n';
import { ActionForm } from './action-form';
import { ActionPanel, commentGroup, text } from './action-panel';
import { CommentFields } from './comment-fields';

/** Forwarding to another agency with the deadline of its step (the end of that day, Hanoi time), and a comment. */
@Component({
  selector: 'app-forward-panel',
  imports: [ActionForm, TranslatePipe, ReactiveFormsModule, CommentFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forward-panel.html',
  styleUrl: './action-panel.scss',
})
export class ForwardPanel extends ActionPanel {
  protected readonly form = new FormGroup({
    toAgencyId: new FormControl('', { nonNullable: true }),
    stepDeadline: new FormControl('', { nonNullable: true }),
    note: commentGroup(),
  });

  protected read(): Observable<unknown> {
    const toAgencyId = text(this.form.controls.toAgencyId);
    const deadline = text(this.form.controls.stepDeadline);
    this.need('toAgencyId', toAgencyId);
    this.need('stepDeadline', deadline);
    return this.send('forward', {
      toAgencyId,
      stepDeadline: deadline ? new Date(`${deadline}T17:00:00+07:00`).toISOString() : '',
      assigneeId: null,
      ...this.comment(this.form.controls.note),
    });
  }
}
