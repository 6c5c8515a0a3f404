import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { TranslatePipe } from '../../../core/i18n';
import { LoadStatus } from '../../../shared/components/load-status/load-status';
import type { LoadState } from '../../../shared/state/load-state';

/** "Loading" or the administration's "could not load" alert while a page's data is not there. */
@Component({
  selector: 'app-admin-load-status',
  imports: [TranslatePipe, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-load-status
    [state]="state()"
    [loadingMessage]="'admin.loading' | t"
    [errorMessage]="'admin.loadError' | t"
  />`,
})
export class AdminLoadStatus {
  readonly state = input.required<LoadState<unknown>>();
}
