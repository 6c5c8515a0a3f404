import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import type { OverviewDto } from '../../../../core/api/overview.api';
import { TranslationService } from '../../../../core/i18n';
import { HomePage } from './home-page';

const OVERVIEW_URL = '/api/v1/overview';
const POPULAR_URL = '/api/v1/procedures/popular?take=6';
const STATISTICS_URL = '/api/v1/procedures/statistics';

const procedure = (
  id: string,
  name: string,
  serviceLevel: number,
  decidingLevelCode = 'province',
) => ({
  id,
  nationalCode: null,
  name,
  nameEn: `${name} (en)`,
  field: 'DiplomasCertificates',
  decidingLevelCode,
  serviceLevel,
  timeLimit: { kind: 'WorkingDays', value: 5 },
});

describe('HomePage', () => {
  let fixture: ComponentFixture<HomePage>;
  let element: HTMLElement;
  let httpTesting: HttpTestingController;

  const query = (selector: string) => element.querySelector<HTMLElement>(selector);
  const card = () => query('[data-testid="overview-card"]')!;

  async function respond(body: OverviewDto): Promise<void> {
    const request = httpTesting.expectOne(OVERVIEW_URL);
    expect(request.request.method).toBe('GET');
    request.flush(body);
    await fixture.whenStable();
  }

  async function fail(status: number, statusText: string): Promise<void> {
    httpTesting.expectOne(OVERVIEW_URL).flush({ title: statusText }, { status, statusText });
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HomePage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    // The most requested procedures and the catalogue's counts load beside the overview.
    httpTesting
      .expectOne(POPULAR_URL)
      .flush([
        procedure('p1', 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 4),
        procedure('p2', 'Chuyển trường đối với học sinh trung học phổ thông', 3),
        procedure('p3', 'Chỉnh sửa nội dung văn bằng, chứng chỉ', 3),
        procedure('p4', 'Chỉnh sửa nội dung văn bằng, chứng chỉ', 3, 'commune'),
      ]);
    httpTesting.expectOne(STATISTICS_URL).flush({
      setup: 'two-tier',
      total: 82,
      fullyOnline: 33,
      fullyOnlinePercent: 40.2,
      levels: [],
    });
  });

  afterEach(() => {
    try {
      httpTesting.verify();
    } finally {
      // Reset even when verify() throws, so one failure does not spill into the next tests.
      TestBed.resetTestingModule();
    }
  });

  it('introduces the portal in Vietnamese: search, the three fields, the most requested procedures, tracking', async () => {
    await respond({ agencyCount: 1, procedureCount: 1 });

    expect(query('h1')?.textContent?.trim()).toBe('Chào mừng đến với Cổng Dịch vụ công trực tuyến');
    expect(query('label[for="home-q"]')?.textContent?.trim()).toBe('Tìm thủ tục hành chính');
    const fields = Array.from(element.querySelectorAll('[data-testid="home-fields"] a'));
    expect(fields.map((a) => a.getAttribute('href'))).toEqual([
      '/thu-tuc?field=EducationTraining',
      '/thu-tuc?field=DiplomasCertificates',
      '/thu-tuc?field=ExamsAdmissions',
    ]);
    const popular = Array.from(element.querySelectorAll('[data-testid="popular-list"] > li'));
    // Each card names who decides, which tells apart the two procedures of the same name.
    const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();
    expect(
      popular.map((li) => `${text(li.querySelector('a'))} | ${text(li.querySelector('ul'))}`),
    ).toEqual([
      'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc | Cấp giải quyết: Sở Giáo dục và Đào tạo (cấp tỉnh) Toàn trình',
      'Chuyển trường đối với học sinh trung học phổ thông | Cấp giải quyết: Sở Giáo dục và Đào tạo (cấp tỉnh) Một phần',
      'Chỉnh sửa nội dung văn bằng, chứng chỉ | Cấp giải quyết: Sở Giáo dục và Đào tạo (cấp tỉnh) Một phần',
      'Chỉnh sửa nội dung văn bằng, chứng chỉ | Cấp giải quyết: Ủy ban nhân dân cấp xã Một phần',
    ]);
    expect(popular[0].querySelector('a')?.getAttribute('href')).toBe('/thu-tuc/p1');
    expect(query('label[for="home-track-code"]')?.textContent?.trim()).toBe(
      'Mã hồ sơ hoặc số theo dõi',
    );
    expect(query('[data-testid="fully-online-share"]')?.textContent?.trim()).toBe('40 %');
  });

  it('is busy while the overview loads, then shows the counts from the API', async () => {
    expect(card().getAttribute('aria-busy')).toBe('true');
    expect(query('[data-testid="overview-loading"]')?.textContent?.trim()).toBe(
      'Đang tải số liệu…',
    );
    expect(query('[data-testid="agency-count"]')).toBeNull();

    await respond({ agencyCount: 42, procedureCount: 117 });

    expect(card().getAttribute('aria-busy')).toBe('false');
    expect(query('[data-testid="overview-loading"]')).toBeNull();
    expect(query('[data-testid="agency-count"]')?.textContent).toBe('42');
    expect(query('[data-testid="procedure-count"]')?.textContent).toBe('117');
    expect(card().textContent).toContain('Số cơ quan giải quyết:');
    expect(card().textContent).toContain('Số thủ tục hành chính:');
    expect(query('[role="alert"]')).toBeNull();
  });

  it('shows a translated error with a retry button on a 500, and recovers on retry', async () => {
    await fail(500, 'Internal Server Error');

    const alert = query('[role="alert"]');
    expect(alert?.textContent).toContain('Không tải được số liệu tổng quan. Vui lòng thử lại.');
    expect(card().getAttribute('aria-busy')).toBe('false');
    expect(query('[data-testid="agency-count"]')).toBeNull();

    const retry = alert!.querySelector<HTMLButtonElement>('button')!;
    expect(retry.textContent?.trim()).toBe('Thử lại');
    retry.click();
    await fixture.whenStable();

    expect(card().getAttribute('aria-busy')).toBe('true');
    expect(query('[role="alert"]')).toBeNull();

    await respond({ agencyCount: 7, procedureCount: 3 });

    expect(query('[role="alert"]')).toBeNull();
    expect(query('[data-testid="agency-count"]')?.textContent).toBe('7');
    expect(query('[data-testid="procedure-count"]')?.textContent).toBe('3');
  });

  it('also reports a network failure as an error', async () => {
    httpTesting.expectOne(OVERVIEW_URL).error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(query('[role="alert"]')).not.toBeNull();
  });

  it('switches its texts to English without reloading the data', async () => {
    await respond({ agencyCount: 42, procedureCount: 0 });

    TestBed.inject(TranslationService).setLang('en');
    await fixture.whenStable();

    expect(query('h1')?.textContent?.trim()).toBe('Welcome to the Online Public Services Portal');
    expect(card().textContent).toContain('Agencies:');
    expect(query('[data-testid="agency-count"]')?.textContent).toBe('42');
    httpTesting.expectNone(OVERVIEW_URL);
  });

  it('shows the error in English when English is chosen', async () => {
    TestBed.inject(TranslationService).setLang('en');
    await fail(503, 'Service Unavailable');

    expect(query('[role="alert"]')?.textContent).toContain(
      'The overview figures could not be loaded. Please try again.',
    );
    expect(query('[role="alert"] button')?.textContent?.trim()).toBe('Try again');
  });
});
