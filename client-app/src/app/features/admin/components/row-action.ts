import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A secondary button acting on one row of an administration table; its accessible name ends with the row's name
 * ("Khóa sgd.leader"), read by screen readers only, so that each button on the page is distinct.
 */
@Component({
  selector: 'button[appRowAction]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { type: 'button', class: 'button button--secondary' },
  template: `<ng-content />&ngsp;<span class="visually-hidden">{{ of() }}</span>`,
})
export class RowAction {
  /** The row's name (an official's user name). */
  readonly of = input.required<string>();
}
