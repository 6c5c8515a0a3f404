// Catalogue changes the browser tests make through the administration API, as an administrator publishes a version.
// The catalogue in force claims "toàn trình" only where a published record says so, and charges no fee (every record
// read prints 0 đồng; Hanoi ended the copy fee on 1 March 2024), so a journey that needs a fully online procedure, or a
// fee, publishes it here and says so in the version's evidence.

const TEST_CHANGE = 'Phiên bản thử nghiệm do bài kiểm thử công bố, không phải bản ghi của Hà Nội';

/** Publishes a new version of a procedure offered toàn trình with its result delivered online. */
export async function publishFullyOnline(admin, procedureId) {
  const current = await admin.get(`/api/v1/admin/procedures/${procedureId}`);
  if (current.serviceLevel === 4 && current.onlineResult && current.status === 'Published') return;
  const { kind, days, cutOff, extraDays } = current.timeLimit;
  const content = {
    name: current.name,
    nameEn: current.nameEn,
    field: current.field,
    decidingLevelCode: current.decidingLevelCode,
    serviceLevel: 4,
    timeLimit: { kind, days, cutOff, extraDays },
    fees: current.fees,
    documents: current.documents,
    applicantTypes: current.applicantTypes,
    resultType: current.resultType,
    resultTypeEn: current.resultTypeEn,
    legalBasis: current.legalBasis,
    form: current.form,
    steps: current.steps,
    source: current.source,
    paymentDue: current.paymentDue,
    onlinePayment: current.onlinePayment,
    onlineResult: true,
    decidingAuthority: current.decidingAuthority,
    decidingAuthorityEn: current.decidingAuthorityEn,
    decidingAuthorityBasis: current.decidingAuthorityBasis,
    receivingBody: current.receivingBody,
    evidence: { verified: false, missing: [TEST_CHANGE] },
  };
  await admin.put(`/api/v1/admin/procedures/${procedureId}`, content);
  await admin.post(`/api/v1/admin/procedures/${procedureId}/publish`);
}

/** The fee the law sets for verifying the papers of a diploma issued by a foreign institution (Thông tư 164/2016/TT-BTC). */
export const LAWFUL_FEE = {
  name: 'Phí xác minh giấy tờ, tài liệu để công nhận văn bằng',
  nameEn: 'Fee for verifying the papers of a diploma',
  amountVnd: 250_000,
  rule: '250.000 đồng/văn bằng',
  countField: 'diplomas',
  legalBasis: 'Thông tư 164/2016/TT-BTC',
};

/** Publishes (once per name) a toàn trình procedure that charges LAWFUL_FEE online before reception; returns its id. */
export async function publishPayable(admin, name) {
  const found = await admin.get(
    `/api/v1/admin/procedures?q=${encodeURIComponent(name)}&pageSize=5`,
  );
  const existing = found.items.find((p) => p.name === name);
  if (existing) return existing.id;
  const content = {
    name,
    nameEn: 'Recognising a diploma issued by a foreign institution (payment test)',
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
      {
        key: 'fullName',
        type: 'Text',
        label: 'Họ và tên',
        labelEn: 'Full name',
        required: true,
        maxLength: 100,
      },
      {
        key: 'diplomas',
        type: 'Number',
        label: 'Số văn bằng cần công nhận',
        labelEn: 'Diplomas to recognise',
        required: true,
        min: 1,
        max: 5,
      },
    ],
    steps: [
      { name: 'Tiếp nhận', nameEn: 'Reception', role: 'Receptionist', share: 0.2 },
      { name: 'Xử lý', nameEn: 'Processing', role: 'Specialist', share: 0.8 },
    ],
    source: 'Thử nghiệm thanh toán trực tuyến',
    paymentDue: 'BeforeReception',
    onlinePayment: true,
    evidence: { verified: false, missing: [TEST_CHANGE] },
  };
  const created = await admin.post('/api/v1/admin/procedures', { content }, 201);
  await admin.post(`/api/v1/admin/procedures/${created.id}/publish`);
  return created.id;
}
