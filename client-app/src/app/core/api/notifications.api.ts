import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from './api.config';
import type { PagedList, Schema } from './api-schema';

/** One notification, in the language the request asked for. */
export type NotificationDto = Schema<'NotificationDto'>;

@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE_URL}/me/notifications`;

  list(page = 1, unreadOnly = false): Observable<PagedList<NotificationDto>> {
    return this.http.get<PagedList<NotificationDto>>(this.base, {
      params: new HttpParams().set('page', page).set('pageSize', 20).set('unreadOnly', unreadOnly),
    });
  }

  unreadCount(): Observable<Schema<'UnreadCountDto'>> {
    return this.http.get<Schema<'UnreadCountDto'>>(`${this.base}/unread-count`);
  }

  markRead(id: string): Observable<unknown> {
    return this.http.post(`${this.base}/${encodeURIComponent(id)}/read`, {});
  }

  markAllRead(): Observable<unknown> {
    return this.http.post(`${this.base}/read-all`, {});
  }
}
