import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { DossiersApi } from './dossiers.api';
import { NotificationsApi } from './notifications.api';
import { PaymentsApi } from './payments.api';

describe('API clients', () => {
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    try {
      httpTesting.verify();
    } finally {
      TestBed.resetTestingModule();
    }
  });

  it('submits with the idempotency key in its header and no form values in the body', () => {
    TestBed.inject(DossiersApi).submit('d 1', 'key-123').subscribe();

    const request = httpTesting.expectOne('/api/v1/dossiers/d%201/submit');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('Idempotency-Key')).toBe('key-123');
    expect(request.request.body).toEqual({ formData: null });
    request.flush({});
  });

  it('sends a supplement and a rating as the API expects them', () => {
    const api = TestBed.inject(DossiersApi);
    api.provideSupplement('d1', 'Đã bổ sung').subscribe();
    api.rate('d1', 'Unsatisfied', null).subscribe();

    const supplement = httpTesting.expectOne('/api/v1/dossiers/d1/provide-supplement');
    expect(supplement.request.body).toEqual({ formData: null, comment: 'Đã bổ sung' });
    supplement.flush({});
    const rating = httpTesting.expectOne('/api/v1/dossiers/d1/rating');
    expect(rating.request.body).toEqual({ level: 'Unsatisfied', comment: null });
    rating.flush({});
  });

  it("passes the gateway's return query on byte for byte (its signature covers it)", () => {
    const query = 'vnp_Amount=2000000&vnp_OrderInfo=Thanh+toan+phi+ho+so&vnp_SecureHash=ab%2Fcd';
    TestBed.inject(PaymentsApi).readReturn(query).subscribe();

    const request = httpTesting.expectOne((r) => r.url.startsWith('/api/v1/payments/vnpay/return'));
    expect(request.request.urlWithParams).toBe(`/api/v1/payments/vnpay/return?${query}`);
    request.flush({});
  });

  it('starts a payment in the chosen language', () => {
    TestBed.inject(PaymentsApi).start('d1', 'en').subscribe();

    const request = httpTesting.expectOne('/api/v1/dossiers/d1/payments?locale=en');
    expect(request.request.method).toBe('POST');
    request.flush({});
  });

  it('asks for one page of notifications and marks them read', () => {
    const api = TestBed.inject(NotificationsApi);
    api.list(2).subscribe();
    api.markRead('n1').subscribe();

    httpTesting
      .expectOne('/api/v1/me/notifications?page=2&pageSize=20&unreadOnly=false')
      .flush({ items: [], page: 2, pageSize: 20, totalCount: 0, totalPages: 0 });
    const read = httpTesting.expectOne('/api/v1/me/notifications/n1/read');
    expect(read.request.method).toBe('POST');
    read.flush(null);
  });
});
