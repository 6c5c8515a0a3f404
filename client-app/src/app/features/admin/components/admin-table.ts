import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Params } from '@angular/router';

import type { PagedList } from '../../../core/api/catalogue.api';
import { TranslatePipe, type TranslationKey } from '../../../core/i18n';
import type { LoadState } from '../../../shared/state/load-state';
import { AdminLoadStatus } from './admin-load-status';
import { AdminPager } from './admin-pager';

/**
 * The table of an administration list: a labelled region that scrolls sideways on a phone with the column headers and
 * the rows the page projects (`<tr>`s). Given the `state` of a paged list, it also says "loading" or "could not load",
 * shows the total, the page's "nothing here" line when there are no rows, and the pager under the table.
 */
@Component({
  selector: 'app-admin-table',
  imports: [TranslatePipe, AdminLoadStatus, AdminPager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @let page = list();
    @if (current) {
      <app-admin-load-status [state]="current" />
    }
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
    } @else if (!current || page) {
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
      @let link = pageLink();
      @if (page && link) {
        <app-admin-pager [list]="page" [link]="link" [nextTestId]="nextTestId()" />
      }
    }
  `,
  styleUrl: '../pages/admin-page.scss',
})
export class AdminTable {
  /** The region's accessible name (the page's heading). */
  readonly label = input.required<string>();
  readonly columns = input.required<readonly TranslationKey[]>();
  readonly testId = input.required<string>();
  /**
   * The loading state of a paged list: its total is shown above the table and, with `empty`, no rows shows that text
   * instead. The page projects the rows of the list's items (`readyItems`).
   */
  readonly state = input<LoadState<PagedList<unknown>> | null>(null);
  readonly empty = input<string | null>(null);
  readonly emptyTestId = input<string | null>(null);
  /** The total is announced (when a filter changes it). */
  readonly announceTotal = input(false);
  readonly totalTestId = input<string | null>(null);
  /** The query of another page of the list (the other filters kept); without it, no pager. */
  readonly pageLink = input<((page: number) => Params) | null>(null);
  readonly nextTestId = input<string | null>(null);

  protected readonly list = computed(() => {
    const current = this.state();
    return current?.status === 'ready' ? current.value : null;
  });
}
