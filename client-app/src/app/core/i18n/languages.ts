import { en } from './en';
import { type Dictionary, vi } from './vi';

/** Languages the portal is offered in. */
export type Lang = 'vi' | 'en';

export const DEFAULT_LANG: Lang = 'vi';

/** localStorage key holding the language preference (and nothing else). */
export const LANG_STORAGE_KEY = 'hanoidvc.lang';

export const DICTIONARIES: { readonly [L in Lang]: Dictionary } = { vi, en };

export interface LanguageOption {
  readonly code: Lang;
  /** The language's name written in that language (an endonym), so it is never translated. */
  readonly nativeName: string;
}

export const LANGUAGES: readonly LanguageOption[] = [
  { code: 'vi', nativeName: 'Tiếng Việt' },
  { code: 'en', nativeName: 'English' },
];

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}
