import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, expand, map, of, reduce } from 'rxjs';

import { API_BASE_URL } from '../../core/api/api.config';
import type { PagedList, QueryOf, Schema } from '../../core/api/api-schema';

/** The roles an official may hold (`Roles.Official` in the API). */
export const OFFICIAL_ROLE_NAMES = [
  'Receptionist',
  'Specialist',
  'Leader',
  'AgencyAdmin',
  'SystemAdmin',
] as const;
export type OfficialRole = (typeof OFFICIAL_ROLE_NAMES)[number];

/** `GET /api/v1/admin/officials`: an official's account as administrators see it. */
export type OfficialDto = Schema<'OfficialDto'>;
export type NewOfficialRequest = Schema<'CreateOfficial'>;
export type AgencyKind = Schema<'AgencyKind'>;
/** `GET /api/v1/agencies`. */
export type AgencyDto = Schema<'AgencyDto'>;
export type DayOffKind = Schema<'DayOffKind'>;
export type ScheduleStatus = Schema<'ScheduleStatus'>;
/** A day off as the calendar editor holds it: `isOnWeekend` is the server's (read-only) reading, never sent back. */
export type DayOffDto = Omit<Schema<'DayOff'>, 'isOnWeekend'>;
export type MakeUpWorkingDayDto = Schema<'MakeUpWorkingDay'>;
/** `GET /api/v1/calendar/{year}`; its body without the year is what `PUT /api/v1/admin/calendar/{year}` takes. */
export type CalendarYearDto = Omit<Schema<'CalendarYearDto'>, 'daysOff'> & {
  readonly daysOff: readonly DayOffDto[];
};
export type AuditChangeKind = Schema<'AuditChangeKind'>;
/** `GET /api/v1/admin/audit`: one change. */
export type AuditRecordDto = Schema<'AuditRecordDto'>;
/** The audit trail's filters; empty ones are not sent. Instants are ISO 8601 with their offset. */
export type AuditQuery = Omit<QueryOf<'GetAuditTrail'>, 'pageSize'>;
/** `GET /api/v1/admin/audit/users`: an account the audit viewer's user filter offers. */
export type AuditUserDto = Schema<'AuditUserDto'>;
/** `GET /api/v1/admin/procedures`: one line of the whole catalogue. */
export type AdminProcedureSummaryDto = Schema<'AdminProcedureSummaryDto'>;
/** `GET /api/v1/admin/procedures/{id}`: the version to edit (the draft, else the published one). */
export type AdminProcedureDto = Schema<'ProcedureDetailDto'>;
/**
 * The body of `PUT /api/v1/admin/procedures/{id}` and the `content` of a new procedure: the editor always sends every
 * field the document lists (the API fills a missing one with its default).
 */
export type ProcedureContentInput = Required<Schema<'ProcedureContentInput'>>;

function paramsOf(query: Readonly<Record<string, string | number | undefined>>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params = params.set(key, value);
  }
  return params;
}

