import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { Schema } from './api-schema';
import { API_BASE_URL } from './api.config';

/** Response of `GET /api/v1/overview`: headline figures of the portal. */
export type OverviewDto = Schema<'OverviewDto'>;

@Injectable({ providedIn: 'root' })
export class OverviewApi {
  private readonly http = inject(HttpClient);

  getOverview(): Observable<OverviewDto> {
    return this.http.get<OverviewDto>(`${API_BASE_URL}/overview`);
  }
}
