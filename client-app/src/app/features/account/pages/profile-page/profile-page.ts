import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';

import { AuthService } from '../../../../core/auth/auth.service';
import { formatDate } from '../../../../shared/format/dates';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';

/** The signed-in person's account: who they are to the portal, and signing out. */
@Component({
  selector: 'app-profile-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-page.html',
})
export class ProfilePage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);

  protected readonly profile = this.auth.profile;

  protected date(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'date');
  }

  protected signOut(): void {
    this.auth.signOut().subscribe(() => void this.router.navigateByUrl('/'));
  }
}
