import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { PagedList, Schema } from './api-schema';

/** A complaint as its complainant and the answering officials see it. */
export type ComplaintDto = Schema<'ComplaintDto'>;
/** What tracking a complaint by code shows (no personal data). */
export type ComplaintTrackingDto = Schema<'ComplaintTrackingDto'>;
/** A complaint about a procedure, by anyone. */
export type FileProcedureComplaint = Schema<'FileProcedureComplaint'>;
/** A complaint about the applicant's own dossier. */
export type FileDossierComplaint = Schema<'FileDossierComplaint'>;
/** Received, Answered or ClosedOutOfScope. */
export type ComplaintStatus = ComplaintDto['status'];

@Injectable({ providedIn: 'root' })
export class ComplaintsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE_URL}/complaints`;

  aboutProcedure(body: FileProcedureComplaint): Observable<ComplaintTrackingDto> {
    return this.http.post<ComplaintTrackingDto>(`${this.base}/procedure`, body);
  }

  aboutDossier(body: FileDossierComplaint): Observable<ComplaintDto> {
    return this.http.post<ComplaintDto>(`${this.base}/dossier`, body);
  }

  track(code: string): Observable<ComplaintTrackingDto> {
    return this.http.get<ComplaintTrackingDto>(`${this.base}/track/${encodeURIComponent(code)}`);
  }

  /** The caller's agency's complaints, open ones first. */
  agency(status: ComplaintStatus | '', page = 1): Observable<PagedList<ComplaintDto>> {
    let params = new HttpParams().set('page', page).set('pageSize', 50);
    if (status) params = params.set('status', status);
    return this.http.get<PagedList<ComplaintDto>>(this.base, { params });
  }

  answer(id: string, answer: string): Observable<ComplaintDto> {
    return this.http.post<ComplaintDto>(`${this.base}/${encodeURIComponent(id)}/answer`, {
      answer,
    });
  }

  close(id: string, reasons: string): Observable<ComplaintDto> {
    return this.http.post<ComplaintDto>(`${this.base}/${encodeURIComponent(id)}/close`, {
      reasons,
    });
  }
}
