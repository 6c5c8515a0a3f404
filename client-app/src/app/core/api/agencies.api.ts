import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { Schema } from './api-schema';
import { API_BASE_URL } from './api.config';

/** One administrative level (`AdministrativeLevelDto`). */
export type AdministrativeLevelDto = Schema<'AdministrativeLevelDto'>;
/** Response of `GET /api/v1/administrative-levels`: the levels of the set-up the deployment runs. */
export type AdministrativeLevelsDto = Schema<'AdministrativeLevelsDto'>;

@Injectable({ providedIn: 'root' })
export class AgenciesApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/v1/administrative-levels` (public). */
  administrativeLevels(): Observable<AdministrativeLevelsDto> {
    return this.http.get<AdministrativeLevelsDto>(`${API_BASE_URL}/administrative-levels`);
  }
}
