import type { Lang } from '../../core/i18n';

/** The locale each language formats dates, numbers and money with. */
export const LOCALES: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

const DAY = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
const CLOCK = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

const STYLES = {
  date: DAY,
  dateTime: { ...DAY, ...CLOCK },
  time: CLOCK,
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Instants are shown on Hanoi's clock, whatever the zone of the browser: due dates and appointments are Hanoi's. */
const HANOI = 'Asia/Ho_Chi_Minh';

/** One formatter per language, style and zone: building one costs far more than formatting with it (a list formats many). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, style: keyof typeof STYLES, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${style}|${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[lang], { ...STYLES[style], timeZone });
    formatters.set(key, found);
  }
  return found;
}

/**
 * A date (`yyyy-MM-dd`, a calendar day, shown as it is), an instant (ISO 8601) or a `Date` in the user's language, in
 * the Vietnamese order day/month/year, instants on Hanoi's clock; a dash when there is none.
 */
export function formatDate(
  value: string | Date | null | undefined,
  lang: Lang,
  style: keyof typeof STYLES = 'date',
): string {
  if (!value) return '—';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatter(lang, style, 'UTC').format(new Date(`${value}T00:00:00Z`));
  }
  return formatter(lang, style, HANOI).format(typeof value === 'string' ? new Date(value) : value);
}
