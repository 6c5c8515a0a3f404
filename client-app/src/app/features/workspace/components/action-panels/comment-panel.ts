import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Observable } from 'rxjs';

import { TranslatePipe } from '../../../../core/i18n';
import { ActionPanel, commentGroup } from './action-panel';
import { CommentFields } from './comment-fields';

/**
 * Actions that take only a comment and its reader: submitting for approval, approving, recording an uncollected result,
 * and returning to the specialist (where the comment is the reason, so it must be written).
 */
@Component({
  selector: 'app-comment-panel',
  imports: [TranslatePipe, ReactiveFormsModule, CommentFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="case__form"
      [id]="'action-form-' + action"
      novalidate
      [formGroup]="form"
      (ngSubmit)="submit()"
    >
      <app-comment-fields
        [action]="action"
        [group]="form.controls.note"
        [errors]="context().errors"
        [required]="action === 'return-to-specialist'"
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
