import { type Dictionary, vi } from './vi';

/** Languages the portal is offered in. */
export type Lang = 'vi' | 'en';

export const DEFAULT_LANG: Lang = 'vi';

/** localStorage key holding the language preference (and nothing else). */
export const LANG_STORAGE_KEY = 'hanoidvc.lang';

/**
 * Vietnamese comes with the page; English is fetched the first time someone chooses it, so the many who never do do
 * not download and parse it before the first render.
 */
const LOADERS: { readonly [L in Lang]: () => Promise<Dictionary> } = {
  vi: () => Promise.resolve(vi),
  en: () => import('./en').then((module) => module.en),
};

const loaded: { [L in Lang]?: Dictionary } = { vi };

/** The dictionary of `lang` if it is here already (Vietnamese always is), else undefined. */
export function loadedDictionary(lang: Lang): Dictionary | undefined {
  return loaded[lang];
}

/** The words to show in `lang`: its dictionary, or Vietnamese's while it has not been fetched (a language is chosen only once it has). */
export function dictionaryOf(lang: Lang): Dictionary {
  return loaded[lang] ?? vi;
}

/** The dictionary of `lang`, fetched once. */
export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  return (loaded[lang] ??= await LOADERS[lang]());
}

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
