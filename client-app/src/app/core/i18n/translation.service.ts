import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';

import {
  DEFAULT_LANG,
  LANG_STORAGE_KEY,
  dictionaryOf,
  type Lang,
  isLang,
  loadDictionary,
  loadedDictionary,
} from './languages';
import { type TranslationKey, vi } from './vi';

export type TranslationParams = Readonly<Record<string, string | number>>;

/**
 * Holds the current language as a signal and translates keys with the matching dictionary.
 * Reading `lang()` (directly, through `t()` or through the `t` pipe) inside a template or a
 * computed makes it re-evaluate when the language changes, which keeps OnPush views current.
 */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly document = inject(DOCUMENT);
  private readonly stored = this.readStoredLang();
  private readonly current = signal<Lang>(
    loadedDictionary(this.stored) ? this.stored : DEFAULT_LANG,
  );

  /** The active language. */
  readonly lang = this.current.asReadonly();

  /** The dictionary of the active language (always here: a language becomes active once its dictionary is). */
  readonly dictionary = computed(() => dictionaryOf(this.current()));

  constructor() {
    this.applyToDocument(this.current());
  }

  /**
   * The remembered language, once its dictionary is here: the app waits for this before its first render, so a reader
   * who chose English never sees the page flash in Vietnamese.
   */
  restore(): Promise<void> {
    return this.stored === this.current() ? Promise.resolve() : this.setLang(this.stored);
  }

  /**
   * Switches the language — at once when its dictionary is here, else as soon as it has been fetched (English, the
   * first time) — remembers the choice and updates `<html lang>`.
   */
  setLang(lang: Lang): Promise<void> {
    if (loadedDictionary(lang)) {
      this.show(lang);
      return Promise.resolve();
    }
    return loadDictionary(lang).then(() => this.show(lang));
  }

  private show(lang: Lang): void {
    this.current.set(lang);
    this.applyToDocument(lang);
    this.writeStoredLang(lang);
  }

  /** Translates `key`, replacing `{name}` placeholders with `params`. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const text = this.dictionary()[key];
    if (!params) {
      return text;
    }
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : placeholder,
    );
  }

  private applyToDocument(lang: Lang): void {
    this.document.documentElement.lang = lang;
  }

  private readStoredLang(): Lang {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANG_STORAGE_KEY);
      return isLang(stored) ? stored : DEFAULT_LANG;
    } catch {
      // Storage can be unavailable (privacy modes, disabled cookies): fall back to the default.
      return DEFAULT_LANG;
    }
  }

  private writeStoredLang(lang: Lang): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Not being able to remember the choice is not an error worth showing.
    }
  }
}

/** True when `value` is a key of the dictionaries (used for route titles, which are plain strings). */
export function isTranslationKey(value: unknown): value is TranslationKey {
  return typeof value === 'string' && Object.hasOwn(vi, value);
}
