import { HttpClient, type HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { PagedList, RequiredDocumentDto } from './catalogue.api';

export type FormFieldType =
  'Text' | 'Number' | 'Date' | 'Select' | 'CitizenId' | 'Phone' | 'Email' | 'School' | 'File';

export interface FormFieldDto {
  readonly key: string;
  readonly type: FormFieldType;
  readonly label: string;
  readonly labelEn: string;
  readonly required: boolean;
  readonly pattern: string | null;
  readonly help: string | null;
  readonly helpEn: string | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly maxLength: number | null;
  readonly multiline: boolean;
  readonly options: readonly { value: string; label: string; labelEn: string }[] | null;
  /** The checks of the value, in order, as the server evaluates them (see features/apply/form-rules.ts). */
  readonly rules?: readonly FormFieldRuleDto[];
}

export type FormRuleKind =
  'Required' | 'File' | 'MaxLength' | 'Pattern' | 'Date' | 'Min' | 'Max' | 'Options';

/** One check of a form field's value, sent by the server, which evaluates the same object. */
export interface FormFieldRuleDto {
  readonly kind: FormRuleKind;
  /** The error code; the dictionaries hold its words under `formRule.<code>`. */
  readonly code: string;
  /** Pattern: a regular expression the whole trimmed value matches, without flags. */
  readonly pattern: string | null;
  /** MaxLength: most UTF-16 code units; Min/Max: the bound, an exact decimal numeral. */
  readonly limit: string | null;
  /** Options: the allowed values. */
  readonly values: readonly string[] | null;
}

export type FormValues = Readonly<Record<string, string | null>>;

export interface AttachmentDto {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly documentName: string | null;
  readonly uploadedAt: string;
}

export interface ProcessingStepDto {
  readonly sequence: number;
  readonly action: string;
  readonly fromStatus: string;
  readonly toStatus: string;
  readonly actorName: string;
  readonly at: string;
  readonly comment: string | null;
  readonly deadline: string | null;
  readonly assigneeId?: string | null;
  /** Who the comment is for; the applicant's own view never carries internal comments. */
  readonly commentAudience?: CommentAudience | null;
}

/** Internal (officials only) or addressed to the applicant. */
export type CommentAudience = 'Internal' | 'Applicant';

export type DossierStatus =
  | 'Draft'
  | 'Submitted'
  | 'Received'
  | 'NotReceived'
  | 'SupplementRequested'
  | 'InProcessing'
  | 'AwaitingApproval'
  | 'Resolved'
  | 'Refused'
  | 'ResultReturned'
  | 'Withdrawn'
  | 'Stopped';

export type Channel = 'InPerson' | 'Online' | 'Post';

export type Satisfaction = 'VerySatisfied' | 'Satisfied' | 'Unsatisfied';

/** The "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (form 04) of a dossier. */
export interface ApologyDto {
  readonly responsibleAgencyId: string;
  readonly signerId: string;
  readonly signerName: string;
  readonly signerTitle: string;
  readonly preparedById: string | null;
  readonly preparedByName: string | null;
  readonly issuedAt: string;
  readonly previousAppointmentAt: string;
  readonly newAppointmentAt: string;
  readonly reason: string;
}

/** `GET /api/v1/dossiers/{id}`. */
export interface DossierDto {
  readonly id: string;
  readonly code: string | null;
  readonly trackingNumber: string | null;
  readonly procedureId: string;
  readonly status: DossierStatus;
  readonly applicantName: string;
  readonly receivingAgencyId: string;
  readonly decidingAgencyId: string;
  readonly currentAgencyId: string;
  readonly assigneeId: string | null;
  readonly submissionChannel: Channel;
  readonly formData: FormValues;
  readonly formFields: readonly FormFieldDto[];
  readonly requiredDocuments: readonly RequiredDocumentDto[];
  readonly createdAt: string;
  readonly submittedAt: string | null;
  readonly receivedAt: string | null;
  readonly dueAt: string | null;
  readonly appointmentAt: string | null;
  /** The apology (form 04) issued, with both appointments; null when none. */
  readonly apology?: ApologyDto | null;
  /** Until when an apology may still be issued (one working day before the due date); null when not any more. */
  readonly apologyDueBy?: string | null;
  /** The extension of the time limit applied at reception. */
  readonly extension?: { readonly days: number; readonly reason: string } | null;
  /** The most working days the desk may add at reception (0: the procedure has no extension). */
  readonly timeLimitExtraDays?: number;
  readonly returnedAt: string | null;
  readonly returnChannel: string | null;
  readonly resultReleasedAt: string | null;
  readonly paymentStatus: 'NotDue' | 'Due' | 'Paid' | 'Refunded';
  /** The fees the dossier charges (đồng): fixed at submission; for a draft, what its form values would charge. */
  readonly feesVnd?: number;
  /** When the fees are due; null when the dossier charges none. */
  readonly feesDue?: 'BeforeReception' | 'BeforeResult' | null;
  /** Whether the fees are paid online. */
  readonly feesPayableOnline?: boolean;
  readonly receivingAgencyName?: string | null;
  readonly receivingAgencyNameEn?: string | null;
  readonly decidingAgencyName?: string | null;
  readonly decidingAgencyNameEn?: string | null;
  /** The fees' total in đồng, fixed at submission. */
  readonly amountDueVnd: number;
  readonly outcome: 'Early' | 'OnTime' | 'Late' | null;
  readonly satisfaction: Satisfaction | null;
  readonly satisfactionComment: string | null;
  readonly ratedAt: string | null;
  readonly steps: readonly ProcessingStepDto[];
  readonly attachments: readonly AttachmentDto[];
  /** Since when the result waits to be returned (resolved or refused). */
  readonly awaitingCollectionSince?: string | null;
  /** From when the applicant is expected at the receiving desk. */
  readonly collectableFrom?: string | null;
  /** Whether the result is collected at the desk (not delivered online). */
  readonly collectedAtDesk?: boolean | null;
  /** When the desk recorded that the result was not collected (it can still be). */
  readonly uncollectedRecordedAt?: string | null;
  /** From when the desk may record the result as not collected. */
  readonly uncollectedRecordableFrom?: string | null;
  /** The official papers that exist for the dossier, as the server says (each only once its step happened). */
  readonly papers?: readonly DossierPaperDto[];
  /** What withdrawing involves now; null when the status allows no withdrawal. */
  readonly withdrawal?: DossierWithdrawalDto | null;
  /** The procedure's name (Vietnamese) and its English name as the catalogue gives it. */
  readonly procedureName?: string | null;
  readonly procedureNameEn?: string | null;
  /** What the signed-in user may do now, decided by the server's own guards; the page offers exactly these. */
  readonly allowedActions?: readonly DossierOperation[];
  /** The electronic result issued; null before (the applicant sees it once released). */
  readonly issuedResult?: IssuedResultDto | null;
}

/** What a user may ask of a dossier (`allowedActions`). */
export type DossierOperation =
  | 'Receive'
  | 'RejectAtReception'
  | 'RequestSupplement'
  | 'Assign'
  | 'Reassign'
  | 'Forward'
  | 'SubmitForApproval'
  | 'Approve'
  | 'ReturnToSpecialist'
  | 'Refuse'
  | 'StopProcessing'
  | 'IssueApology'
  | 'UploadResult'
  | 'GenerateResult'
  | 'ReturnResult'
  | 'ReturnResultOnline'
  | 'RecordUncollectedResult'
  | 'Withdraw'
  | 'ProvideSupplement'
  | 'Pay'
  | 'Rate';

/** The electronic result issued for a dossier. */
export interface IssuedResultDto {
  readonly documentType: string;
  readonly fileName: string;
  readonly origin: 'Uploaded' | 'Generated';
  readonly verificationCode: string;
  readonly issuerName: string;
  readonly signerName: string;
  readonly issuedAt: string;
  readonly releasedAt: string | null;
}

/** The kinds of `GET /api/v1/dossiers/{id}/documents/{kind}`. */
export type DossierPaperKind =
  | 'Receipt'
  | 'SupplementRequest'
  | 'Rejection'
  | 'Apology'
  | 'ControlSheet'
  | 'RefusalNotice'
  | 'StopNotice';

/** One official paper of a dossier: its form's own (Vietnamese) name, its legal basis and its download address. */
export interface DossierPaperDto {
  readonly kind: DossierPaperKind;
  readonly name: string;
  readonly basis: string;
  readonly url: string;
}

/** One step in the public lookup: what happened and when (no official's name, no note). */
export interface PublicStepDto {
  readonly action: ProcessingStepDto['action'];
  readonly at: string;
  readonly toStatus: DossierStatus;
}

/** `GET /api/v1/dossier-lookup`: the public answer — status, procedure, receiving agency, dates and the public history. */
export interface DossierLookupDto {
  readonly code: string | null;
  readonly trackingNumber: string | null;
  readonly status: DossierStatus;
  readonly submittedAt: string | null;
  /** When the desk received it (never after the return). */
  readonly receivedAt: string | null;
  readonly appointmentAt: string | null;
  readonly returnedAt: string | null;
  readonly procedureName?: string | null;
  readonly procedureNameEn?: string | null;
  readonly receivingAgencyName?: string | null;
  readonly receivingAgencyNameEn?: string | null;
  readonly history?: readonly PublicStepDto[] | null;
}

/** What withdrawing involves now, as the server decides: a reason after reception, fees paid online recorded as to be refunded. */
export interface DossierWithdrawalDto {
  readonly reasonRequired: boolean;
  readonly refundVnd: number;
}

/** One line of "my dossiers". */
export interface DossierSummaryDto {
  readonly id: string;
  readonly code: string | null;
  readonly trackingNumber: string | null;
  readonly procedureId: string;
  readonly procedureName: string | null;
  readonly procedureNameEn: string | null;
  readonly status: DossierStatus;
  readonly createdAt: string;
  readonly submittedAt: string | null;
  readonly dueAt: string | null;
  readonly appointmentAt: string | null;
  /** In the inbox: working days left before the due instant, negative once overdue. */
  readonly workingDaysLeft?: number | null;
  readonly applicantName?: string;
  readonly submissionChannel?: Channel;
}

export interface AgencyDto {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly levelCode: string;
  readonly decides: boolean;
  readonly receives: boolean;
}

@Injectable({ providedIn: 'root' })
export class DossiersApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE_URL}/dossiers`;

  start(procedureId: string, decidingAgencyId: string): Observable<DossierDto> {
    return this.http.post<DossierDto>(this.base, { procedureId, decidingAgencyId, formData: {} });
  }

  get(id: string): Observable<DossierDto> {
    return this.http.get<DossierDto>(`${this.base}/${encodeURIComponent(id)}`);
  }

  saveDraft(id: string, formData: FormValues): Observable<DossierDto> {
    return this.http.put<DossierDto>(`${this.base}/${encodeURIComponent(id)}/draft`, { formData });
  }

  /** Uploads one file for one required document (null: for a form field of type File), reporting progress. */
  attach(id: string, file: File, documentName: string | null): Observable<HttpEvent<AttachmentDto>> {
    const body = new FormData();
    body.append('file', file, file.name);
    if (documentName !== null) body.append('documentName', documentName);
    return this.http.post<AttachmentDto>(
      `${this.base}/${encodeURIComponent(id)}/attachments`,
      body,
      {
        reportProgress: true,
        observe: 'events',
      },
    );
  }

  removeAttachment(id: string, attachmentId: string): Observable<DossierDto> {
    return this.http.delete<DossierDto>(
      `${this.base}/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`,
    );
  }

  /** Submits with an idempotency key: a repeated click or a retry never makes a second submission. */
  submit(id: string, idempotencyKey: string): Observable<DossierDto> {
    return this.http.post<DossierDto>(
      `${this.base}/${encodeURIComponent(id)}/submit`,
      { formData: null },
      { headers: { 'Idempotency-Key': idempotencyKey } },
    );
  }

  /** Answers the supplement request: the files are attached first; this resumes the clock. */
  provideSupplement(id: string, comment: string | null): Observable<DossierDto> {
    return this.http.post<DossierDto>(`${this.base}/${encodeURIComponent(id)}/provide-supplement`, {
      formData: null,
      comment,
    });
  }

  /** Rates a finished dossier, once. */
  rate(id: string, level: Satisfaction, comment: string | null): Observable<DossierDto> {
    return this.http.post<DossierDto>(`${this.base}/${encodeURIComponent(id)}/rating`, {
      level,
      comment,
    });
  }

  withdraw(id: string, reason: string | null): Observable<DossierDto> {
    return this.http.post<DossierDto>(`${this.base}/${encodeURIComponent(id)}/withdraw`, {
      reason,
    });
  }

  /** The path of one of the dossier's printable forms (download it with download(): it needs the bearer token). */
  documentPath(id: string, kind: DossierPaperKind): string {
    return `${this.base}/${encodeURIComponent(id)}/documents/${kind}`;
  }

  /** Downloads a protected file (a form PDF, the result) with the bearer token, as a blob. */
  download(path: string): Observable<Blob> {
    return this.http.get(path, { responseType: 'blob' });
  }

  /** The public lookup by dossier code (or tracking number) and the applicant's citizen ID; no sign-in. */
  lookup(code: string, citizenId: string): Observable<DossierLookupDto> {
    return this.http.get<DossierLookupDto>(`${API_BASE_URL}/dossier-lookup`, {
      params: new HttpParams().set('code', code).set('citizenId', citizenId),
    });
  }

  mine(page = 1, pageSize = 20): Observable<PagedList<DossierSummaryDto>> {
    return this.http.get<PagedList<DossierSummaryDto>>(`${this.base}/mine`, {
      params: new HttpParams().set('page', page).set('pageSize', pageSize),
    });
  }

  agencies(level: string, page: number): Observable<PagedList<AgencyDto>> {
    return this.http.get<PagedList<AgencyDto>>(`${API_BASE_URL}/agencies`, {
      params: new HttpParams().set('level', level).set('page', page).set('pageSize', 100),
    });
  }
}
