import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { TranslatePipe, type TranslationKey } from '../../../core/i18n';

/**
 * The table of an administration list: the total, the page's "nothing here" line when there are no rows, else a
 * labelled region that scrolls sideways on a phone with the column headers and the rows the page projects (`<tr>`s),
 * then the page's `app-admin-pager`.
 */
@Component({
  selector: 'app-admin-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let count = total();
    @if (count !== null) {
      <p
        class="form-field__hint"
        [attr.role]="announceTotal() ? 'status' : null"
        [attr.data-testid]="totalTestId()"
      >
        {{ 'admin.total' | t: { count } }}
      </p>
    }
    @if (empty() !== null && rows() === 0) {
      <p [attr.data-testid]="emptyTestId()">{{ empty() }}</p>
    } @else {
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="label()">
        <table class="data-table admin-table" [attr.data-testid]="testId()">
          <thead>
            <tr>
              @for (column of columns(); track column) {
                <th scope="col">{{ column | t }}</th>
              }
            </tr>
          </thead>
          <tbody>
            <ng-content />
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: '../pages/admin-page.scss',
})
export class AdminTable {
  /** The region's accessible name (the page's heading). */
  readonly label = input.required<string>();
  readonly columns = input.required<readonly TranslationKey[]>();
  readonly testId = input.required<string>();
  /** How many rows this page shows; with `empty`, none shows that text instead of the table. */
  readonly rows = input(0);
  readonly empty = input<string | null>(null);
  readonly emptyTestId = input<string | null>(null);
  /** The list's total count, shown above the table; announced when a filter changes it. */
  readonly total = input<number | null>(null);
  readonly announceTotal = input(false);
  readonly totalTestId = input<string | null>(null);
}
