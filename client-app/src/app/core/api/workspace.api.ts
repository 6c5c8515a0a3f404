import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { PagedList, QueryOf, Schema } from './api-schema';
import type { DossierDto, DossierSummaryDto } from './dossiers.api';

export type InboxSort = Schema<'InboxSort'>;

/** What one inbox page asks for (`statuses` are sent as repeated `status` parameters; the page size is the page's). */
export type InboxQuery = Omit<QueryOf<'GetInbox'>, 'status' | 'pageSize'> & {
  readonly statuses?: QueryOf<'GetInbox'>['status'];
};

/** A field of the data a generated result prints (`GET /api/v1/dossiers/{id}/result-data`). */
export type ResultDataFieldDto = Schema<'ResultDataFieldDto'>;
/** The result data of a dossier: the template's fields, their values, whether the caller may record them. */
export type ResultDataDto = Schema<'ResultDataDto'>;
export type InboxCountsDto = Schema<'InboxCountsDto'>;
/** A paper dossier the desk enters and receives at once. */
export type WalkInDossier = Schema<'ReceiveWalkInDossier'>;
/** A leader who may sign a dossier's apology, with the agency they sign for. */
export type ApologySignerDto = Schema<'ApologySignerDto'>;
export type AssigneeDto = Schema<'AssigneeDto'>;

/** The bodies of the workflow's actions, by the action's path. */
export interface ActionBodies {
  readonly receive: Schema<'ReceiveInput'>;
  readonly reject: Schema<'ReasonsInput'>;
  readonly 'request-supplement': Schema<'SupplementRequestInput'>;
  readonly assign: Schema<'AssignInput'>;
  readonly reassign: Schema<'AssignInput'>;
  readonly forward: Schema<'ForwardInput'>;
  readonly 'submit-for-approval': Schema<'NoteInput'>;
  readonly approve: Schema<'NoteInput'>;
  readonly refuse: Schema<'ReasonsInput'>;
  readonly 'return-to-specialist': Schema<'CommentInput'>;
  readonly stop: Schema<'ReasonsInput'>;
  readonly apologise: Schema<'ApologyInput'>;
  readonly 'return-result': Schema<'ReturnInput'>;
  readonly 'record-uncollected': Schema<'NoteInput'>;
}

export type WorkflowAction = keyof ActionBodies;

/** The metadata sent with a scan (dates as yyyy-MM-dd, the value of a date input). */
export interface DigitisedPaperFields {
  readonly documentName: string;
  readonly issuingBody: string;
  readonly number: string;
  readonly issuedOn: string;
  readonly validUntil: string;
}

/** The officials' side of the dossier API: inbox, counts, assignees and the workflow's actions. */
@Injectable({ providedIn: 'root' })
export class WorkspaceApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE_URL}/dossiers`;

  inbox(query: InboxQuery): Observable<PagedList<DossierSummaryDto>> {
    let params = new HttpParams().set('page', query.page ?? 1).set('pageSize', 20);
    for (const status of query.statuses ?? []) params = params.append('status', status);
    if (query.assignedToMe) params = params.set('assignedToMe', true);
    if (query.dueWithinWorkingDays != null)
      params = params.set('dueWithinWorkingDays', query.dueWithinWorkingDays);
    if (query.overdue) params = params.set('overdue', true);
    if (query.awaitingCollection) params = params.set('awaitingCollection', true);
    if (query.sort && query.sort !== 'DueAt') params = params.set('sort', query.sort);
    if (query.q) params = params.set('q', query.q);
    if (query.group) params = params.set('group', query.group);
    return this.http.get<PagedList<DossierSummaryDto>>(`${this.base}/inbox`, { params });
  }

  receiveWalkIn(dossier: WalkInDossier): Observable<DossierDto> {
    return this.http.post<DossierDto>(`${this.base}/walk-in`, dossier);
  }

  counts(): Observable<InboxCountsDto> {
    return this.http.get<InboxCountsDto>(`${this.base}/inbox/counts`);
  }

  assignees(): Observable<readonly AssigneeDto[]> {
    return this.http.get<readonly AssigneeDto[]>(`${this.base}/assignees`);
  }

  /** The leaders of the agencies responsible for the dossier's delay, who may sign its apology. */
  apologySigners(id: string): Observable<readonly ApologySignerDto[]> {
    return this.http.get<readonly ApologySignerDto[]>(
      `${this.base}/${encodeURIComponent(id)}/apology-signers`,
    );
  }

  act<A extends WorkflowAction>(
    id: string,
    action: A,
    body: ActionBodies[A],
  ): Observable<DossierDto> {
    return this.http.post<DossierDto>(`${this.base}/${encodeURIComponent(id)}/${action}`, body);
  }

  /** Generates the electronic result from the procedure's template (level 4, the deciding agency's leader). */
  generateResult(id: string): Observable<unknown> {
    return this.http.post(`${this.base}/${encodeURIComponent(id)}/result/generate`, {});
  }

  /** The data the procedure's result template prints, and whether the caller may record them. */
  resultData(id: string): Observable<ResultDataDto> {
    return this.http.get<ResultDataDto>(`${this.base}/${encodeURIComponent(id)}/result-data`);
  }

  /** Records the result data (the assigned specialist, or a leader before the return); 400 names `values.<key>`. */
  saveResultData(id: string, values: Record<string, string | null>): Observable<ResultDataDto> {
    return this.http.put<ResultDataDto>(`${this.base}/${encodeURIComponent(id)}/result-data`, {
      values,
    } satisfies Schema<'ResultDataRequest'>);
  }

  /** Attaches the signed result as a PDF (level 4, the deciding agency's leader). */
  /**
   * Records the digitised copy of a received paper (`paper`) or of the paper result (`result`): the scan and the paper's
   * metadata in one multipart request; empty fields are left out.
   */
  digitise(
    id: string,
    of: 'paper' | 'result',
    file: File,
    fields: DigitisedPaperFields,
  ): Observable<DossierDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    for (const [name, value] of Object.entries(fields)) if (value) body.append(name, value);
    const path = of === 'paper' ? 'digitised-papers' : 'digitised-result';
    return this.http.post<DossierDto>(`${this.base}/${encodeURIComponent(id)}/${path}`, body);
  }

  uploadResult(id: string, file: File): Observable<unknown> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post(`${this.base}/${encodeURIComponent(id)}/result`, body);
  }
}
