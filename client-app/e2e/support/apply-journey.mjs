// A procedure for the apply-journey browser tests, published through the administration API: it charges the fee the
// law sets for verifying the papers of a diploma issued by a foreign institution (LAWFUL_FEE, Thông tư 164/2016/TT-BTC)
// online before reception, and its form has a date and a field of type File, as many records of the catalogue do.
import { LAWFUL_FEE } from './catalogue.mjs';

const TEST_CHANGE = 'Phiên bản thử nghiệm do bài kiểm thử công bố, không phải bản ghi của Hà Nội';

/** The form field of type File of that procedure (its label is what the citizen reads). */
export const DIPLOMA_COPY = {
  key: 'diplomaCopy',
  type: 'File',
  label: 'Bản sao văn bằng cần công nhận',
  labelEn: 'Copy of the diploma to recognise',
  required: true,
  help: 'Tệp PDF hoặc ảnh, tối đa 10 MB',
  helpEn: 'PDF or image file, up to 10 MB',
};

/** Publishes (once per name) the paid procedure with a File field; returns its id. */
export async function publishPayableWithFile(admin, name) {
  const found = await admin.get(`/api/v1/admin/procedures?q=${encodeURIComponent(name)}&pageSize=5`);
  const existing = found.items.find((p) => p.name === name);
  if (existing) return existing.id;
  const content = {
    name,
    nameEn: 'Recognising a diploma issued by a foreign institution (application test)',
    field: 'DiplomasCertificates',
    decidingLevelCode: 'province',
    serviceLevel: 4,
    timeLimit: { kind: 'WorkingDays', days: 15 },
    fees: [LAWFUL_FEE],
    documents: [
      {
        name: 'Đơn đề nghị công nhận văn bằng',
        nameEn: 'Application for recognition',
        form: 'Original',
        count: 1,
        mandatory: true,
      },
    ],
    applicantTypes: ['Citizen'],
    resultType: 'Quyết định công nhận văn bằng',
    legalBasis: [LAWFUL_FEE.legalBasis],
    form: [
      { key: 'fullName', type: 'Text', label: 'Họ và tên', labelEn: 'Full name', required: true, maxLength: 100 },
      { key: 'birthDate', type: 'Date', label: 'Ngày sinh', labelEn: 'Date of birth', required: true },
      { key: 'address', type: 'Text', label: 'Nơi cư trú', labelEn: 'Residence', required: true, maxLength: 300 },
      {
        key: 'diplomas',
        type: 'Number',
        label: 'Số văn bằng cần công nhận',
        labelEn: 'Diplomas to recognise',
        required: true,
        min: 1,
        max: 5,
      },
      DIPLOMA_COPY,
    ],
    steps: [
      { name: 'Tiếp nhận', nameEn: 'Reception', role: 'Receptionist', share: 0.2 },
      { name: 'Xử lý', nameEn: 'Processing', role: 'Specialist', share: 0.8 },
    ],
    source: 'Thử nghiệm nộp hồ sơ trực tuyến',
    paymentDue: 'BeforeReception',
    onlinePayment: true,
    evidence: { verified: false, missing: [TEST_CHANGE] },
  };
  const created = await admin.post('/api/v1/admin/procedures', { content }, 201);
  await admin.post(`/api/v1/admin/procedures/${created.id}/publish`);
  return created.id;
}
