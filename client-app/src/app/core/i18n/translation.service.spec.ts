import { TestBed } from '@angular/core/testing';

import { LANG_STORAGE_KEY } from './languages';
import { TranslationService, isTranslationKey } from './translation.service';

describe('TranslationService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  function create(): TranslationService {
    return TestBed.inject(TranslationService);
  }

  it('starts in Vietnamese and sets <html lang="vi"> when nothing is stored', () => {
    const service = create();

    expect(service.lang()).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
    expect(service.t('header.portalName')).toBe('Cổng Dịch vụ công trực tuyến');
  });

  it('switches to English: translations, <html lang> and the stored preference change', () => {
    const service = create();

    service.setLang('en');

    expect(service.lang()).toBe('en');
    expect(service.t('header.portalName')).toBe('Online Public Services Portal');
    expect(service.t('header.agencyName')).toBe('Hanoi Department of Education and Training');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('switches back to Vietnamese', () => {
    const service = create();
    service.setLang('en');

    service.setLang('vi');

    expect(service.t('nav.home')).toBe('Trang chủ');
    expect(document.documentElement.lang).toBe('vi');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('vi');
  });

  it('restores the stored language on start', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');

    const service = create();

    expect(service.lang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(service.t('nav.home')).toBe('Home');
  });

  it('ignores an unknown stored value and falls back to Vietnamese', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');

    expect(create().lang()).toBe('vi');
  });

  it('stores only the language preference', () => {
    const service = create();

    service.setLang('en');

    expect(Object.keys(localStorage)).toEqual([LANG_STORAGE_KEY]);
  });

  it('keeps working when localStorage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('denied');
    });

    const service = create();
    expect(service.lang()).toBe('vi');

    service.setLang('en');
    expect(service.lang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('fills {placeholders} and leaves unknown ones untouched', () => {
    const service = create();

    expect(service.t('footer.copyright', { year: 2031 })).toBe(
      '© 2031 Sở Giáo dục và Đào tạo Hà Nội',
    );
    expect(service.t('footer.copyright')).toBe('© {year} Sở Giáo dục và Đào tạo Hà Nội');
    expect(service.t('footer.copyright', { other: 1 })).toBe(
      '© {year} Sở Giáo dục và Đào tạo Hà Nội',
    );
  });

  it('recognises translation keys', () => {
    expect(isTranslationKey('nav.home')).toBe(true);
    expect(isTranslationKey('nav.nowhere')).toBe(false);
    expect(isTranslationKey('toString')).toBe(false);
    expect(isTranslationKey(42)).toBe(false);
  });
});
