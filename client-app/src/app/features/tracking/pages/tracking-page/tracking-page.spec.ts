import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';

import { TrackingPage } from './tracking-page';

describe('TrackingPage', () => {
  let httpTesting: HttpTestingController;

  async function render(query: Record<string, string> = {}) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap(query) } },
        },
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TrackingPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const submit = async (code: string, citizenId: string) => {
      // As a person types: the value, then the input event the form listens to.
      for (const [id, value] of [
        ['#tracking-code', code],
        ['#tracking-citizen-id', citizenId],
      ] as const) {
        const input = element.querySelector<HTMLInputElement>(id)!;
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      element.querySelector<HTMLButtonElement>('[data-testid="tracking-submit"]')!.click();
      await fixture.whenStable();
    };
    return { fixture, element, submit };
  }

  beforeEach(() => localStorage.clear());

  afterEach(() => {
    try {
      httpTesting.verify();
    } finally {
      TestBed.resetTestingModule();
    }
  });

  it('checks both fields before asking the API, and links the errors to them', async () => {
    const { element, submit } = await render();

    await submit('', '12345');

    httpTesting.expectNone((r) => r.url.includes('dossier-lookup'));
    expect(element.querySelector('#tracking-code')!.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#tracking-citizen-id')!.getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(element.textContent).toContain('Số định danh cá nhân gồm đúng 12 chữ số.');
  });

  it('shows the status in plain words when found, and a clear message when not', async () => {
    const { element, fixture, submit } = await render();

    await submit('HN26A00042', '001208012345');
    httpTesting.expectOne('/api/v1/dossier-lookup?code=HN26A00042&citizenId=001208012345').flush({
      code: null,
      trackingNumber: 'HN26A00042',
      status: 'SupplementRequested',
      submittedAt: '2026-03-02T00:30:00Z',
      receivedAt: null,
      appointmentAt: null,
      returnedAt: null,
    });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="tracking-status"]')?.textContent?.trim()).toBe(
      'Yêu cầu bổ sung',
    );

    await submit('HN26A00042', '001208099999');
    httpTesting
      .expectOne('/api/v1/dossier-lookup?code=HN26A00042&citizenId=001208099999')
      .flush({ status: 404 }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="tracking-not-found"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="tracking-result"]')).toBeNull();
  });

  it('fills in a code brought from the home page', async () => {
    const { element } = await render({ code: '000.00.12.H26-260302-0001' });

    expect(element.querySelector<HTMLInputElement>('#tracking-code')!.value).toBe(
      '000.00.12.H26-260302-0001',
    );
  });

  it('fills in the code of a receipt link (?ma=), says why the citizen ID is still asked, and shows the public history', async () => {
    const { element, fixture, submit } = await render({ ma: '000.00.12.H26-260302-0001' });

    expect(element.querySelector<HTMLInputElement>('#tracking-code')!.value).toBe(
      '000.00.12.H26-260302-0001',
    );
    expect(element.textContent).toContain('đã được điền sẵn từ đường dẫn (mã QR)');

    await submit('000.00.12.H26-260302-0001', '001208012345');
    httpTesting
      .expectOne('/api/v1/dossier-lookup?code=000.00.12.H26-260302-0001&citizenId=001208012345')
      .flush({
        code: '000.00.12.H26-260302-0001',
        trackingNumber: 'HN26A00042',
        status: 'Received',
        submittedAt: '2026-03-02T00:30:00Z',
        receivedAt: '2026-03-02T01:00:00Z',
        appointmentAt: '2026-03-06T10:00:00Z',
        returnedAt: null,
        procedureName: 'Cấp bản sao văn bằng',
        procedureNameEn: 'Copy of a diploma',
        receivingAgencyName: 'Sở Giáo dục và Đào tạo',
        receivingAgencyNameEn: 'Department of Education and Training',
        history: [
          { action: 'Submit', at: '2026-03-02T00:30:00Z', toStatus: 'Submitted' },
          { action: 'Receive', at: '2026-03-02T01:00:00Z', toStatus: 'Received' },
        ],
      });
    await fixture.whenStable();
    const result = element.querySelector('[data-testid="tracking-result"]')!.textContent ?? '';
    expect(result).toContain('Cấp bản sao văn bằng');
    expect(result).toContain('Sở Giáo dục và Đào tạo');
    expect(result).toContain('Tiếp nhận hồ sơ');
  });
});
