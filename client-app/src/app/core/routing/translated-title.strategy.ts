import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { type TranslationKey, TranslationService, isTranslationKey } from '../i18n';

/**
 * Route `title`s are translation keys. The document title becomes
 * "<page> | <portal>" in the active language and follows language changes.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(TranslationService);
  private readonly pageKey = signal<TranslationKey | undefined>(undefined);

  constructor() {
    super();
    effect(() => this.title.setTitle(this.compose(this.pageKey())));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    this.pageKey.set(isTranslationKey(key) ? key : undefined);
  }

  private compose(pageKey: TranslationKey | undefined): string {
    const site = this.i18n.t('app.title');
    return pageKey ? `${this.i18n.t(pageKey)} | ${site}` : site;
  }
}
