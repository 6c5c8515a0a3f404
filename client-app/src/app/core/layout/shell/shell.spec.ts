import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { TranslationService } from '../../i18n';
import { Shell } from './shell';

describe('Shell', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  async function render() {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('has the landmarks, in order, with the Vietnamese texts', async () => {
    const { element } = await render();

    const landmarks = Array.from(element.querySelectorAll('header, nav, main, footer')).map(
      (node) => node.tagName.toLowerCase(),
    );
    expect(landmarks).toEqual(['header', 'nav', 'main', 'footer']);
    expect(element.querySelector('header')?.textContent).toContain('Cổng Dịch vụ công trực tuyến');
    expect(element.querySelector('header')?.textContent).toContain('Sở Giáo dục và Đào tạo Hà Nội');
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Điều hướng chính');

    const footer = element.querySelector('footer')?.textContent ?? '';
    expect(footer).toContain('Số 23 Quang Trung, Hoàn Kiếm, Hà Nội');
    expect(footer).toContain('Thứ Hai – Thứ Sáu, 08:00–12:00, 13:00–17:00');
    expect(footer).toContain(`© ${new Date().getFullYear()} Sở Giáo dục và Đào tạo Hà Nội`);
  });

  it('links only to real routes: the home page, the catalogue, the open data and tracking', async () => {
    const { element } = await render();

    const navLinks = Array.from(element.querySelectorAll<HTMLAnchorElement>('nav a'));
    expect(navLinks.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Trang chủ', '/'],
      ['Thủ tục hành chính', '/thu-tuc'],
      ['Số liệu công khai', '/thong-ke'],
      ['Tra cứu hồ sơ', '/tra-cuu'],
    ]);
  });

  it('the skip link is first and moves focus to <main id="main-content">', async () => {
    const { element } = await render();
    const skipLink = element.querySelector<HTMLAnchorElement>('a')!;
    const main = element.querySelector<HTMLElement>('main')!;
    main.scrollIntoView = () => undefined; // not implemented by jsdom

    expect(skipLink.classList).toContain('skip-link');
    expect(skipLink.textContent?.trim()).toBe('Bỏ qua đến nội dung chính');
    expect(skipLink.getAttribute('href')).toBe('#main-content');
    expect(main.id).toBe('main-content');

    skipLink.click();

    expect(document.activeElement).toBe(main);
  });

  it('shows the English texts after switching language', async () => {
    const { fixture, element } = await render();

    TestBed.inject(TranslationService).setLang('en');
    await fixture.whenStable();

    expect(element.querySelector('.skip-link')?.textContent?.trim()).toBe('Skip to main content');
    expect(element.querySelector('header')?.textContent).toContain('Online Public Services Portal');
    expect(element.querySelector('header')?.textContent).toContain(
      'Hanoi Department of Education and Training',
    );
    expect(element.querySelector('nav a')?.textContent?.trim()).toBe('Home');
    expect(element.querySelector('footer')?.textContent).toContain('Monday – Friday');
  });
});
