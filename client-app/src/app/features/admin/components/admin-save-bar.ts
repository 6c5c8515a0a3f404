import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { TranslatePipe } from '../../../core/i18n';

/**
 * The foot of an administration editor: its save button, the "unsaved changes" note while the edits are not saved yet,
 * and the page's further actions (projected after them, e.g. publishing).
 */
@Component({
  selector: 'app-admin-save-bar',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="apply__actions">
      <button
        type="button"
        class="button"
        [disabled]="busy()"
        (click)="save.emit()"
        [attr.data-testid]="testId()"
      >
        {{ label() }}
      </button>
      <span class="form-field__hint" role="status" [attr.data-testid]="unsavedTestId()">
        @if (dirty()) {
          {{ 'admin.unsaved' | t }}
        }
      </span>
      <ng-content />
    </div>
  `,
})
export class AdminSaveBar {
  readonly label = input.required<string>();
  readonly busy = input.required<boolean>();
  /** The page holds edits the server does not have yet. */
  readonly dirty = input.required<boolean>();
  readonly testId = input.required<string>();
  readonly unsavedTestId = input<string | null>(null);
  readonly save = output();
}
