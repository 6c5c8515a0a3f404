import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormGroup } from '@angular/forms';
import type { Observable } from 'rxjs';

import { ActionForm } from './action-form';
import { ActionPanel, commentGroup } from './action-panel';
import { CommentFields } from './comment-fields';

/**
 * Actions that take only a comment and its reader: submitting for approval, approving, recording an uncollected result,
 * and returning to the specialist (where the comment is the reason, so it must be written).
 */
@Component({
  selector: 'app-comment-panel',
  imports: [ActionForm, CommentFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-action-form [action]="action" [busy]="context().busy" (confirmed)="submit()">
      <app-comment-fields
        [action]="action"
        [group]="form.controls.note"
        [errors]="context().errors"
        [required]="action === 'return-to-specialist'"
      />
    </app-action-form>
  `,
  styleUrl: './action-panel.scss',
})
export class CommentPanel extends ActionPanel {
  protected readonly form = new FormGroup({ note: commentGroup() });

  protected read(): Observable<unknown> {
    const note = this.comment(this.form.controls.note);
    if (this.action === 'return-to-specialist') {
      this.need('comment', note.comment ?? '');
      return this.send('return-to-specialist', { ...note, comment: note.comment ?? '' });
    }
    return this.send(this.action as 'submit-for-approval' | 'approve' | 'record-uncollected', note);
  }
}
