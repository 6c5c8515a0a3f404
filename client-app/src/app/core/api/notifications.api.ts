import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { PagedList } from './catalogue.api';

/** One notification, in the language the request asked for. */
export interface NotificationDto {
  readonly id: string;
  readonly kind: string;
  readonly dossierId: string | null;
  readonly dossierReference: string | null;
  readonly title: string;
  readonly body: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE_URL}/me/notifications`;

  list(page = 1, unreadOnly = false): Observable<PagedList<NotificationDto>> {
    return this.http.get<PagedList<NotificationDto>>(this.base, {
      params: new HttpParams().set('page', page).set('pageSize', 20).set('unreadOnly', unreadOnly),
    });
  }

  unreadCount(): Observable<{ unread: number }> {
    return this.http.get<{ unread: number }>(`${this.base}/unread-count`);
  }

  markRead(id: string): Observable<unknown> {
    return this.http.post(`${this.base}/${encodeURIComponent(id)}/read`, {});
  }

  markAllRead(): Observable<unknown> {
    return this.http.post(`${this.base}/read-all`, {});
  }
}
