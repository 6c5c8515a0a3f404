import { ChangeDetectionStrategy, Component, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Observable } from 'rxjs';

import type { Channel } from '../../../../core/api/dossiers.api';
import { TranslatePipe } from '../../../../core/i18n';
import { ActionForm } from './action-form';
import { ActionPanel, commentGroup } from './action-panel';
import { CommentFields } from './comment-fields';

/** Returning the result: by the channels the server allows (in person or by post, online), with a comment. */
@Component({
  selector: 'app-return-result-panel',
  imports: [ActionForm, TranslatePipe, ReactiveFormsModule, CommentFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './return-result-panel.html',
  styleUrl: './action-panel.scss',
})
export class ReturnResultPanel extends ActionPanel implements OnInit {
  protected readonly form = new FormGroup({
    channel: new FormControl<Channel>('InPerson', { nonNullable: true }),
    note: commentGroup(),
  });

  /** The first channel offered is the one chosen, as the list shows it. */
  ngOnInit(): void {
    this.form.controls.channel.setValue(this.allows('ReturnResult') ? 'InPerson' : 'Online');
  }

  protected read(): Observable<unknown> {
    return this.send('return-result', {
      channel: this.form.controls.channel.value,
      ...this.comment(this.form.controls.note),
    });
  }
}
