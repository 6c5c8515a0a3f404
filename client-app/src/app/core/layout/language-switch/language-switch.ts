import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { LANGUAGES, type Lang, TranslatePipe, TranslationService } from '../../i18n';

/** Two toggle buttons (Tiếng Việt / English); the pressed one is the active language. */
@Component({
  selector: 'app-language-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lang-switch" role="group" [attr.aria-label]="'header.languageLabel' | t">
      @for (option of languages; track option.code) {
        <button
          type="button"
          class="lang-switch__button"
          [attr.data-testid]="'lang-' + option.code"
          [attr.lang]="option.code"
          [attr.aria-pressed]="i18n.lang() === option.code"
          (click)="select(option.code)"
        >
          {{ option.nativeName }}
        </button>
      }
    </div>
  `,
  styleUrl: './language-switch.scss',
})
export class LanguageSwitch {
  protected readonly i18n = inject(TranslationService);
  protected readonly languages = LANGUAGES;

  protected select(lang: Lang): void {
    this.i18n.setLang(lang);
  }
}
