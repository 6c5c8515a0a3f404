import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { TranslationService } from '../../../../core/i18n';
import type { AgencyDto } from '../../admin.api';
import { AgenciesPage } from './agencies-page';

const agency = (code: string, codeVerified: boolean): AgencyDto => ({
  id: code,
  code,
  codeVerified,
  codeSource: codeVerified
    ? 'Quyết định 2918/QĐ-UBND, phụ lục'
    : 'Tự dựng theo Thông tư 10/2016/TT-BTTTT',
  name: `Trung tâm Phục vụ hành chính công ${code}`,
  nameEn: `Public Administration Service Centre ${code}`,
  kind: 'ServiceCentre',
  levelCode: 'commune',
  parentId: null,
  receives: true,
  decides: false,
  address: null,
  phone: null,
  email: null,
  receptionHours: null,
});

// Codes not checked against Quyết định 2918/QĐ-UBND (17/8/2022) are marked; Thông tư 10/2016/TT-BTTTT gives only their shape.
describe('AgenciesPage', () => {
  let fixture: ComponentFixture<AgenciesPage>;
  let element: HTMLElement;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgenciesPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    httpTesting.expectOne('/api/v1/agencies?page=1&pageSize=100').flush({
      items: [agency('001.01.50.H26', false), agency('000.00.90.H26', true)],
      page: 1,
      pageSize: 100,
      totalCount: 2,
      totalPages: 1,
    });
    await fixture.whenStable();
  });

  afterEach(() => {
    try {
      httpTesting.verify();
    } finally {
      TestBed.resetTestingModule();
    }
  });

  it('marks an unverified identifier code visibly, and only that one, in Vietnamese and English', async () => {
    const unverified = element.querySelector('[data-testid="agency-001.01.50.H26"]')!;
    const verified = element.querySelector('[data-testid="agency-000.00.90.H26"]')!;

    expect(
      unverified.querySelector('[data-testid="agency-code-unverified"]')?.textContent,
    ).toContain('Mã định danh chưa xác minh với danh mục đã công bố');
    expect(verified.querySelector('[data-testid="agency-code-unverified"]')).toBeNull();
    expect(
      element.querySelector('[data-testid="agencies-unverified-note"]')?.textContent,
    ).toContain('1 mã định danh chưa xác minh');

    TestBed.inject(TranslationService).setLang('en');
    await fixture.whenStable();
    expect(
      unverified.querySelector('[data-testid="agency-code-unverified"]')?.textContent,
    ).toContain('Identifier code not verified against the published list');
  });
});
