import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { PagedList } from '../../../core/api/catalogue.api';
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
    @let page = list();
    @if (page) {
      <p
        class="form-field__hint"
        [attr.role]="announceTotal() ? 'status' : null"
        [attr.data-testid]="totalTestId()"
      >
        {{ 'admin.total' | t: { count: page.totalCount } }}
      </p>
    }
    @if (page && empty() !== null && page.items.length === 0) {
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
  /** The page of a paged list: its total is shown above the table; with `empty`, no rows shows that text instead. */
  readonly list = input<PagedList<unknown> | null>(null);
  readonly empty = input<string | null>(null);
  readonly emptyTestId = input<string | null>(null);
  /** The total is announced (when a filter changes it). */
  readonly announceTotal = input(false);
  readonly totalTestId = input<string | null>(null);
}
