import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import type { PagedList } from '../../../core/api/catalogue.api';
import { AdminTable } from './admin-table';

const page = (items: readonly string[], totalCount = items.length): PagedList<string> =>
  ({ items, totalCount, page: 1, pageSize: 20, totalPages: 1 }) as unknown as PagedList<string>;

@Component({
  imports: [AdminTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-admin-table
      [list]="list()"
      empty="Không có gì"
      emptyTestId="things-empty"
      label="Danh sách"
      [columns]="['admin.actions']"
      testId="things-table"
    >
      @for (item of list().items; track item) {
        <tr>
          <td>{{ item }}</td>
        </tr>
      }
    </app-admin-table>
  `,
})
class Host {
  readonly list = signal(page([]));
}

describe('AdminTable', () => {
  async function render(list: PagedList<string>): Promise<HTMLElement> {
    localStorage.clear();
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.list.set(list);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the page text instead of the table when the list has no rows', async () => {
    const element = await render(page([]));
    expect(element.querySelector('[data-testid="things-empty"]')?.textContent).toBe('Không có gì');
    expect(element.querySelector('table')).toBeNull();
  });

  it('shows the total, the labelled scrolling region, the headers and the projected rows', async () => {
    const element = await render(page(['a', 'b'], 42));
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
});
