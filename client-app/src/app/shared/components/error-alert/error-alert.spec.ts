import { TestBed } from '@angular/core/testing';

import { ErrorAlert } from './error-alert';

describe('ErrorAlert', () => {
  async function render(inputs: { message: string; retryLabel?: string }) {
    const fixture = TestBed.createComponent(ErrorAlert);
    fixture.componentRef.setInput('message', inputs.message);
    if (inputs.retryLabel !== undefined) {
      fixture.componentRef.setInput('retryLabel', inputs.retryLabel);
    }
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('announces the message as an alert and emits retry from its button', async () => {
    const { fixture, element } = await render({
      message: 'Lỗi tải dữ liệu',
      retryLabel: 'Thử lại',
    });
    let retries = 0;
    fixture.componentInstance.retry.subscribe(() => retries++);

    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Lỗi tải dữ liệu');
    const button = element.querySelector<HTMLButtonElement>('button')!;
    expect(button.type).toBe('button');
    expect(button.textContent?.trim()).toBe('Thử lại');

    button.click();
    button.click();

    expect(retries).toBe(2);
  });

  it('has no button when no retry label is given', async () => {
    const { element } = await render({ message: 'Lỗi' });

    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    expect(element.querySelector('button')).toBeNull();
  });
});
