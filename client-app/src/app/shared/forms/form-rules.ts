import type { FormFieldDto, FormFieldRuleDto, FormValues } from '../../core/api/dossiers.api';
import { type Lang, type TranslationKey, dictionaryOf, isTranslationKey } from '../../core/i18n';

/**
 * Evaluates the rules the server sends with each form field (`field.rules`) — the very objects the API's validator
 * evaluates (FormRuleCheck.cs) — so the applicant reads one message whether the browser or the server found the problem.
 * The words come from the dictionaries (`formRule.<code>`). Returns one message per field key. The shared cases under
 * tests/form-rules/ run through both (form-rules.spec.ts here, FormRuleCaseTests and FormRulePropertyTests there).
 */
export function validateForm(
  fields: readonly FormFieldDto[],
  values: FormValues,
  lang: Lang,
  fileReferences?: ReadonlySet<string>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const rule = firstFailure(field.rules ?? [], values[field.key], fileReferences);
    if (rule) {
      errors[field.key] =
        `${lang === 'en' ? field.labelEn : field.label}: ${ruleMessage(rule, lang)}`;
    }
  }
  return errors;
}

/** The words of a failed rule in `lang`; a code the dictionaries do not know reads as a format error. */
export function ruleMessage(rule: FormFieldRuleDto, lang: Lang): string {
  const key = `formRule.${rule.code}`;
  const text =
    dictionaryOf(lang)[isTranslationKey(key) ? key : ('formRule.pattern' satisfies TranslationKey)];
  return text.replace('{limit}', rule.limit ?? '');
}

/** The first rule `value` fails, or null; blank (after trimming) fails only a Required rule. */
export function firstFailure(
  rules: readonly FormFieldRuleDto[],
  value: string | null | undefined,
  fileReferences?: ReadonlySet<string>,
): FormFieldRuleDto | null {
  const trimmed = trimWhiteSpace(value ?? '');
  if (trimmed === '') {
    return rules.find((rule) => rule.kind === 'Required') ?? null;
  }
  return rules.find((rule) => !passes(rule, trimmed, fileReferences)) ?? null;
}

function passes(
  rule: FormFieldRuleDto,
  value: string,
  fileReferences: ReadonlySet<string> | undefined,
): boolean {
  switch (rule.kind) {
    case 'File': // the set holds the attached files' ids in lower case; without it (the desk) the paper is checked by hand
      return !fileReferences || fileReferences.has(value.toLowerCase());
    case 'MaxLength':
      return value.length <= Number(rule.limit);
    case 'Pattern':
      return matches(rule.pattern, value);
    case 'Date':
      return isDate(value);
    case 'Min':
      return (compareNumerals(value, rule.limit ?? '') ?? 0) >= 0;
    case 'Max':
      return (compareNumerals(value, rule.limit ?? '') ?? 0) <= 0;
    case 'Options':
      return rule.values?.includes(value) ?? false;
    default:
      return true;
  }
}

/** .NET's `string.Trim()` set (char.IsWhiteSpace): not JavaScript's `trim()`, which also strips U+FEFF and keeps U+0085. */
const WHITE_SPACE =
  '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM = new RegExp(`^[${WHITE_SPACE}]+|[${WHITE_SPACE}]+$`, 'g');

function trimWhiteSpace(value: string): string {
  return value.replace(TRIM, '');
}

const compiled = new Map<string, RegExp | null>();

function matches(pattern: string | null, value: string): boolean {
  if (!pattern) {
    return true;
  }
  if (!compiled.has(pattern)) {
    try {
      compiled.set(pattern, new RegExp(`^(?:${pattern})$`)); // no flags: read as .NET reads it with RegexOptions.ECMAScript
    } catch {
      compiled.set(pattern, null); // a pattern the browser cannot read is left to the server
    }
  }
  return compiled.get(pattern)?.test(value) ?? true;
}

/** yyyy-MM-dd naming a day of the Gregorian calendar, years 0001–9999 (as .NET's DateOnly reads it). */
function isDate(value: string): boolean {
  const parts = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  if (!parts) {
    return false;
  }
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return year >= 1 && day >= 1 && day <= days;
}

/** Compares two decimal numerals exactly (never through floating point); null when `value` is not one. */
function compareNumerals(value: string, limit: string): number | null {
  const [a, b] = [numeral(value), numeral(limit)];
  if (!a || !b) {
    return null;
  }
  const scale = Math.max(a.scale, b.scale);
  const left = a.digits * 10n ** BigInt(scale - a.scale);
  const right = b.digits * 10n ** BigInt(scale - b.scale);
  return left === right ? 0 : left < right ? -1 : 1;
}

function numeral(text: string): { digits: bigint; scale: number } | null {
  const parts = /^([+-]?)(?:([0-9]+)(?:\.([0-9]*))?|\.([0-9]+))$/.exec(text);
  if (!parts) {
    return null;
  }
  const fraction = parts[3] ?? parts[4] ?? '';
  const digits = BigInt(`0${parts[2] ?? ''}${fraction}`);
  return { digits: parts[1] === '-' ? -digits : digits, scale: fraction.length };
}
