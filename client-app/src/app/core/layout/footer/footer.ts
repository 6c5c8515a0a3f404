import { ChangeDetectionStrategy, Component } from '@angular/core';

import { TranslatePipe } from '../../i18n';

@Component({
  selector: 'app-site-footer',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './footer.html',
  styleUrl: './footer.scss',
})
export class SiteFooter {
  protected readonly year = new Date().getFullYear();
}
