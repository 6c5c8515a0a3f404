import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { TranslationService } from '../i18n';
import { acceptLanguageInterceptor } from './accept-language.interceptor';

describe('acceptLanguageInterceptor', () => {
  let http: HttpClient;
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    try {
      httpTesting.verify();
    } finally {
      // Reset even when verify() throws, so one failure does not spill into the next tests.
      TestBed.resetTestingModule();
    }
  });

  it('sends the active language to the API', () => {
    http.get('/api/v1/overview').subscribe();
    expect(httpTesting.expectOne('/api/v1/overview').request.headers.get('Accept-Language')).toBe(
      'vi',
    );

    TestBed.inject(TranslationService).setLang('en');
    http.get('/api/v1/overview').subscribe();
    expect(httpTesting.expectOne('/api/v1/overview').request.headers.get('Accept-Language')).toBe(
      'en',
    );
  });

  it('leaves requests to other addresses alone', () => {
    http.get('/assets/data.json').subscribe();
    http.get('/apiary').subscribe();

    expect(httpTesting.expectOne('/assets/data.json').request.headers.has('Accept-Language')).toBe(
      false,
    );
    expect(httpTesting.expectOne('/apiary').request.headers.has('Accept-Language')).toBe(false);
  });

  it('keeps an Accept-Language header set by the caller', () => {
    http.get('/api/v1/overview', { headers: { 'Accept-Language': 'en' } }).subscribe();

    expect(httpTesting.expectOne('/api/v1/overview').request.headers.get('Accept-Language')).toBe(
      'en',
    );
  });
});
