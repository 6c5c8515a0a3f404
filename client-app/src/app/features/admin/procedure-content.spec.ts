import type { AdminProcedureDto } from './admin.api';
import { contentOf, sameContent } from './procedure-content';

const loaded = {
  id: 'p1',
  versionId: 'v1',
  versionNumber: 1,
  status: 'Published',
  publishedAt: '2026-05-28T01:00:00Z',
  nationalCode: '1.012963',
  name: 'Thành lập hoặc cho phép thành lập trường tiểu học',
  nameEn: 'Founding, or permitting the founding of, a primary school',
  field: 'EducationTraining',
  decidingLevelCode: 'commune',
  serviceLevel: 3,
  serviceLevelCode: 'mot-phan',
  timeLimit: { kind: 'WorkingDays', days: 10, cutOff: null, extraDays: 0, workingHours: 80 },
  applicantTypes: ['Organisation'],
  fees: [],
  documents: [],
  resultType: 'Quyết định',
  resultTypeEn: 'Decision',
  legalBasis: ['Nghị định 142/2025/NĐ-CP'],
  steps: [],
  form: [],
  source: 'Cổng Dịch vụ công quốc gia, thủ tục 1.012963',
  paymentDue: 'BeforeReception',
  onlineApplication: true,
  onlinePayment: false,
  onlineResult: false,
  decidingAuthority: null,
  decidingAuthorityEn: null,
  decidingAuthorityBasis: null,
  receivingBody: 'Trung tâm Phục vụ hành chính công cấp xã',
  evidence: {
    verified: false,
    missing: ['Mức độ của Hà Nội chưa xác minh'],
    serviceLevelSource: 'Cổng Dịch vụ công quốc gia',
    timeLimitSource: 'Cổng Dịch vụ công quốc gia',
    feesSource: 'Cổng Dịch vụ công quốc gia',
    documentsSource: 'Cổng Dịch vụ công quốc gia',
  },
} as unknown as AdminProcedureDto;

describe('contentOf', () => {
  it('sends back only the time limit the API takes, not the working hours it computed', () => {
    expect(contentOf(loaded).timeLimit).toEqual({
      kind: 'WorkingDays',
      days: 10,
      cutOff: null,
      extraDays: 0,
    });
  });

  it('keeps where the facts were read and where applications are received, so an edit does not lose them', () => {
    const content = contentOf(loaded);

    expect(content.receivingBody).toBe('Trung tâm Phục vụ hành chính công cấp xã');
    expect(content.evidence?.missing).toEqual(['Mức độ của Hà Nội chưa xác minh']);
  });
});

describe('sameContent', () => {
  it('finds the loaded content unchanged, and any edit a change', () => {
    const saved = contentOf(loaded);

    expect(sameContent(contentOf(loaded), saved)).toBe(true);
    expect(sameContent({ ...saved, name: `${saved.name} ` }, saved)).toBe(false);
    expect(sameContent({ ...saved, timeLimit: { ...saved.timeLimit, days: 11 } }, saved)).toBe(
      false,
    );
  });
});
