import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { of } from 'rxjs';

import type { ProcedureDetailDto } from '../../../../core/api/catalogue.api';
import { ProcedurePage } from './procedure-page';

const detail = (changes: Partial<ProcedureDetailDto>): ProcedureDetailDto => ({
  id: 'p1',
  nationalCode: null,
  name: 'Thành lập trường trung học phổ thông công lập',
  nameEn: 'Founding a public upper-secondary school',
  field: 'EducationTraining',
  decidingLevelCode: 'province',
  serviceLevel: 3,
  timeLimit: { kind: 'WorkingDays', days: 25, cutOff: null, extraDays: 0, workingHours: 200 },
  applicantTypes: ['Organisation'],
  versionNumber: 1,
  publishedAt: null,
  fees: [],
  documents: [],
  resultType: 'Quyết định thành lập',
  resultTypeEn: 'Founding decision',
  legalBasis: ['Nghị định 125/2024/NĐ-CP'],
  steps: [],
  form: [],
  serviceLevelCode: 'mot-phan',
  onlineApplication: true,
  onlinePayment: false,
  onlineResult: false,
  decidingAuthority: 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội',
  decidingAuthorityEn: "Chairman of the Hanoi People's Committee",
  decidingAuthorityBasis: 'Nghị định 46/2017/NĐ-CP, Điều 26 khoản 3',
  versionId: 'v1',
  status: 'Published',
  source: null,
  paymentDue: 'BeforeReception',
  receivingBody: null,
  evidence: {
    verified: true,
    missing: [],
    serviceLevelSource: null,
    timeLimitSource: null,
    feesSource: null,
    documentsSource: null,
  },
  effectiveFrom: null,
  ...changes,
});

describe('ProcedurePage', () => {
  let fixture: ComponentFixture<ProcedurePage>;
  let element: HTMLElement;
  let httpTesting: HttpTestingController;

  const query = (selector: string) => element.querySelector<HTMLElement>(selector);

  async function show(procedure: ProcedureDetailDto): Promise<void> {
    httpTesting.expectOne('/api/v1/procedures/p1').flush(procedure);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ id: 'p1' })) } },
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProcedurePage);
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

  it('says where applications are received, where its facts come from and what is still missing', async () => {
    await show(
      detail({
        receivingBody: 'Trung tâm Phục vụ hành chính công thành phố Hà Nội',
        source: 'Cổng Dịch vụ công quốc gia, thủ tục 1.012944',
        effectiveFrom: '2026-05-28',
        evidence: {
          verified: false,
          missing: ['Mức độ toàn trình/một phần của Hà Nội chưa xác minh'],
          serviceLevelSource: null,
          timeLimitSource: null,
          feesSource: null,
          documentsSource: null,
        },
      }),
    );

    expect(query('[data-testid="procedure-receiving-body"]')!.textContent).toContain(
      'Trung tâm Phục vụ hành chính công',
    );
    const evidence = query('[data-testid="procedure-evidence"]')!;
    expect(evidence.querySelector('h2')!.textContent).toContain('Nguồn của thông tin này');
    expect(evidence.textContent).toContain('Chưa đối chiếu đầy đủ');
    expect(evidence.textContent).toContain('Áp dụng từ ngày 28/05/2026');
    expect(evidence.textContent).toContain('1.012944');
    expect(evidence.querySelectorAll('li')).toHaveLength(1);
  });

  it('shows no evidence section for a version that carries none', async () => {
    // The document lists `evidence` on every version; an answer without it (an older server) shows no section.
    const { evidence: _, ...withoutEvidence } = detail({});
    httpTesting.expectOne('/api/v1/procedures/p1').flush(withoutEvidence);
    await fixture.whenStable();

    expect(query('[data-testid="procedure-evidence"]')).toBeNull();
    expect(query('[data-testid="procedure-receiving-body"]')).toBeNull();
  });

  it('shows the deciding authority the law names, with its legal basis', async () => {
    await show(detail({}));

    const authority = query('[data-testid="procedure-authority"]')!;
    expect(authority.textContent).toContain('Cơ quan/người có thẩm quyền quyết định');
    expect(authority.textContent).toContain('Chủ tịch Ủy ban nhân dân thành phố Hà Nội');
    expect(authority.textContent).toContain('Nghị định 46/2017/NĐ-CP, Điều 26 khoản 3');
    expect(query('[data-testid="apply-online"]')).not.toBeNull();
  });

  it('says a partly online procedure takes the fee online when its setting says so (Nghị định 42/2022/NĐ-CP, Điều 11)', async () => {
    await show(
      detail({
        onlinePayment: true,
        fees: [
          {
            name: 'Phí',
            nameEn: 'Fee',
            amountVnd: 20000,
            rule: null,
            countField: null,
            legalBasis: null,
          },
        ],
      }),
    );

    expect(query('[data-testid="procedure-online-settings"]')!.textContent).toContain(
      'Phí, lệ phí nộp trực tuyến.',
    );
  });

  it('offers no apply button for a procedure not offered online, and says where to apply', async () => {
    await show(
      detail({
        serviceLevel: 2,
        serviceLevelCode: 'thong-tin-truc-tuyen',
        onlineApplication: false,
        decidingAuthority: null,
      }),
    );

    expect(query('[data-testid="apply-online"]')).toBeNull();
    const note = query('[data-testid="not-offered-online"]')!;
    expect(note.textContent).toContain('chưa được cung cấp dịch vụ công trực tuyến');
    expect(note.textContent).toContain('Nơi nộp hồ sơ: Sở Giáo dục và Đào tạo (cấp tỉnh)');
    expect(query('[data-testid="procedure-authority"]')).toBeNull();
    expect(element.textContent).toContain('Chỉ thông tin trực tuyến');
  });
});
