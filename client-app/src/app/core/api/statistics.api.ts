import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { QueryOf, Schema } from './api-schema';

/** What the statistics are asked for: a period of business days and optional filters. */
export type StatisticsFilter = QueryOf<'GetStatisticsSummary'>;

/** The figures of one slice; shares are fractions 0–1, null when there is nothing to divide by. */
export type StatisticsFigures = Schema<'StatisticsFigures'>;
export type StatisticsTargetDto = Schema<'StatisticsTargetDto'>;
export type StatisticsSummaryDto = Schema<'StatisticsSummaryDto'>;
export type StatisticsBreakdownRow = Schema<'StatisticsBreakdownRow'>;
export type PublicAgencyStatistics = Schema<'PublicAgencyStatistics'>;
/** The city in one calendar month (`yyyy-MM`). */
export type PublicMonthStatistics = Schema<'PublicMonthStatistics'>;
export type PublicStatisticsDto = Schema<'PublicStatisticsDto'>;

/** The national service index (Quyết định 766/QĐ-TTg) of a month, quarter or year. */
export type ServiceIndexDto = Schema<'ServiceIndexDto'>;
export type ServiceIndexIndicatorDto = Schema<'ServiceIndexIndicatorDto'>;
export type ServiceIndexQuery = QueryOf<'GetServiceIndex'>;
export type PublicServiceIndexDto = Schema<'PublicServiceIndexDto'>;
export type PublicAgencyServiceIndex = Schema<'PublicAgencyServiceIndex'>;

export type Breakdown = 'by-agency' | 'by-procedure' | 'by-month';

@Injectable({ providedIn: 'root' })
export class StatisticsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE_URL}/statistics`;

  summary(filter: StatisticsFilter): Observable<StatisticsSummaryDto> {
    return this.http.get<StatisticsSummaryDto>(`${this.base}/summary`, {
      params: paramsOf(filter),
    });
  }

  breakdown(
    by: Breakdown,
    filter: StatisticsFilter,
  ): Observable<readonly StatisticsBreakdownRow[]> {
    return this.http.get<readonly StatisticsBreakdownRow[]>(`${this.base}/${by}`, {
      params: paramsOf(filter),
    });
  }

  /** The report file (Thông tư 01/2018 shape); download it with the bearer token. */
  export(kind: 'csv' | 'xlsx', filter: StatisticsFilter): Observable<Blob> {
    return this.http.get(`${this.base}/export.${kind}`, {
      params: paramsOf(filter),
      responseType: 'blob',
    });
  }

  index(query: ServiceIndexQuery): Observable<ServiceIndexDto> {
    let params = new HttpParams().set('kind', query.kind).set('year', String(query.year));
    if (query.number != null) params = params.set('number', String(query.number));
    if (query.agencyId) params = params.set('agencyId', query.agencyId);
    return this.http.get<ServiceIndexDto>(`${this.base}/index`, { params });
  }

  publicIndex(): Observable<PublicServiceIndexDto> {
    return this.http.get<PublicServiceIndexDto>(`${API_BASE_URL}/public/statistics/index`);
  }

  public(): Observable<PublicStatisticsDto> {
    return this.http.get<PublicStatisticsDto>(`${API_BASE_URL}/public/statistics`);
  }
}

function paramsOf(filter: StatisticsFilter): HttpParams {
  let params = new HttpParams().set('from', filter.from).set('to', filter.to);
  for (const key of ['agencyId', 'level', 'field', 'procedureId'] as const) {
    const value = filter[key];
    if (value != null && value !== '') params = params.set(key, String(value));
  }
  return params;
}
