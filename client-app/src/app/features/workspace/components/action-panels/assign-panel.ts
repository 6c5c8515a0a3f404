import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Observable } from 'rxjs';

import { TranslatePipe } from '../../../../core/i18n';
import { ActionForm } from './action-form';
import { ActionPanel, commentGroup, text } from './action-panel';
import { CommentFields } from './comment-fields';

/** Assigning a specialist, or reassigning to another one than the current assignee, with a comment. */
@Component({
  selector: 'app-assign-panel',
  imports: [ActionForm, TranslatePipe, ReactiveFormsModule, CommentFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assign-panel.html',
  styleUrl: './action-panel.scss',
})
export class AssignPanel extends ActionPanel {
  protected readonly form = new FormGroup({
    assigneeId: new FormControl('', { nonNullable: true }),
    note: commentGroup(),
  });

  protected read(): Observable<unknown> {
    const assigneeId = text(this.form.controls.assigneeId);
    this.need('assigneeId', assigneeId);
    return this.send(this.action as 'assign' | 'reassign', {
      assigneeId,
      ...this.comment(this.form.controls.note),
    });
  }
}
