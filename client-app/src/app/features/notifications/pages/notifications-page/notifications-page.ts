import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import { type NotificationDto, NotificationsApi } from '../../../../core/api/notifications.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { UnreadNotifications } from '../../../../core/notifications/unread-notifications';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { formatDate } from '../../../../shared/format/dates';

/** The signed-in user's notifications, newest first, twenty at a time; opening one marks it read. */
@Component({
  selector: 'app-notifications-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly i18n = inject(TranslationService);
  private readonly unread = inject(UnreadNotifications);

  protected readonly items = signal<readonly NotificationDto[] | null>(null);
  protected readonly total = signal(0);
  protected readonly failed = signal(false);
  private page = 1;

  constructor() {
    this.load();
  }

  protected when(value: string): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }

  protected more(): void {
    this.page++;
    this.load();
  }

  protected open(item: NotificationDto): void {
    if (item.readAt) return;
    this.api.markRead(item.id).subscribe({
      next: () => {
        this.items.update((list) =>
          (list ?? []).map((n) =>
            n.id === item.id ? { ...n, readAt: new Date().toISOString() } : n,
          ),
        );
        this.unread.refresh();
      },
    });
  }

  protected readAll(): void {
    this.api.markAllRead().subscribe({
      next: () => {
        const now = new Date().toISOString();
        this.items.update((list) => (list ?? []).map((n) => ({ ...n, readAt: n.readAt ?? now })));
        this.unread.refresh();
      },
    });
  }

  protected hasUnread(): boolean {
    return (this.items() ?? []).some((n) => !n.readAt);
  }

  private load(): void {
    this.api.list(this.page).subscribe({
      next: (page) => {
        this.items.update((list) => [...(list ?? []), ...page.items]);
        this.total.set(page.totalCount);
      },
      error: () => this.failed.set(true),
    });
  }
}
