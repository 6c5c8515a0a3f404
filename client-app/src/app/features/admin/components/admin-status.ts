import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { ErrorAlert } from '../../../shared/components/error-alert/error-alert';

/** What the last action on an administration list did (announced politely), or why it failed (an alert). */
@Component({
  selector: 'app-admin-status',
  imports: [ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="admin__message" role="status" [attr.data-testid]="testId()">{{ message() }}</p>
    @if (failure(); as text) {
      <app-error-alert [message]="text" />
    }
  `,
  styleUrl: '../pages/admin-page.scss',
})
export class AdminStatus {
  readonly message = input.required<string | null>();
  readonly failure = input.required<string | null>();
  readonly testId = input.required<string>();
}
