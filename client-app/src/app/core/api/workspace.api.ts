import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { PagedList } from './catalogue.api';
import type {
  Channel,
  CommentAudience,
  DossierDto,
  DossierStatus,
  DossierSummaryDto,
  StatusGroup,
} from './dossiers.api';

export type InboxSort = 'DueAt' | 'DueAtDescending' | 'SubmittedAt' | 'SubmittedAtDescending';

/** What one inbox page asks for. */
export interface InboxQuery {
  readonly statuses?: readonly DossierStatus[];
  /** Only the statuses of this group (the server's named sets), e.g. a tab. */
  readonly group?: StatusGroup;
  readonly assignedToMe?: boolean;
  readonly dueWithinWorkingDays?: number;
  readonly overdue?: boolean;
  /** Results waiting at the desk past their appointment. */
  readonly awaitingCollection?: boolean;
  readonly sort?: InboxSort;
  readonly q?: string;
  readonly page?: number;
}

/** A field of the data a generated result prints (`GET /api/v1/dossiers/{id}/result-data`). */
export interface ResultDataFieldDto {
  readonly key: string;
  readonly label: string;
  readonly labelEn: string;
  readonly type: 'Text' | 'Date' | 'Number' | 'Select';
  readonly required: boolean;
  readonly maxLength: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly options: readonly { value: string; label: string; labelEn: string }[] | null;
  readonly value: string | null;
}

/** The result data of a dossier: the template's fields, their values, whether the caller may record them. */
export interface ResultDataDto {
  readonly hasTemplate: boolean;
  readonly documentType: string | null;
  readonly source: string | null;
  readonly canEdit: boolean;
  readonly recordedAt: string | null;
  readonly fields: readonly ResultDataFieldDto[];
}

/** `GET /api/v1/dossiers/inbox/counts`. */
export interface InboxCountsDto {
  readonly toReceive: number;
  readonly supplementRequested: number;
  readonly inProcessing: number;
  readonly awaitingApproval: number;
  readonly resultToReturn: number;
  readonly assignedToMe: number;
  readonly dueSoon: number;
  readonly overdue: number;
  readonly awaitingCollection: number;
}

/** A paper dossier the desk enters and receives at once. */
export interface WalkInDossier {
  readonly procedureId: string;
  readonly decidingAgencyId: string;
  readonly channel: 'InPerson' | 'Post';
  readonly applicant: {
    readonly fullName: string;
    readonly citizenId: string;
    readonly phone: string;
    readonly email: string | null;
  };
  readonly formData: Readonly<Record<string, string | null>>;
  readonly note: string | null;
  /** Who the note is for; required with a note. */
  readonly commentAudience: CommentAudience | null;
}

/** A leader who may sign a dossier's apology, with the agency they sign for. */
export interface ApologySignerDto {
  readonly id: string;
  readonly fullName: string;
  readonly agencyId: string;
  readonly agencyName: string;
}

export interface AssigneeDto {
  readonly id: string;
  readonly fullName: string;
}

/** The bodies of the workflow's actions, by the action's path. */
export interface ActionBodies {
  readonly receive: {
    comment: string | null;
    commentAudience: CommentAudience | null;
    extensionDays?: number | null;
    extensionReason?: string | null;
  };
  readonly reject: { reasons: string };
  readonly 'request-supplement': { items: readonly { document: string; reason: string }[] };
  readonly assign: {
    assigneeId: string;
    comment: string | null;
    commentAudience: CommentAudience | null;
  };
  readonly reassign: {
    assigneeId: string;
    comment: string | null;
    commentAudience: CommentAudience | null;
  };
  readonly forward: {
    toAgencyId: string;
    stepDeadline: string;
    assigneeId: null;
    comment: string | null;
    commentAudience: CommentAudience | null;
  };
  readonly 'submit-for-approval': {
    comment: string | null;
    commentAudience: CommentAudience | null;
  };
  readonly approve: { comment: string | null; commentAudience: CommentAudience | null };
  readonly refuse: { reasons: string };
  readonly 'return-to-specialist': { comment: string; commentAudience: CommentAudience | null };
  readonly stop: { reasons: string };
  readonly apologise: {
    newAppointmentAt: string;
    reason: string;
    signerTitle: string;
    signerId?: string | null;
  };
  readonly 'return-result': {
    channel: Channel;
    comment: string | null;
    commentAudience: CommentAudience | null;
  };
  readonly 'record-uncollected': {
    comment: string | null;
    commentAudience: CommentAudience | null;
  };
}

export type WorkflowAction = keyof ActionBodies;

/** The officials' side of the dossier API: inbox, counts, assignees and the workflow's actions. */
@Injectable({ providedIn: 'root' })
export class WorkspaceApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE_URL}/dossiers`;

  inbox(query: InboxQuery): Observable<PagedList<DossierSummaryDto>> {
    let params = new HttpParams().set('page', query.page ?? 1).set('pageSize', 20);
    for (const status of query.statuses ?? []) params = params.append('status', status);
    if (query.group) params = params.set('group', query.group);
    if (query.assignedToMe) params = params.set('assignedToMe', true);
    if (query.dueWithinWorkingDays != null)
      params = params.set('dueWithinWorkingDays', query.dueWithinWorkingDays);
    if (query.overdue) params = params.set('overdue', true);
    if (query.awaitingCollection) params = params.set('awaitingCollection', true);
    if (query.sort && query.sort !== 'DueAt') params = params.set('sort', query.sort);
    if (query.q) params = params.set('q', query.q);
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
    });
  }

  /** Attaches the signed result as a PDF (level 4, the deciding agency's leader). */
  uploadResult(id: string, file: File): Observable<unknown> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post(`${this.base}/${encodeURIComponent(id)}/result`, body);
  }
}
