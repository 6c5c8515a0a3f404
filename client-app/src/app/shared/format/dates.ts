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

/**
 * A date (`yyyy-MM-dd`, taken as a local day), an instant (ISO 8601) or a `Date` in the user's language, in the
 * Vietnamese order day/month/year; a dash when there is none.
 */
export function formatDate(
  value: string | Date | null | undefined,
  lang: Lang,
  style: keyof typeof STYLES = 'date',
): string {
  if (!value) return '—';
  const date =
    typeof value === 'string'
      ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value)
      : value;
  return new Intl.DateTimeFormat(LOCALES[lang], STYLES[style]).format(date);
}
