import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { PagedList, QueryOf, Schema } from './api-schema';

export type { PagedList } from './api-schema';

export type ProcedureField = Schema<'ProcedureField'>;

export const PROCEDURE_FIELDS = [
  'EducationTraining',
  'DiplomasCertificates',
  'ExamsAdmissions',
] as const satisfies readonly ProcedureField[];

export type ApplicantType = Schema<'ApplicantType'>;
export type TimeLimitDto = Schema<'TimeLimitDto'>;
export type ProcedureSummaryDto = Schema<'ProcedureSummaryDto'>;
export type FeeDto = Schema<'Fee'>;
export type CatalogueEvidenceDto = Schema<'CatalogueEvidence'>;
export type RequiredDocumentDto = Schema<'RequiredDocument'>;
export type WorkflowStepDto = Schema<'WorkflowStep'>;
export type ProcedureDetailDto = Schema<'ProcedureDetailDto'>;
export type ServiceLevelShareDto = Schema<'ServiceLevelShareDto'>;
export type LevelStatisticsDto = Schema<'LevelStatisticsDto'>;
export type CatalogueCountDto = Schema<'CatalogueCountDto'>;
export type CatalogueStatisticsDto = Schema<'CatalogueStatisticsDto'>;

/** Filters of the public catalogue; absent ones are not sent. */
export type CatalogueSearch = QueryOf<'SearchProcedures'>;

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
