import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { TranslatePipe } from '../../../../core/i18n';

/** The frame of every action panel: its form (named for the action, so the page can focus it) and the confirm button. */
@Component({
  selector: 'app-action-form',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="case__form" [id]="'action-form-' + action()" novalidate (submit)="confirm($event)">
      <ng-content />
      <button
        type="submit"
        class="button"
        [disabled]="busy()"
        [attr.data-testid]="'confirm-' + action()"
      >
        {{ 'case.confirm' | t }}
      </button>
    </form>
  `,
  styles: `
    :host {
      display: contents;
    }

    .case__form {
      display: grid;
      gap: 0.75rem;
      margin-top: 0.75rem;
      padding: 0.75rem;
      border: 1px solid var(--color-border);
      border-radius: 0.375rem;
    }

    /* The confirm button spans the panel, as the action's own button does. */
    .case__form > .button {
      width: 100%;
    }
  `,
})
export class ActionForm {
  readonly action = input.required<string>();
  readonly busy = input(false);
  readonly confirmed = output<void>();

  protected confirm(event: SubmitEvent): void {
    event.preventDefault();
    this.confirmed.emit();
  }
}
