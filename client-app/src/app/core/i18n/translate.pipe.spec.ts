import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { TranslatePipe } from './translate.pipe';
import { TranslationService } from './translation.service';

@Component({
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>{{ 'nav.home' | t }}</p>
    <small>{{ 'footer.copyright' | t: { year: 2030 } }}</small>`,
})
class OnPushHost {}

describe('TranslatePipe', () => {
  beforeEach(() => localStorage.clear());

  it('re-renders an OnPush view when the language changes', async () => {
    const fixture = TestBed.createComponent(OnPushHost);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('p')?.textContent).toBe('Trang chủ');
    expect(element.querySelector('small')?.textContent).toBe(
      '© 2030 Sở Giáo dục và Đào tạo Hà Nội',
    );

    TestBed.inject(TranslationService).setLang('en');
    await fixture.whenStable();

    expect(element.querySelector('p')?.textContent).toBe('Home');
    expect(element.querySelector('small')?.textContent).toBe(
      '© 2030 Hanoi Department of Education and Training',
    );
  });
});
