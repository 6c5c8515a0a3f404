import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { provideRouter } from '@angular/router';

import type { PagedList } from '../../../core/api/catalogue.api';
import { type LoadState, readyItems } from '../../../shared/state/load-state';
import { AdminTable } from './admin-table';

const page = (items: readonly string[], totalCount = items.length): PagedList<string> =>
  ({ items, totalCount, page: 1, pageSize: 20, totalPages: 1 }) as unknown as PagedList<string>;

@Component({
  imports: [AdminTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-admin-table
      [state]="state()"
      [pageLink]="pageLink"
      empty="Không có gì"
      emptyTestId="things-empty"
      label="Danh sách"
      [columns]="['admin.actions']"
      testId="things-table"
    >
      @for (item of rows(); track item) {
        <tr>
          <td>{{ item }}</td>
        </tr>
      }
    </app-admin-table>
  `,
})
class Host {
  readonly state = signal<LoadState<PagedList<string>>>({ status: 'loading' });
  readonly rows = computed(() => readyItems(this.state()));
  readonly pageLink = (n: number) => ({ page: n });
}

describe('AdminTable', () => {
  async function render(state: LoadState<PagedList<string>>): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.state.set(state);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the page text instead of the table when the list has no rows', async () => {
    const element = await render({ status: 'ready', value: page([]) });
    expect(element.querySelector('[data-testid="things-empty"]')?.textContent).toBe('Không có gì');
    expect(element.querySelector('table')).toBeNull();
  });

  it('shows the total, the labelled scrolling region, the headers and the projected rows', async () => {
    const element = await render({ status: 'ready', value: page(['a', 'b'], 42) });
    expect(element.querySelector('.form-field__hint')?.textContent).toContain('42');
    const region = element.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('Danh sách');
    expect(element.querySelectorAll('thead th').length).toBe(1);
    expect(
      [...element.querySelectorAll('table[data-testid="things-table"] tbody td')].map((td) =>
        td.textContent?.trim(),
      ),
    ).toEqual(['a', 'b']);
    expect(element.querySelector('[data-testid="things-empty"]')).toBeNull();
  });

  it('says the list is loading, and shows neither total nor table', async () => {
    const element = await render({ status: 'loading' });
    expect(element.querySelector('[role="status"]')).not.toBeNull();
    expect(element.querySelector('table')).toBeNull();
    expect(element.textContent).not.toContain('42');
  });

  it('says the list could not be loaded instead of an empty table', async () => {
    const element = await render({ status: 'error', error: new Error('offline') });
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelector('[data-testid="things-empty"]')).toBeNull();
  });

  it('shows the pager under the table when the list has more than one page', async () => {
    const list = { ...page(['a'], 41), page: 2, totalPages: 3 } as PagedList<string>;
    const element = await render({ status: 'ready', value: list });
    const pager = element.querySelector('nav');
    expect(pager?.textContent).toContain('2');
    expect(pager?.querySelectorAll('a').length).toBe(2);
    expect(element.querySelector('tbody nav')).toBeNull();
  });
});
