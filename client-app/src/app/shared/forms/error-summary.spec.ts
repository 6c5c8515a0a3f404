import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ErrorSummary, SummaryItem } from './error-summary';

@Component({
  imports: [ErrorSummary],
  template: `<app-error-summary title="Có lỗi" [items]="items()" /><input
      id="field-name"
      aria-label="Họ và tên"
    />`,
})
class Host {
  readonly items = signal<readonly SummaryItem[]>([]);
}

describe('ErrorSummary', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const set = async (items: readonly SummaryItem[]) => {
      fixture.componentInstance.items.set(items);
      await fixture.whenStable();
    };
    return { element, set, field: element.querySelector<HTMLInputElement>('#field-name')! };
  }

  const name = { fieldId: 'field-name', message: 'Nhập họ và tên' };
  const phone = { fieldId: 'field-phone', message: 'Số điện thoại không hợp lệ' };

  it('takes the focus when it appears, and links each error to its field', async () => {
    const { element, set } = await render();
    await set([name, phone]);

    const summary = element.querySelector<HTMLElement>('[data-testid="error-summary"]')!;
    expect(document.activeElement).toBe(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#field-name',
      '#field-phone',
    ]);
  });

  it('leaves the focus in the field being fixed when the same errors come again or one goes', async () => {
    const { set, field } = await render();
    await set([name, phone]);
    field.focus();

    await set([{ ...name }, { ...phone }]); // recomputed after an autosave: new objects, the same errors
    expect(document.activeElement).toBe(field);

    await set([phone]); // the name was fixed
    expect(document.activeElement).toBe(field);
  });

  it('takes the focus again when it names an error it did not name before', async () => {
    const { element, set, field } = await render();
    await set([phone]);
    field.focus();

    await set([phone, name]);

    expect(document.activeElement).toBe(element.querySelector('[data-testid="error-summary"]'));
  });
});
