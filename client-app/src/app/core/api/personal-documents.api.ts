import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { Schema } from './api-schema';
import type { AttachmentDto } from './dossiers.api';

/** A document of the signed-in applicant's store (`GET /api/v1/me/documents`). */
export type PersonalDocumentDto = Schema<'PersonalDocumentDto'>;
/** What a store document is: type, issuer, number, dates. */
export type PersonalDocumentDetails = Schema<'PersonalDocumentDetails'>;
/** Uploaded, accepted with a dossier, digitised at the desk, or issued as a result. */
export type PersonalDocumentOrigin = Schema<'PersonalDocumentOrigin'>;
/** Where a file taken from the store came from, as the desk reads it. */
export type AttachmentSourceDto = Schema<'AttachmentSourceDto'>;

/** The applicant's own document store (kho dữ liệu cá nhân) and attaching from it by reference. */
@Injectable({ providedIn: 'root' })
export class PersonalDocumentsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE_URL}/me/documents`;

  /** The store, newest first; with a dossier, each document names the dossier's required documents it matches. */
  list(dossierId?: string): Observable<readonly PersonalDocumentDto[]> {
    const params = dossierId ? new HttpParams().set('dossierId', dossierId) : undefined;
    return this.http.get<readonly PersonalDocumentDto[]>(this.base, { params });
  }

  upload(file: File, details: PersonalDocumentDetails): Observable<PersonalDocumentDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('documentType', details.documentType ?? '');
    for (const key of ['issuingBody', 'number', 'issuedOn', 'validUntil'] as const) {
      const value = details[key];
      if (value) body.append(key, value);
    }
    return this.http.post<PersonalDocumentDto>(this.base, body);
  }

  edit(id: string, details: PersonalDocumentDetails): Observable<PersonalDocumentDto> {
    return this.http.put<PersonalDocumentDto>(`${this.base}/${encodeURIComponent(id)}`, details);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${encodeURIComponent(id)}`);
  }

  /** The document's content, as a blob (it needs the bearer token). */
  content(id: string): Observable<Blob> {
    return this.http.get(`${this.base}/${encodeURIComponent(id)}/content`, {
      responseType: 'blob',
    });
  }

  /** Attaches a store document to the dossier by reference (no upload). */
  attachToDossier(
    dossierId: string,
    personalDocumentId: string,
    documentName: string | null,
  ): Observable<AttachmentDto> {
    const body: Schema<'AttachFromStoreRequest'> = { personalDocumentId, documentName };
    return this.http.post<AttachmentDto>(
      `${API_BASE_URL}/dossiers/${encodeURIComponent(dossierId)}/attachments/from-store`,
      body,
    );
  }
}
