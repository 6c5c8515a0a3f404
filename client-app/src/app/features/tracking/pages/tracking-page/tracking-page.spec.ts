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
      element.querySelector<HTMLInputElement>('#tracking-code')!.value = code;
      element.querySelector<HTMLInputElement>('#tracking-citizen-id')!.value = citizenId;
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
});
