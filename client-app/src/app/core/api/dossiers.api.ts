import { HttpClient, type HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { PagedList, Schema } from './api-schema';

export type FormFieldType = Schema<'FormFieldType'>;
export type FormFieldDto = Schema<'FormField'>;
/** One check of a form field's value, sent by the server, which evaluates the same object (shared/forms/form-rules.ts). */
export type FormFieldRuleDto = Schema<'FormFieldRule'>;
export type FormRuleKind = Schema<'FormRuleKind'>;
export type FormValues = DossierDto['formData'];
export type AttachmentDto = Schema<'DossierAttachmentDto'>;
/** A digitised copy the desk made of a received paper or of the paper result. */
export type DigitisedCopyDto = Schema<'DigitisedCopyDto'>;
export type ProcessingStepDto = Schema<'ProcessingStepDto'>;
/** Internal (officials only) or addressed to the applicant. */
export type CommentAudience = Schema<'CommentAudience'>;
export type DossierStatus = Schema<'DossierStatus'>;
export type Channel = Schema<'Channel'>;
export type Satisfaction = Schema<'Satisfaction'>;
/** The server's group of a status (`statusGroup`): what to show and offer; the client never lists statuses. */
export type StatusGroup = Schema<'StatusGroup'>;
/** The "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (form 04) of a dossier. */
export type ApologyDto = Schema<'DossierApology'>;
/** `GET /api/v1/dossiers/{id}`. */
export type DossierDto = Schema<'DossierDto'>;
/** What a user may ask of a dossier (`allowedActions`). */
export type DossierOperation = Schema<'DossierOperation'>;
export type IssuedResultDto = Schema<'IssuedResultDto'>;
/** The kinds of `GET /api/v1/dossiers/{id}/documents/{kind}`. */
export type DossierPaperKind = Schema<'DossierDocumentKind'>;
export type DossierPaperDto = Schema<'DossierPaperDto'>;
export type PublicStepDto = Schema<'PublicStepDto'>;
export type DossierLookupDto = Schema<'DossierLookupDto'>;
export type DossierWithdrawalDto = Schema<'DossierWithdrawalDto'>;
export type DossierSummaryDto = Schema<'DossierSummaryDto'>;
export type AgencyDto = Schema<'AgencyDto'>;

@Injectable({ providedIn: 'root' })
export class DossiersApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE_URL}/dossiers`;

  start(procedureId: string, decidingAgencyId: string): Observable<DossierDto> {
    const body: Schema<'StartDossier'> = { procedureId, decidingAgencyId, formData: {} };
    return this.http.post<DossierDto>(this.base, body);
  }

  get(id: string): Observable<DossierDto> {
    return this.http.get<DossierDto>(`${this.base}/${encodeURIComponent(id)}`);
  }

  saveDraft(id: string, formData: FormValues): Observable<DossierDto> {
    const body: Schema<'DraftInput'> = { formData };
    return this.http.put<DossierDto>(`${this.base}/${encodeURIComponent(id)}/draft`, body);
  }

  /** Uploads one file for one required document (null: for a form field of type File), reporting progress. */
  attach(
    id: string,
    file: File,
    documentName: string | null,
  ): Observable<HttpEvent<AttachmentDto>> {
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
      { formData: null } satisfies Schema<'SubmitInput'>,
      { headers: { 'Idempotency-Key': idempotencyKey } },
    );
  }

  /** Answers the supplement request: the files are attached first; this resumes the clock. */
  provideSupplement(id: string, comment: string | null): Observable<DossierDto> {
    return this.http.post<DossierDto>(`${this.base}/${encodeURIComponent(id)}/provide-supplement`, {
      formData: null,
      comment,
    } satisfies Schema<'SupplementInput'>);
  }

  /** Rates a finished dossier, once. */
  rate(id: string, level: Satisfaction, comment: string | null): Observable<DossierDto> {
    return this.http.post<DossierDto>(`${this.base}/${encodeURIComponent(id)}/rating`, {
      level,
      comment,
    } satisfies Schema<'RatingInput'>);
  }

  withdraw(id: string, reason: string | null): Observable<DossierDto> {
    return this.http.post<DossierDto>(`${this.base}/${encodeURIComponent(id)}/withdraw`, {
      reason,
    } satisfies Schema<'WithdrawInput'>);
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
