import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';

/** One administrative level (`AdministrativeLevelDto`). */
export interface AdministrativeLevelDto {
  /** Stable key: `province`, `district` or `commune`. */
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  /** 1 for the city, growing downwards. */
  readonly rank: number;
}

/** Response of `GET /api/v1/administrative-levels`: the levels of the set-up the deployment runs. */
export interface AdministrativeLevelsDto {
  /** `two-tier` (since 1 July 2025) or `three-tier`. */
  readonly setup: string;
  /** True for the three-tier set-up, kept only to reproduce the 2019–2020 figures. */
  readonly historical: boolean;
  /** Ordered by rank, the city first. */
  readonly levels: readonly AdministrativeLevelDto[];
}

@Injectable({ providedIn: 'root' })
export class AgenciesApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/v1/administrative-levels` (public). */
  administrativeLevels(): Observable<AdministrativeLevelsDto> {
    return this.http.get<AdministrativeLevelsDto>(`${API_BASE_URL}/administrative-levels`);
  }
}
