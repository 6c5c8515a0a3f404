import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { ResultVerificationDto } from '../../../../core/api/result-verification.api';
import { VerifyResultPage, normalizeCode } from './verify-result-page';

const RESULT: ResultVerificationDto = {
  verificationCode: '7KQ4-MZ9T-H2XW',
  status: 'Valid',
  documentType: 'Bản sao văn bằng, chứng chỉ từ sổ gốc',
  issuerName: 'Sở Giáo dục và Đào tạo Hà Nội',
  issuedAt: '2026-03-03T03:30:00Z',
  applicantName: 'Nguyễn V** Đ**',
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
};

describe('normalizeCode', () => {
  it('accepts dashes, spaces and lower case, and groups by four', () => {
    expect(normalizeCode(' 7kq4 mz9t-h2xw ')).toBe('7KQ4-MZ9T-H2XW');
  });

  it('refuses look-alike characters and wrong lengths', () => {
    expect(normalizeCode('7KQ4-MZ9T-H2X0')).toBeNull();
    expect(normalizeCode('7KQ4-MZ9T')).toBeNull();
  });
});

describe('VerifyResultPage', () => {
  let harness: RouterTestingHarness;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'xac-minh', component: VerifyResultPage },
          { path: 'xac-minh/:code', component: VerifyResultPage },
        ]),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    try {
      httpTesting.verify();
    } finally {
      TestBed.resetTestingModule();
    }
  });

  const query = (selector: string) =>
    (harness.routeNativeElement as HTMLElement).querySelector<HTMLElement>(selector);

  it('checks the code of the address (from the QR code) and shows the result with its masked applicant', async () => {
    await harness.navigateByUrl('/xac-minh/7kq4mz9th2xw');

    httpTesting.expectOne('/api/v1/results/verify/7KQ4-MZ9T-H2XW').flush(RESULT);
    await harness.fixture.whenStable();

    expect(query('[data-testid="verify-status"]')?.textContent).toContain('Kết quả hợp lệ');
    expect(query('[data-testid="verify-applicant"]')?.textContent?.trim()).toBe('Nguyễn V** Đ**');
    expect(query('[data-testid="verify-code"]')?.textContent?.trim()).toBe('7KQ4-MZ9T-H2XW');
    expect(query('label[for="verification-code"]')?.textContent?.trim()).toBe('Mã xác minh');
  });

  it('says plainly when no result has the code', async () => {
    await harness.navigateByUrl('/xac-minh/ABCD-EFGH-JKMN');

    httpTesting
      .expectOne('/api/v1/results/verify/ABCD-EFGH-JKMN')
      .flush({ title: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();

    expect(query('[data-testid="verify-not-found"]')?.textContent).toContain(
      'Không tìm thấy kết quả',
    );
  });

  it('refuses a malformed code without asking the server', async () => {
    await harness.navigateByUrl('/xac-minh/12345');
    await harness.fixture.whenStable();

    expect(query('[data-testid="code-error"]')).not.toBeNull();
    expect(query('#verification-code')?.getAttribute('aria-invalid')).toBe('true');
  });
});
