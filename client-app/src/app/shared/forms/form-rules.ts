import type { FormFieldDto, FormValues } from '../../core/api/dossiers.api';
import type { Lang } from '../../core/i18n';

/**
 * The same checks, in the same order and with the same words, as the API's form validator, so the applicant reads one
 * message whether the browser or the server found the problem. Returns one message per field key.
 */
export function validateForm(
  fields: readonly FormFieldDto[],
  values: FormValues,
  lang: Lang,
  fileReferences?: ReadonlySet<string>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field.key] ?? '').trim();
    const problem =
      value === ''
        ? field.required
          ? MESSAGES.required
          : null
        : field.type === 'File'
          ? checkFile(value, fileReferences)
          : check(field, value);
    if (problem) {
      const [vi, en] = problem;
      errors[field.key] = lang === 'en' ? `${field.labelEn}: ${en}` : `${field.label}: ${vi}`;
    }
  }
  return errors;
}

type Message = readonly [vi: string, en: string];

const MESSAGES = {
  required: ['Trường này là bắt buộc.', 'This field is required.'],
  date: ['Ngày phải có dạng yyyy-MM-dd.', 'A date is written yyyy-MM-dd.'],
  option: ['Giá trị không nằm trong danh sách lựa chọn.', 'The value is not one of the options.'],
  citizenId: ['Số định danh cá nhân (CCCD) gồm 12 chữ số.', 'A citizen ID has 12 digits.'],
  phone: [
    'Số điện thoại di động không hợp lệ (0xxxxxxxxx hoặc +84xxxxxxxxx).',
    'Not a Vietnamese mobile number (0xxxxxxxxx or +84xxxxxxxxx).',
  ],
  email: ['Địa chỉ thư điện tử không hợp lệ.', 'Not an email address.'],
  number: ['Giá trị phải là một số.', 'The value must be a number.'],
  pattern: ['Giá trị không đúng định dạng.', 'The value does not have the expected format.'],
  file: [
    'Chưa tải tệp lên hoặc tệp đã bị gỡ khỏi hồ sơ; hãy tải tệp lên.',
    'No file is uploaded, or it was removed from the dossier: upload a file.',
  ],
} as const satisfies Record<string, Message>;

/** A File field names a file attached to the dossier (its id); without the dossier's files it is not checked (the desk). */
function checkFile(value: string, fileReferences: ReadonlySet<string> | undefined): Message | null {
  return !fileReferences || fileReferences.has(value.toLowerCase()) ? null : MESSAGES.file;
}

function check(field: FormFieldDto, value: string): Message | null {
  if (field.maxLength !== null && value.length > field.maxLength) {
    return [`Tối đa ${field.maxLength} ký tự.`, `At most ${field.maxLength} characters.`];
  }
  return checkType(field, value) ?? checkPattern(field, value);
}

function checkType(field: FormFieldDto, value: string): Message | null {
  switch (field.type) {
    case 'Number':
      return checkNumber(field, value);
    case 'Date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
        ? null
        : MESSAGES.date;
    case 'Select':
      return field.options?.some((o) => o.value === value) ? null : MESSAGES.option;
    case 'CitizenId':
      return /^\d{12}$/.test(value) ? null : MESSAGES.citizenId;
    case 'Phone':
      return /^(?:0|\+84)[35789]\d{8}$/.test(value) ? null : MESSAGES.phone;
    case 'Email':
      return /^[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}$/.test(value) ? null : MESSAGES.email;
    default:
      return null;
  }
}

function checkNumber(field: FormFieldDto, value: string): Message | null {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) {
    return MESSAGES.number;
  }
  const number = Number(value);
  if (field.min !== null && number < field.min) {
    return [`Giá trị nhỏ nhất là ${field.min}.`, `The smallest value is ${field.min}.`];
  }
  if (field.max !== null && number > field.max) {
    return [`Giá trị lớn nhất là ${field.max}.`, `The largest value is ${field.max}.`];
  }
  return null;
}

function checkPattern(field: FormFieldDto, value: string): Message | null {
  if (!field.pattern) {
    return null;
  }
  try {
    return new RegExp(`^(?:${field.pattern})$`, 'u').test(value) ? null : MESSAGES.pattern;
  } catch {
    return null; // a pattern the browser cannot read is left to the server
  }
}
