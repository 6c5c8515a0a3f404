import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { FormFieldDto } from './dossiers.api';

/** Field (lĩnh vực) of a procedure, as the API names it. */
export type ProcedureField = 'EducationTraining' | 'DiplomasCertificates' | 'ExamsAdmissions';

export const PROCEDURE_FIELDS: readonly ProcedureField[] = [
  'EducationTraining',
  'DiplomasCertificates',
  'ExamsAdmissions',
];

export type ApplicantType = 'Citizen' | 'Organisation' | 'School';

export interface TimeLimitDto {
  readonly kind: 'WorkingDays' | 'WithinDay';
  /** Working days (0 for "within the day"). */
  readonly days: number;
  /** Local cut-off ("15:00:00") for "within the day". */
  readonly cutOff: string | null;
  readonly extraDays: number;
}

/** One line of `GET /api/v1/procedures`. */
export interface ProcedureSummaryDto {
  readonly id: string;
  readonly nationalCode: string | null;
  readonly name: string;
  readonly nameEn: string;
  readonly field: ProcedureField;
  readonly decidingLevelCode: string;
  /** 2 = information only (not offered online), 3 = "một phần", 4 = "toàn trình" (Nghị định 42/2022/NĐ-CP, Điều 11). */
  readonly serviceLevel: number;
  readonly timeLimit: TimeLimitDto;
  readonly applicantTypes: readonly ApplicantType[];
}

export interface FeeDto {
  readonly name: string;
  readonly nameEn: string;
  readonly amountVnd: number | null;
  readonly rule: string | null;
  /** The document and article that set the amount (always present for a fee with an amount). */
  readonly legalBasis?: string | null;
}

/** Where a catalogue entry's facts were read, and what is still missing (verified only when nothing is). */
export interface CatalogueEvidenceDto {
  readonly verified: boolean;
  readonly missing: readonly string[];
  readonly serviceLevelSource: string | null;
  readonly timeLimitSource: string | null;
  /** For a procedure without fees: where "no fee" was read. */
  readonly feesSource: string | null;
  readonly documentsSource: string | null;
}

export interface RequiredDocumentDto {
  readonly name: string;
  readonly nameEn: string;
  readonly form: string;
  readonly count: number;
  readonly mandatory: boolean;
  readonly template: string | null;
}

export interface WorkflowStepDto {
  readonly name: string;
  readonly nameEn: string;
  readonly role: string;
  readonly share: number;
}

/** `GET /api/v1/procedures/{id}`: everything the law requires to be public about a procedure. */
export interface ProcedureDetailDto extends ProcedureSummaryDto {
  readonly versionNumber: number;
  readonly publishedAt: string | null;
  readonly fees: readonly FeeDto[];
  readonly documents: readonly RequiredDocumentDto[];
  readonly resultType: string;
  readonly resultTypeEn: string;
  readonly legalBasis: readonly string[];
  readonly steps: readonly WorkflowStepDto[];
  /** The application form's fields. */
  readonly form: readonly FormFieldDto[];
  /** `toan-trinh`, `mot-phan` or `thong-tin-truc-tuyen`. */
  readonly serviceLevelCode: string;
  /** False for a procedure offered only as information: show where to apply instead of the apply button. */
  readonly onlineApplication: boolean;
  /** Fees are paid online (the procedure's setting, whatever its level). */
  readonly onlinePayment: boolean;
  /** The result is delivered online. */
  readonly onlineResult: boolean;
  /** "Cơ quan/người có thẩm quyền quyết định"; null where not confirmed. */
  readonly decidingAuthority: string | null;
  readonly decidingAuthorityEn: string | null;
  readonly decidingAuthorityBasis: string | null;
  /** "Cơ quan/bộ phận tiếp nhận" as published; null where not read. */
  readonly receivingBody?: string | null;
  /** The publishing record of each fact and what is missing. */
  readonly evidence?: CatalogueEvidenceDto | null;
  /** The date (yyyy-MM-dd, Hanoi) from which this version applies. */
  readonly effectiveFrom?: string | null;
  /** Where the content was published. */
  readonly source?: string | null;
}

/** Count and share of listed procedures at one service level, in both vocabularies. */
export interface ServiceLevelShareDto {
  readonly level: number;
  /** Nghị định 42/2022/NĐ-CP name: `toan-trinh`, `mot-phan`, `thong-tin-truc-tuyen`. */
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  /** Nghị định 43/2011/NĐ-CP name: "mức độ 4", "mức độ 3", "mức độ 1–2". */
  readonly historicalName: string;
  readonly count: number;
  readonly share: number | null;
}

export interface LevelStatisticsDto {
  readonly level: string;
  readonly name: string;
  readonly total: number;
  readonly fullyOnline: number;
  readonly serviceLevels?: readonly ServiceLevelShareDto[] | null;
}

/** One deciding level × field × service level of the catalogue, with how many entries are verified. */
export interface CatalogueCountDto {
  readonly level: string;
  readonly field: ProcedureField;
  readonly serviceLevel: number;
  readonly serviceLevelCode: string;
  readonly total: number;
  readonly verified: number;
}

/** `GET /api/v1/procedures/statistics`: counts per deciding level of the active set-up. */
export interface CatalogueStatisticsDto {
  readonly setup: string;
  /** True for the three-tier set-up: the 2019–2020 list, kept to reproduce that period's figures. */
  readonly historical?: boolean;
  readonly verified?: number;
  readonly verifiedShare?: number | null;
  readonly counts?: readonly CatalogueCountDto[] | null;
  readonly total: number;
  readonly fullyOnline: number;
  readonly fullyOnlinePercent: number;
  readonly levels: readonly LevelStatisticsDto[];
  readonly serviceLevels?: readonly ServiceLevelShareDto[] | null;
}

export interface PagedList<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly totalCount: number;
  readonly totalPages: number;
}

/** Filters of the public catalogue; absent ones are not sent. */
export interface CatalogueSearch {
  readonly q?: string;
  readonly field?: ProcedureField;
  readonly level?: string;
  readonly serviceLevel?: 2 | 3 | 4;
  /** Only the procedures this agency decides. */
  readonly agencyId?: string;
  readonly page?: number;
  readonly pageSize?: number;
}

@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);

  search(search: CatalogueSearch): Observable<PagedList<ProcedureSummaryDto>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(search)) {
      if (value !== undefined && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.http.get<PagedList<ProcedureSummaryDto>>(`${API_BASE_URL}/procedures`, { params });
  }

  get(id: string): Observable<ProcedureDetailDto> {
    return this.http.get<ProcedureDetailDto>(
      `${API_BASE_URL}/procedures/${encodeURIComponent(id)}`,
    );
  }

  /** The procedures most applied for (completed with level-4 ones), for the home page. */
  popular(take = 6): Observable<readonly ProcedureSummaryDto[]> {
    return this.http.get<readonly ProcedureSummaryDto[]>(`${API_BASE_URL}/procedures/popular`, {
      params: { take },
    });
  }

  statistics(): Observable<CatalogueStatisticsDto> {
    return this.http.get<CatalogueStatisticsDto>(`${API_BASE_URL}/procedures/statistics`);
  }

  /** Where the template of a required document is downloaded. */
  templateUrl(procedureId: string, fileName: string): string {
    return `${API_BASE_URL}/procedures/${encodeURIComponent(procedureId)}/templates/${encodeURIComponent(fileName)}`;
  }
}
