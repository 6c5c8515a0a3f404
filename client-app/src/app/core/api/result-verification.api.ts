import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { Schema } from './api-schema';
import { API_BASE_URL } from './api.config';

/** Response of `GET /api/v1/results/verify/{code}`: what the public may know about an electronic result. */
export type ResultVerificationDto = Schema<'ResultVerificationDto'>;
/** Response of `POST /api/v1/results/verify/{code}` with a file. */
export type ResultComparisonDto = Schema<'ResultComparisonDto'>;

@Injectable({ providedIn: 'root' })
export class ResultVerificationApi {
  private readonly http = inject(HttpClient);

  verify(code: string): Observable<ResultVerificationDto> {
    return this.http.get<ResultVerificationDto>(
      `${API_BASE_URL}/results/verify/${encodeURIComponent(code)}`,
    );
  }

  /** Sends the file to be hashed by the server (never stored) and compared with the genuine result. */
  compare(code: string, file: File): Observable<ResultComparisonDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<ResultComparisonDto>(
      `${API_BASE_URL}/results/verify/${encodeURIComponent(code)}`,
      form,
    );
  }
}
