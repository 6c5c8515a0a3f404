import type { AdminProcedureDto, ProcedureContentInput } from './admin.api';

/** What the editor sends for a loaded version: exactly the input's properties (the API refuses unknown ones). */
export function contentOf(version: AdminProcedureDto): ProcedureContentInput {
  return {
    name: version.name,
    nameEn: version.nameEn,
    field: version.field,
    decidingLevelCode: version.decidingLevelCode,
    serviceLevel: version.serviceLevel,
    timeLimit: {
      kind: version.timeLimit.kind,
      days: version.timeLimit.days,
      cutOff: version.timeLimit.cutOff,
      extraDays: version.timeLimit.extraDays,
    },
    fees: version.fees,
    documents: version.documents,
    applicantTypes: version.applicantTypes,
    resultType: version.resultType,
    resultTypeEn: version.resultTypeEn,
    legalBasis: version.legalBasis,
    form: version.form,
    steps: version.steps,
    source: version.source,
    paymentDue: version.paymentDue,
    onlinePayment: version.onlinePayment,
    onlineResult: version.onlineResult,
    decidingAuthority: version.decidingAuthority,
    decidingAuthorityEn: version.decidingAuthorityEn,
    decidingAuthorityBasis: version.decidingAuthorityBasis,
    receivingBody: version.receivingBody,
    // An edit keeps where the facts were read; the editor does not change them.
    evidence: version.evidence,
  };
}

/** A new procedure: decided by the Department, five working days, one processing step, no form fields yet. */
export function newContent(): ProcedureContentInput {
  return {
    name: '',
    nameEn: '',
    field: 'EducationTraining',
    decidingLevelCode: 'province',
    serviceLevel: 3,
    timeLimit: { kind: 'WorkingDays', days: 5, cutOff: null, extraDays: 0 },
    fees: [],
    documents: [],
    applicantTypes: ['Citizen'],
    resultType: '',
    resultTypeEn: '',
    legalBasis: [],
    form: [],
    steps: [{ name: 'Xử lý hồ sơ', nameEn: 'Processing', role: 'Specialist', share: 1 }],
    source: null,
    paymentDue: 'BeforeReception',
    onlinePayment: false,
    onlineResult: false,
    decidingAuthority: null,
    decidingAuthorityEn: null,
    decidingAuthorityBasis: null,
    receivingBody: null,
    evidence: null,
  };
}

/** Whether two contents say the same (the editor's "unsaved changes" compares the edits with what the server has). */
export function sameContent(a: ProcedureContentInput, b: ProcedureContentInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
