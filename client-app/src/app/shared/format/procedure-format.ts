import type { TimeLimitDto } from '../../core/api/catalogue.api';
import type { Lang, TranslationKey } from '../../core/i18n';
import { LOCALES } from './dates';

const decimals = new Map<Lang, Intl.NumberFormat>();

/** A number with at most one decimal in the user's language ("2,5" / "2.5"); one formatter per language, kept. */
export function formatDecimal(value: number, lang: Lang): string {
  let format = decimals.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
    decimals.set(lang, format);
  }
  return format.format(value);
}

const number = formatDecimal;

/** "5 ngày làm việc", "Trong ngày (nhận trước 15:00)", with the extra days when the law allows them. */
export function formatTimeLimit(
  limit: Pick<TimeLimitDto, 'kind' | 'days' | 'cutOff' | 'extraDays'>,
  lang: Lang,
): string {
  const cutOff = limit.cutOff?.slice(0, 5);
  let text: string;
  if (limit.kind === 'WithinDay') {
    text =
      lang === 'vi'
        ? `Trong ngày${cutOff ? ` (nhận trước ${cutOff})` : ''}`
        : `Within the day${cutOff ? ` (if received before ${cutOff})` : ''}`;
  } else {
    text =
      lang === 'vi'
        ? `${number(limit.days, lang)} ngày làm việc`
        : `${number(limit.days, lang)} working day${limit.days === 1 ? '' : 's'}`;
  }
  if (limit.extraDays > 0) {
    text +=
      lang === 'vi'
        ? `; tối đa thêm ${number(limit.extraDays, lang)} ngày làm việc với yêu cầu lớn`
        : `; up to ${number(limit.extraDays, lang)} more working day${limit.extraDays === 1 ? '' : 's'} for large requests`;
  }
  return text;
}

/** An amount in Vietnamese đồng: "50.000 ₫" in Vietnamese, "₫50,000" in English. */
export function formatVnd(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);
}

/**
 * The label of a service level (Nghị định 42/2022/NĐ-CP, Điều 11): 4 toàn trình, 3 một phần, anything else information
 * only ("thông tin trực tuyến", not offered online).
 */
export function serviceLevelKey(level: number): TranslationKey {
  return level === 4 ? 'serviceLevel.4' : level === 3 ? 'serviceLevel.3' : 'serviceLevel.2';
}
