import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { Schema } from './api-schema';
import { API_BASE_URL } from './api.config';

export type PaymentStatus = Schema<'PaymentStatus'>;
/** `POST /api/v1/dossiers/{id}/payments`: where to send the browser. */
export type StartedPaymentDto = Schema<'StartedPaymentDto'>;
/** One online payment of a dossier. */
export type PaymentDto = Schema<'PaymentDto'>;
/** `GET /api/v1/payments/vnpay/return`: the gateway's word on the browser's return and what the API recorded. */
export type PaymentReturnDto = Schema<'PaymentReturnDto'>;

@Injectable({ providedIn: 'root' })
export class PaymentsApi {
  private readonly http = inject(HttpClient);

  /** Starts paying the dossier's fees; the answer says where the gateway's page is. */
  start(dossierId: string, locale: 'vn' | 'en'): Observable<StartedPaymentDto> {
    return this.http.post<StartedPaymentDto>(
      `${API_BASE_URL}/dossiers/${encodeURIComponent(dossierId)}/payments`,
      {},
      { params: new HttpParams().set('locale', locale) },
    );
  }

  ofDossier(dossierId: string): Observable<readonly PaymentDto[]> {
    return this.http.get<readonly PaymentDto[]>(
      `${API_BASE_URL}/dossiers/${encodeURIComponent(dossierId)}/payments`,
    );
  }

  receiptPath(dossierId: string, paymentId: string): string {
    return `${API_BASE_URL}/dossiers/${encodeURIComponent(dossierId)}/payments/${encodeURIComponent(paymentId)}/receipt`;
  }

  /** Passes the gateway's return query on unchanged (its signature covers it) and reads what it means. */
  readReturn(query: string): Observable<PaymentReturnDto> {
    return this.http.get<PaymentReturnDto>(`${API_BASE_URL}/payments/vnpay/return?${query}`);
  }
}
