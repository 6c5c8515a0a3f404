import { Injectable, effect, inject, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

import { NotificationsApi } from '../api/notifications.api';
import { AuthService } from '../auth/auth.service';

/** How often, at most, moving between pages asks the API again. */
const REFRESH_AFTER_MS = 20_000;

/**
 * The signed-in user's unread count for the header's bell: read at sign-in, again when they move between pages (at
 * most every 20 seconds), and at once after they read something. Zero when signed out.
 */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly api = inject(NotificationsApi);
  private readonly auth = inject(AuthService);
  private readonly count = signal(0);
  private lastAsked = 0;

  readonly unread = this.count.asReadonly();

  constructor() {
    effect(() => {
      if (this.auth.signedIn()) {
        this.refresh(true);
      } else {
        this.count.set(0);
      }
    });
    inject(Router)
      .events.pipe(filter((e) => e instanceof NavigationEnd))
      .subscribe(() => this.refresh(false));
  }

  /** Asks the API now (<paramref name="force"/>) or if the last answer is older than the refresh interval. */
  refresh(force = true): void {
    if (!this.auth.signedIn()) return;
    const now = Date.now();
    if (!force && now - this.lastAsked < REFRESH_AFTER_MS) return;
    this.lastAsked = now;
    this.api.unreadCount().subscribe({
      next: ({ unread }) => this.count.set(unread),
      error: () => undefined, // the bell keeps its last figure; the page itself reports errors
    });
  }
}
