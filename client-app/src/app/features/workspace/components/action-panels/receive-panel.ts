import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Observable } from 'rxjs';

import { TranslatePipe } from '../../../../core/i18n';
import { ActionForm } from './action-form';
import { ActionPanel, commentGroup, text } from './action-panel';
import { CommentFields } from './comment-fields';

/** Receiving: an optional extension of the time limit (up to the procedure's extra days, with its reason) and a comment. */
@Component({
  selector: 'app-receive-panel',
  imports: [ActionForm, TranslatePipe, ReactiveFormsModule, CommentFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './receive-panel.html',
  styleUrl: './action-panel.scss',
})
export class ReceivePanel extends ActionPanel {
  protected readonly form = new FormGroup({
    extensionDays: new FormControl<number | null>(null),
    extensionReason: new FormControl('', { nonNullable: true }),
    note: commentGroup(),
  });

  protected read(): Observable<unknown> {
    const days = this.form.controls.extensionDays.value;
    const extended = days != null && String(days).trim() !== '';
    const reason = text(this.form.controls.extensionReason);
    if (extended) this.need('extensionReason', reason);
    return this.send('receive', {
      ...this.comment(this.form.controls.note),
      extensionDays: extended ? Number(days) : null,
      extensionReason: extended ? reason : null,
    });
  }
}
