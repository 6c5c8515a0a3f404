import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { TranslatePipe } from '../../i18n';
import { RouteFocus } from '../../routing/route-focus';
import { SiteFooter } from '../footer/footer';
import { SiteHeader } from '../header/header';

/** Page frame: skip link, header with navigation, the routed page in `<main>`, footer. */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, TranslatePipe, SiteHeader, SiteFooter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly document = inject(DOCUMENT);

  constructor() {
    inject(RouteFocus).start();
  }

  /**
   * With `<base href="/">` a bare `#main-content` link would navigate to the root URL from any
   * other route, so the skip link moves focus itself.
   */
  protected skipToMain(event: Event): void {
    const main = this.document.getElementById('main-content');
    if (main) {
      event.preventDefault();
      main.focus();
      main.scrollIntoView();
    }
  }
}
