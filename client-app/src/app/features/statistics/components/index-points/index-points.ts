import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';

import type { Schema } from '../../../../core/api/api-schema';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { LOCALES } from '../../../../shared/format/dates';

/** Points of the service index out of what this system measures ("12,5 / 18"), or "not measured here" when it measures none of them. */
@Component({
  selector: 'app-index-points',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let points = total();
    @if (points.measuredMax > 0) {
      {{ format(points.points) }} / {{ format(points.measuredMax) }}
    } @else {
      {{ 'stats.index.notMeasured' | t }}
    }
  `,
})
export class IndexPoints {
  private readonly i18n = inject(TranslationService);

  readonly total = input.required<Schema<'ServiceIndexPointsDto'>>();

  protected format(value: number): string {
    return formatPoints(value, this.i18n.lang());
  }
}

/** Points to two decimals in the language's way of writing numbers. */
export function formatPoints(value: number, lang: keyof typeof LOCALES): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}
