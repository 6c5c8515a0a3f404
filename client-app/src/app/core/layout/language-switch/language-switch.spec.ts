import { TestBed } from '@angular/core/testing';

import { LANG_STORAGE_KEY, TranslationService } from '../../i18n';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  beforeEach(() => localStorage.clear());

  async function render() {
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (code: string) =>
      element.querySelector<HTMLButtonElement>(`[data-testid="lang-${code}"]`)!;
    return { fixture, element, vi: button('vi'), en: button('en') };
  }

  it('shows both languages in their own language, Vietnamese pressed', async () => {
    const { element, vi, en } = await render();

    expect(vi.textContent?.trim()).toBe('Tiếng Việt');
    expect(vi.getAttribute('lang')).toBe('vi');
    expect(en.textContent?.trim()).toBe('English');
    expect(en.getAttribute('lang')).toBe('en');
    expect(vi.getAttribute('aria-pressed')).toBe('true');
    expect(en.getAttribute('aria-pressed')).toBe('false');
    expect(element.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Chọn ngôn ngữ',
    );
  });

  it('clicking English presses it, releases Tiếng Việt and switches the language', async () => {
    const { fixture, element, vi, en } = await render();

    en.click();
    await fixture.whenStable();

    expect(en.getAttribute('aria-pressed')).toBe('true');
    expect(vi.getAttribute('aria-pressed')).toBe('false');
    expect(TestBed.inject(TranslationService).lang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(element.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Choose language',
    );

    vi.click();
    await fixture.whenStable();

    expect(vi.getAttribute('aria-pressed')).toBe('true');
    expect(en.getAttribute('aria-pressed')).toBe('false');
  });

  it('reflects a language changed elsewhere', async () => {
    const { fixture, vi, en } = await render();

    TestBed.inject(TranslationService).setLang('en');
    await fixture.whenStable();

    expect(en.getAttribute('aria-pressed')).toBe('true');
    expect(vi.getAttribute('aria-pressed')).toBe('false');
  });
});
