import { en } from './en';
import { LANGUAGES, loadDictionary } from './languages';
import { type Dictionary, vi as viDictionary } from './vi';

const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();

describe('dictionaries', () => {
  const viKeys = Object.keys(viDictionary).sort();

  it('English has exactly the Vietnamese keys', () => {
    expect(Object.keys(en).sort()).toEqual(viKeys);
  });

  it('every language offered has a dictionary with every key and no empty text', async () => {
    for (const { code } of LANGUAGES) {
      const dictionary: Record<string, string> = await loadDictionary(code);
      expect(Object.keys(dictionary).sort(), code).toEqual(viKeys);
      for (const key of viKeys) {
        expect(dictionary[key]?.trim(), `${code}: ${key}`).toBeTruthy();
      }
    }
  });

  it('translations use the same {placeholders} as the Vietnamese text', () => {
    for (const key of viKeys) {
      const k = key as keyof Dictionary;
      expect(placeholders(en[k]), key).toEqual(placeholders(viDictionary[k]));
    }
  });

  it('the Dictionary type rejects a dictionary with a missing or an unknown key', () => {
    // These lines are checked by the compiler: if `Dictionary` stopped requiring every key
    // (or started accepting unknown ones), the @ts-expect-error comments would fail the build.
    // @ts-expect-error every key is required
    const missing: Dictionary = { 'nav.home': 'Home' };
    const unknown: Dictionary = {
      ...en,
      // @ts-expect-error unknown keys are rejected
      'nav.nowhere': 'Nowhere',
    };
    expect(missing).toBeDefined();
    expect(unknown).toBeDefined();
  });

  it('Vietnamese texts keep their diacritics', () => {
    expect(viDictionary['header.agencyName']).toBe('Sở Giáo dục và Đào tạo Hà Nội');
    expect(viDictionary['app.skipToContent']).toBe('Bỏ qua đến nội dung chính');
  });
});
