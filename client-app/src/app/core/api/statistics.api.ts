import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { CatalogueStatisticsDto, ProcedureField } from './catalogue.api';

/** What the statistics are asked for: a period of business days and optional filters. */
export interface StatisticsFilter {
  readonly from: string;
  readonly to: string;
  readonly agencyId?: string | null;
  readonly level?: 2 | 3 | 4 | null;
  readonly field?: ProcedureField | null;
  readonly procedureId?: string | null;
}

/** The figures of one slice; shares are fractions 0–1, null when there is nothing to divide by. */
export interface StatisticsFigures {
  readonly received: {
    readonly total: number;
    readonly online: number;
    readonly direct: number;
    readonly inPerson: number;
    readonly post: number;
    readonly onlineShare: number | null;
  };
  readonly resolved: {
    readonly total: number;
    readonly early: number;
    readonly onTime: number;
    readonly late: number;
    readonly refused: number;
    readonly onTimeRate: number | null;
  };
  readonly withdrawn: number;
  readonly stopped: number;
  readonly inProgress: {
    readonly asOf: string;
    readonly carriedOver: number;
    readonly total: number;
    readonly withinTime: number;
    readonly overdue: number;
  } | null;
  readonly processingTime: {
    readonly dossiers: number;
    readonly averageWorkingDays: number | null;
    readonly averageLimitDays: number | null;
    readonly savedWorkingDays: number | null;
    readonly savedShare: number | null;
  };
  readonly payments: {
    readonly paidCount: number;
    readonly paidVnd: number;
    readonly refundedCount: number;
    readonly refundedVnd: number;
    readonly collectedVnd: number;
  };
  readonly satisfaction: {
    readonly rated: number;
    readonly verySatisfied: number;
    readonly satisfied: number;
    readonly unsatisfied: number;
    readonly satisfactionRate: number | null;
    readonly serviceIndex: number | null;
  };
}

export interface StatisticsTargetDto {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly value: number;
  readonly actual: number | null;
}

export interface StatisticsSummaryDto {
  readonly from: string;
  readonly to: string;
  readonly agencyId: string | null;
  readonly figures: StatisticsFigures;
  readonly catalogue: CatalogueStatisticsDto;
  readonly targets: readonly StatisticsTargetDto[];
  /** As of when: now; the days from `liveFrom` are counted live from the dossiers, earlier ones come from the nightly tables. */
  readonly freshness?: {
    readonly asOf: string;
    readonly liveFrom: string;
    readonly rebuiltAt: string | null;
  } | null;
}

export interface StatisticsBreakdownRow {
  readonly key: string;
  readonly name: string;
  readonly nameEn: string;
  readonly code: string | null;
  readonly figures: StatisticsFigures;
}

export interface PublicAgencyStatistics {
  readonly agencyId: string | null;
  readonly code: string | null;
  readonly name: string;
  readonly nameEn: string;
  readonly received: number;
  readonly online: number;
  readonly onlineShare: number | null;
  readonly resolved: number;
  readonly onTime: number;
  readonly onTimeRate: number | null;
}

/** The city in one calendar month (`yyyy-MM`). */
export interface PublicMonthStatistics {
  readonly month: string;
  readonly received: number;
  readonly online: number;
  readonly resolved: number;
  readonly onTime: number;
}

export interface PublicStatisticsDto {
  readonly year: number;
  readonly from: string;
  readonly to: string;
  /** When the figures were computed (the statistics tables' last rebuild); null before the first one. */
  readonly updatedAt: string | null;
  readonly total: PublicAgencyStatistics;
  readonly agencies: readonly PublicAgencyStatistics[];
  /** January to the current month. */
  readonly months?: readonly PublicMonthStatistics[] | null;
}

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
