import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { AuthService } from '../../../../core/auth/auth.service';
import { formatDate } from '../../../../shared/format/dates';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ACCOUNT_NOTICE_STYLES } from '../../account-styles';

/** The signed-in person's account: who they are to the portal, what to do next, and signing out. */
@Component({
  selector: 'app-profile-page',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-page.html',
  styles: ACCOUNT_NOTICE_STYLES,
})
export class ProfilePage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);

  protected readonly profile = this.auth.profile;
  /** Just registered (the registration page says so in the navigation state). */
  protected readonly welcome =
    (this.router.currentNavigation()?.extras.state?.['welcome'] ?? history.state?.welcome) === true;
  protected readonly isOfficial = computed(() =>
    (this.profile()?.roles ?? []).some((r) => ['Receptionist', 'Specialist', 'Leader'].includes(r)),
  );

  protected date(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'date');
  }

  protected signOut(): void {
    this.auth.signOut().subscribe(() => void this.router.navigateByUrl('/'));
  }
}
