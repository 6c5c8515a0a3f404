import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';

/** Response of `GET /api/v1/overview`: headline figures of the portal. */
export interface OverviewDto {
  readonly agencyCount: number;
  readonly procedureCount: number;
}

@Injectable({ providedIn: 'root' })
export class OverviewApi {
  private readonly http = inject(HttpClient);

  getOverview(): Observable<OverviewDto> {
    return this.http.get<OverviewDto>(`${API_BASE_URL}/overview`);
  }
}
