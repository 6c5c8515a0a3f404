import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, expand, map, of, reduce } from 'rxjs';

import { API_BASE_URL } from '../../core/api/api.config';
import type {
  ApplicantType,
  CatalogueEvidenceDto,
  PagedList,
  ProcedureDetailDto,
  ProcedureField,
  TimeLimitDto,
} from '../../core/api/catalogue.api';
import type { FormFieldDto } from '../../core/api/dossiers.api';

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
export interface OfficialDto {
  readonly id: string;
  readonly userName: string;
  readonly fullName: string;
  readonly email: string | null;
  readonly agencyId: string | null;
  readonly roles: readonly string[];
  readonly isLockedOut: boolean;
  readonly lockoutEnd: string | null;
  readonly createdAt: string;
}

export interface NewOfficialRequest {
  readonly fullName: string;
  readonly email: string;
  readonly userName: string;
  readonly agencyId: string;
  readonly roles: readonly string[];
  readonly temporaryPassword: string;
}

export type AgencyKind =
  | 'Department'
  | 'Division'
  | 'DistrictCommittee'
  | 'EducationOffice'
  | 'CommuneCommittee'
  | 'ServiceCentre';

/** `GET /api/v1/agencies`. */
export interface AgencyDto {
  readonly id: string;
  readonly code: string;
  /**
   * Whether the identifier code was checked against Hanoi's published list (Quyết định 2918/QĐ-UBND, 2022);
   * false while it only has the shape of Thông tư 10/2016/TT-BTTTT.
   */
  readonly codeVerified: boolean;
  /** Where the code comes from, if recorded. */
  readonly codeSource: string | null;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: AgencyKind;
  readonly levelCode: string;
  readonly parentId: string | null;
  readonly receives: boolean;
  readonly decides: boolean;
}

export type DayOffKind = 'Holiday' | 'Compensatory' | 'Swapped';
export type ScheduleStatus = 'Official' | 'Proposed';

export interface DayOffDto {
  readonly date: string;
  readonly name: string;
  readonly kind: DayOffKind;
}

export interface MakeUpWorkingDayDto {
  readonly date: string;
  readonly name: string;
  readonly replacesDate: string | null;
}

/** `GET /api/v1/calendar/{year}` and the body of `PUT /api/v1/admin/calendar/{year}` (without the year). */
export interface CalendarYearDto {
  readonly year: number;
  readonly status: ScheduleStatus;
  readonly sources: readonly string[];
  readonly daysOff: readonly DayOffDto[];
  readonly makeUpWorkingDays: readonly MakeUpWorkingDayDto[];
}

export type AuditChangeKind = 'Added' | 'Modified' | 'Deleted';

/** `GET /api/v1/admin/audit`: one change. */
export interface AuditRecordDto {
  readonly id: string;
  readonly at: string;
  readonly userId: string | null;
  readonly userName: string | null;
  readonly clientIp: string | null;
  readonly correlationId: string | null;
  readonly useCase: string | null;
  readonly entityType: string;
  readonly entityId: string;
  readonly changeKind: AuditChangeKind;
  readonly before: unknown;
  readonly after: unknown;
}

/** The audit trail's filters; empty ones are not sent. Instants are ISO 8601 with their offset. */
export interface AuditQuery {
  readonly entityType?: string;
  readonly entityId?: string;
  readonly userId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly page?: number;
}

/** `GET /api/v1/admin/audit/users`: an account the audit viewer's user filter offers. */
export interface AuditUserDto {
  readonly id: string;
  readonly fullName: string;
  readonly userName: string;
  readonly agencyName: string | null;
}

/** `GET /api/v1/admin/procedures`: one line of the whole catalogue. */
export interface AdminProcedureSummaryDto {
  readonly id: string;
  readonly nationalCode: string | null;
  readonly name: string;
  readonly nameEn: string;
  readonly isListed: boolean;
  readonly publishedVersion: number | null;
  readonly draftVersion: number | null;
}

/** `GET /api/v1/admin/procedures/{id}`: the version to edit (the draft, else the published one). */
export interface AdminProcedureDto extends ProcedureDetailDto {
  readonly versionId: string;
  readonly status: 'Draft' | 'Published' | 'Superseded' | 'Scheduled';
  /** The date (`yyyy-MM-dd`, Hanoi) from which the version applies. */
  readonly effectiveFrom?: string | null;
  readonly form: readonly FormFieldDto[];
  readonly source: string | null;
  readonly paymentDue: string;
}

/** The body of `PUT /api/v1/admin/procedures/{id}` and the `content` of a new procedure (`ProcedureContentInput`). */
export interface ProcedureContentInput {
  readonly name: string;
  readonly nameEn: string;
  readonly field: ProcedureField;
  readonly decidingLevelCode: string;
  readonly serviceLevel: number;
  /** The time limit as the API takes it (the computed working hours are not sent back). */
  readonly timeLimit: Pick<TimeLimitDto, 'kind' | 'days' | 'cutOff' | 'extraDays'>;
  readonly fees: AdminProcedureDto['fees'];
  readonly documents: AdminProcedureDto['documents'];
  readonly applicantTypes: readonly ApplicantType[];
  readonly resultType: string;
  readonly resultTypeEn: string;
  readonly legalBasis: readonly string[];
  readonly form: readonly FormFieldDto[];
  readonly steps: AdminProcedureDto['steps'];
  readonly source: string | null;
  readonly paymentDue: string;
  /** Fees paid online, whatever the level; null: as level 4 did before the setting. */
  readonly onlinePayment: boolean | null;
  /** The result delivered online; null: as level 4 did before the setting. */
  readonly onlineResult: boolean | null;
  /** "Cơ quan/người có thẩm quyền quyết định"; empty when not confirmed. */
  readonly decidingAuthority: string | null;
  readonly decidingAuthorityEn: string | null;
  /** The document and article that name it (required with it). */
  readonly decidingAuthorityBasis: string | null;
  /** "Cơ quan/bộ phận tiếp nhận" as published. */
  readonly receivingBody?: string | null;
  /** Where the facts were read and what is missing; left out, the version is unverified with its sources not stated. */
  readonly evidence?: CatalogueEvidenceDto | null;
}

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
    return this.http.post<OfficialDto>(this.officialsUrl, request);
  }

  setRoles(id: string, roles: readonly string[]): Observable<OfficialDto> {
    return this.http.put<OfficialDto>(`${this.officialsUrl}/${encodeURIComponent(id)}/roles`, {
      roles,
    });
  }

  /** Gives the official a new temporary password (shown once by the page); their sessions end. */
  resetPassword(id: string, temporaryPassword: string): Observable<unknown> {
    return this.http.post(`${this.officialsUrl}/${encodeURIComponent(id)}/password`, {
      temporaryPassword,
    });
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
    const { year, ...body } = schedule;
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
    return this.http.post<AdminProcedureDto>(this.proceduresUrl, { nationalCode, content });
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
