import { Pipe, type PipeTransform, inject } from '@angular/core';

import { type TranslationParams, TranslationService } from './translation.service';
import type { TranslationKey } from './vi';

/**
 * `{{ 'home.heading' | t }}` or `{{ 'footer.copyright' | t: { year: 2025 } }}`.
 *
 * Impure on purpose: `transform` reads the language signal each time the view is checked, and
 * that read is tracked by the template, so an OnPush view is refreshed when the language changes.
 * The work done per call is a single object lookup.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
