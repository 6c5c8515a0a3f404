import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type Params, RouterLink } from '@angular/router';

import type { PagedList } from '../../../core/api/catalogue.api';
import { TranslatePipe } from '../../../core/i18n';

/** Previous / "page n of m" / next links of a paged list whose page is in the URL's query. */
@Component({
  selector: 'app-admin-pager',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let list = this.list();
    @if (list.totalPages > 1) {
      <nav class="admin-pager" [attr.aria-label]="'catalogue.pager' | t">
        @if (list.page > 1) {
          <a routerLink="." [queryParams]="link()(list.page - 1)">{{ 'inbox.previous' | t }}</a>
        }
        <span>{{ 'inbox.page' | t: { page: list.page, pages: list.totalPages } }}</span>
        @if (list.page < list.totalPages) {
          <a
            routerLink="."
            [queryParams]="link()(list.page + 1)"
            [attr.data-testid]="nextTestId()"
            >{{ 'inbox.next' | t }}</a
          >
        }
      </nav>
    }
  `,
  styles: `
    .admin-pager {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      margin-top: 1rem;
    }
  `,
})
export class AdminPager {
  readonly list = input.required<PagedList<unknown>>();
  /** The query of a page (the other filters kept). */
  readonly link = input.required<(page: number) => Params>();
  readonly nextTestId = input<string | null>(null);
}
