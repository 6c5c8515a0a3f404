import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { TranslationService } from '../i18n';
import { TranslatedTitleStrategy } from './translated-title.strategy';

@Component({ template: '' })
class Blank {}

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: Blank, title: 'home.pageTitle' },
          { path: 'untitled', component: Blank },
        ]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  it('translates the route title and follows language changes', async () => {
    const harness = await RouterTestingHarness.create('/');
    const title = TestBed.inject(Title);

    expect(title.getTitle()).toBe(
      'Trang chủ | Cổng Dịch vụ công trực tuyến – Sở Giáo dục và Đào tạo Hà Nội',
    );

    TestBed.inject(TranslationService).setLang('en');
    harness.detectChanges();
    await harness.fixture.whenStable();

    expect(title.getTitle()).toBe(
      'Home | Online Public Services Portal – Hanoi Department of Education and Training',
    );
  });

  it('uses the portal name alone for a route without a title', async () => {
    await RouterTestingHarness.create('/untitled');

    expect(TestBed.inject(Title).getTitle()).toBe(
      'Cổng Dịch vụ công trực tuyến – Sở Giáo dục và Đào tạo Hà Nội',
    );
  });
});
