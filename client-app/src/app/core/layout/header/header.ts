import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

import { AuthService } from '../../auth/auth.service';
import { TranslatePipe } from '../../i18n';
import { UnreadNotifications } from '../../notifications/unread-notifications';
import { LanguageSwitch } from '../language-switch/language-switch';

@Component({
  selector: 'app-site-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './header.html',
  styleUrl: './header.scss',
})
export class SiteHeader {
  protected readonly auth = inject(AuthService);
  protected readonly notifications = inject(UnreadNotifications);
  protected readonly seesStatistics = computed(() =>
    ['Leader', 'AgencyAdmin', 'SystemAdmin'].some((r) => this.auth.profile()?.roles.includes(r)),
  );
  protected readonly isOfficial = computed(() =>
    ['Receptionist', 'Specialist', 'Leader'].some((r) => this.auth.profile()?.roles.includes(r)),
  );
}
