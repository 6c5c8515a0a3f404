import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { of } from 'rxjs';

import type { AdministrativeLevelsDto } from '../../../../core/api/agencies.api';
import { ProcedureEditorPage } from './procedure-editor-page';

const LEVELS_URL = '/api/v1/administrative-levels';

const twoTier: AdministrativeLevelsDto = {
  setup: 'two-tier',
  historical: false,
  levels: [
    { code: 'province', name: 'Cấp tỉnh (thành phố)', nameEn: 'City (province) level', rank: 1 },
    { code: 'commune', name: 'Cấp xã', nameEn: 'Commune level', rank: 2 },
  ],
};

describe('ProcedureEditorPage deciding levels', () => {
  let fixture: ComponentFixture<ProcedureEditorPage>;
  let element: HTMLElement;
  let httpTesting: HttpTestingController;

  const options = () =>
    [...element.querySelectorAll<HTMLOptionElement>('#procedure-level option')].map((o) => ({
      value: o.value,
      text: o.textContent?.trim(),
    }));

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        // A new procedure: nothing to load but the levels.
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ id: 'moi' })) } },
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProcedureEditorPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    try {
      httpTesting.verify();
    } finally {
      TestBed.resetTestingModule();
    }
  });

  it('offers only the levels the server returned: no district level in the two-tier set-up', async () => {
    const request = httpTesting.expectOne(LEVELS_URL);
    expect(request.request.method).toBe('GET');
    request.flush(twoTier);
    await fixture.whenStable();

    expect(options()).toEqual([
      { value: 'province', text: 'Cấp tỉnh (thành phố)' },
      { value: 'commune', text: 'Cấp xã' },
    ]);
    expect(element.querySelector('#procedure-level option[value="district"]')).toBeNull();
  });

  it('offers the district level when the server runs the historical three-tier set-up', async () => {
    httpTesting.expectOne(LEVELS_URL).flush({
      setup: 'three-tier',
      historical: true,
      levels: [
        twoTier.levels[0],
        { code: 'district', name: 'Cấp huyện', nameEn: 'District level', rank: 2 },
        { ...twoTier.levels[1], rank: 3 },
      ],
    } satisfies AdministrativeLevelsDto);
    await fixture.whenStable();

    expect(options().map((o) => o.value)).toEqual(['province', 'district', 'commune']);
  });

  it('offers no level, and says so, when the levels cannot be loaded', async () => {
    httpTesting
      .expectOne(LEVELS_URL)
      .flush({ title: 'Unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();

    expect(options()).toEqual([]);
    expect(element.querySelector('[data-testid="procedure-message"]')?.textContent).toContain(
      'Không tải được danh sách cấp hành chính',
    );
  });
});
