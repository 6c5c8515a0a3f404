import type { AgencyDto } from '../../core/api/dossiers.api';

/** An agency of a commune or ward (or, in the three-tier set-up, a district) split into what people look for. */
export interface WardOption {
  readonly agency: AgencyDto;
  /** The ward's own name ("Hoàn Kiếm"), the word the list is sorted and searched by. */
  readonly own: string;
  readonly ownEn: string;
  /** "phường", "xã"… (or "Ward", "Commune"); empty when the name has no such prefix. */
  readonly kind: string;
  readonly kindEn: string;
  /** Everything typed text is compared with, without accents or case. */
  readonly haystack: string;
}

const VI_PREFIX = /^(?:Ủy|Uỷ) ban nhân dân\s+(phường|xã|thị trấn|quận|huyện|thị xã)\s+(.+)$/iu;
const EN_SUFFIX = /^(.+?)\s+(Ward|Commune|Township|District|Town)\s+People's Committee$/iu;

/** Lower case, without diacritics (đ → d), single spaces: "Hoàn  Kiếm" and "hoan kiem" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function wardOption(agency: AgencyDto): WardOption {
  const vi = VI_PREFIX.exec(agency.name.trim());
  const en = EN_SUFFIX.exec(agency.nameEn.trim());
  const own = vi ? vi[2] : agency.name;
  const ownEn = en ? en[1] : agency.nameEn;
  return {
    agency,
    own,
    ownEn,
    kind: vi ? vi[1].toLowerCase() : '',
    kindEn: en ? en[2] : '',
    haystack: ` ${fold(own)} | ${fold(ownEn)} | ${fold(`${vi?.[1] ?? ''} ${own}`)} | ${fold(`${ownEn} ${en?.[2] ?? ''}`)} `,
  };
}

const COLLATOR = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The options sorted by the ward's own Vietnamese name, in Vietnamese collation (the "Ủy ban nhân dân…" prefix ignored). */
export function wardOptions(agencies: readonly AgencyDto[]): readonly WardOption[] {
  return agencies.map(wardOption).sort((a, b) => COLLATOR.compare(a.own, b.own) || COLLATOR.compare(a.kind, b.kind));
}

/** The options with a word of their name starting with what was typed (accents and case ignored); own names starting with it first. */
export function filterWards(options: readonly WardOption[], typed: string): readonly WardOption[] {
  const query = fold(typed);
  if (!query) return options;
  const found = options.filter((o) => o.haystack.includes(` ${query}`));
  const starts = (o: WardOption) => fold(o.own).startsWith(query) || fold(o.ownEn).startsWith(query);
  return [...found.filter(starts), ...found.filter((o) => !starts(o))];
}

const KIND_WORDS: Readonly<Record<string, string>> = {
  phường: '(?:phuong|p)',
  xã: '(?:xa|x)',
  'thị trấn': '(?:thi tran|tt)',
  quận: '(?:quan|q)',
  huyện: '(?:huyen|h)',
  'thị xã': '(?:thi xa|tx)',
};

/**
 * The ward an address names ("…, phường Hoàn Kiếm, Hà Nội"), when one of the options is named with its kind
 * ("phường", "xã", or "P.", "X."); the longest name wins ("Hoàn Kiếm" over "Kiếm"). Null when none is named.
 */
export function suggestWard(options: readonly WardOption[], address: string | null | undefined): WardOption | null {
  if (!address) return null;
  const text = ` ${fold(address)} `;
  let best: WardOption | null = null;
  for (const option of options) {
    const kind = KIND_WORDS[option.kind];
    if (!kind) continue;
    const pattern = new RegExp(` ${kind} ${fold(option.own).replace(/ /g, ' ')} `, 'u');
    if (pattern.test(text) && (!best || option.own.length > best.own.length)) best = option;
  }
  return best;
}
