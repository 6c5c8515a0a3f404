import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { TranslatePipe } from '../../../core/i18n';
import type { LoadState } from '../../state/load-state';
import { ErrorAlert } from '../error-alert/error-alert';

/**
 * What a page shows while its data is not there: "loading" announced politely, or the page's error message announced
 * as an alert. The page draws its content itself once the state is ready.
 */
@Component({
  selector: 'app-load-status',
  imports: [TranslatePipe, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state().status === 'loading') {
      <p role="status">{{ loadingMessage() ?? ('apply.loading' | t) }}</p>
    } @else if (state().status === 'error') {
      <app-error-alert [message]="errorMessage()" />
    }
  `,
})
export class LoadStatus {
  readonly state = input.required<LoadState<unknown>>();
  readonly errorMessage = input.required<string>();
  /** What "loading" says; the application form's words by default. */
  readonly loadingMessage = input<string | null>(null);
}
