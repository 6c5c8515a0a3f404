import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';

import { TranslatePipe } from '../../../../core/i18n';
import type { CommentGroup } from './action-panel';
import { ReasonField } from './reason-field';

/** An action's comment (a note, or required where the action needs one) and whom it is for. */
@Component({
  selector: 'app-comment-fields',
  imports: [TranslatePipe, ReactiveFormsModule, ReasonField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comment-fields.html',
  styleUrl: './action-panel.scss',
})
export class CommentFields {
  readonly action = input.required<string>();
  readonly group = input.required<CommentGroup>();
  readonly errors = input.required<Readonly<Record<string, string>>>();
  /** The comment must be written (it is the action's reason). */
  readonly required = input(false);
}