/** The administration endpoints: officials, the working-day calendar, the catalogue and the audit trail. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);
  private readonly officialsUrl = `${API_BASE_URL}/admin/officials`;
  private readonly proceduresUrl = `${API_BASE_URL}/admin/procedures`;

  officials(page: number): Observable<PagedList<OfficialDto>> {
    return this.http.get<PagedList<OfficialDto>>(this.officialsUrl, {
      params: paramsOf({ page, pageSize: 20 }),
    });
  }

  createOfficial(request: NewOfficialRequest): Observable<OfficialDto> {
    return this.http.post<OfficialDto>(this.officialsUrl, request satisfies NewOfficialRequest);
  }

  setRoles(id: string, roles: readonly string[]): Observable<OfficialDto> {
    return this.http.put<OfficialDto>(`${this.officialsUrl}/${encodeURIComponent(id)}/roles`, {
      roles,
    } satisfies Schema<'OfficialRolesRequest'>);
  }

  /** Gives the official a new temporary password (shown once by the page); their sessions end. */
  resetPassword(id: string, temporaryPassword: string): Observable<unknown> {
    return this.http.post(`${this.officialsUrl}/${encodeURIComponent(id)}/password`, {
      temporaryPassword,
    } satisfies Schema<'PasswordInput'>);
  }

  setLocked(id: string, locked: boolean): Observable<unknown> {
    const action = locked ? 'lock' : 'unlock';
    return this.http.post(`${this.officialsUrl}/${encodeURIComponent(id)}/${action}`, null);
  }

  /** Every agency (the tree has a few hundred rows), read 100 at a time. */
  agencies(): Observable<readonly AgencyDto[]> {
    const page = (n: number) =>
      this.http.get<PagedList<AgencyDto>>(`${API_BASE_URL}/agencies`, {
        params: paramsOf({ page: n, pageSize: 100 }),
      });
    return page(1).pipe(
      expand((list) => (list.page < list.totalPages ? page(list.page + 1) : of())),
      map((list) => list.items),
      reduce((all: readonly AgencyDto[], items) => [...all, ...items], []),
    );
  }

  calendarYear(year: number): Observable<CalendarYearDto> {
    return this.http.get<CalendarYearDto>(`${API_BASE_URL}/calendar/${year}`);
  }

  saveCalendarYear(schedule: CalendarYearDto): Observable<CalendarYearDto> {
    const { year, ...rest } = schedule;
    const body: Omit<Schema<'CalendarYearInput'>, 'daysOff'> & Pick<CalendarYearDto, 'daysOff'> =
      rest;
    return this.http.put<CalendarYearDto>(`${API_BASE_URL}/admin/calendar/${year}`, body);
  }

  proposeCalendarYear(year: number): Observable<CalendarYearDto> {
    return this.http.post<CalendarYearDto>(`${API_BASE_URL}/admin/calendar/${year}/proposal`, null);
  }

  procedures(q: string, page: number): Observable<PagedList<AdminProcedureSummaryDto>> {
    return this.http.get<PagedList<AdminProcedureSummaryDto>>(this.proceduresUrl, {
      params: paramsOf({ q, page, pageSize: 20 }),
    });
  }

  procedure(id: string): Observable<AdminProcedureDto> {
    return this.http.get<AdminProcedureDto>(`${this.proceduresUrl}/${encodeURIComponent(id)}`);
  }

  createProcedure(
    nationalCode: string | null,
    content: ProcedureContentInput,
  ): Observable<AdminProcedureDto> {
    const body: Schema<'CreateProcedure'> = { nationalCode, content };
    return this.http.post<AdminProcedureDto>(this.proceduresUrl, body);
  }

  /** Changes the draft, or starts a new draft version after a publication. */
  editProcedure(id: string, content: ProcedureContentInput): Observable<AdminProcedureDto> {
    return this.http.put<AdminProcedureDto>(
      `${this.proceduresUrl}/${encodeURIComponent(id)}`,
      content,
    );
  }

  /** `publish` (returns the published version), `list` or `unlist`. */
  procedureAction(id: string, action: 'publish' | 'list' | 'unlist'): Observable<unknown> {
    return this.http.post(`${this.proceduresUrl}/${encodeURIComponent(id)}/${action}`, null);
  }

  /**
   * Publishes the draft from `effectiveFrom` (`yyyy-MM-dd`, Hanoi; empty: today). A later date schedules the change: the
   * version waits as `Scheduled` and comes into force on that date.
   */
  publishProcedure(id: string, effectiveFrom: string | null): Observable<unknown> {
    return this.http.post(`${this.proceduresUrl}/${encodeURIComponent(id)}/publish`, null, {
      params: effectiveFrom ? { effectiveFrom } : {},
    });
  }

  /** Accounts whose name, user name or e-mail contains `q` (≥ 2 characters), or the one of `id`. */
  auditUsers(search: { q?: string; id?: string }): Observable<readonly AuditUserDto[]> {
    return this.http.get<readonly AuditUserDto[]>(`${API_BASE_URL}/admin/audit/users`, {
      params: search.id ? { id: search.id } : { q: search.q ?? '' },
    });
  }

  audit(query: AuditQuery): Observable<PagedList<AuditRecordDto>> {
    return this.http.get<PagedList<AuditRecordDto>>(`${API_BASE_URL}/admin/audit`, {
      params: paramsOf({ ...query, pageSize: 20 }),
    });
  }
}
