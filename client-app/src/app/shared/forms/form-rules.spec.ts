import { describe, expect, it } from 'vitest';

import type { FormFieldDto } from '../../core/api/dossiers.api';
import served from '../../../../../tests/form-rules/fields.served.json';
import { validateForm } from './form-rules';

// The rules the server sends for these fields (tests/form-rules/cases.json, "spec-<key>"; written by FormRuleCaseTests).
const servedRules = (key: string): FormFieldDto['rules'] =>
  (served as unknown as Record<string, FormFieldDto>)[`spec-${key}`]?.rules;

function field(
  key: string,
  type: FormFieldDto['type'],
  extra: Partial<FormFieldDto> = {},
): FormFieldDto {
  return {
    key,
    type,
    label: `Nhãn ${key}`,
    labelEn: `Label ${key}`,
    required: false,
    pattern: null,
    help: null,
    helpEn: null,
    min: null,
    max: null,
    maxLength: null,
    multiline: false,
    options: null,
    ...extra,
    rules: servedRules(key),
  };
}

describe('validateForm (the API validator, in the browser)', () => {
  const fields = [
    field('fullName', 'Text', { required: true, maxLength: 5 }),
    field('year', 'Number', { min: 2000, max: 2030 }),
    field('born', 'Date'),
    field('grade', 'Select', { options: [{ value: '10', label: 'Lớp 10', labelEn: 'Grade 10' }] }),
    field('cccd', 'CitizenId'),
    field('phone', 'Phone'),
    field('email', 'Email'),
    field('code', 'Text', { pattern: '[A-Z]{2}\\d{3}' }),
  ];

  it('accepts valid values and ignores empty optional fields', () => {
    expect(
      validateForm(
        fields,
        {
          fullName: 'An',
          year: '2026',
          born: '2008-05-01',
          grade: '10',
          phone: '+84912345678',
          code: 'HN123',
        },
        'vi',
      ),
    ).toEqual({});
  });

  it("gives the server's words, prefixed by the label, in Vietnamese", () => {
    expect(
      validateForm(
        fields,
        {
          fullName: 'Nguyễn Văn',
          year: '1999',
          born: '01/05/2008',
          grade: '11',
          cccd: '123',
          phone: '0123456789',
          email: 'a@b',
          code: 'hn123',
        },
        'vi',
      ),
    ).toEqual({
      fullName: 'Nhãn fullName: Tối đa 5 ký tự.',
      year: 'Nhãn year: Giá trị nhỏ nhất là 2000.',
      born: 'Nhãn born: Ngày phải có dạng yyyy-MM-dd.',
      grade: 'Nhãn grade: Giá trị không nằm trong danh sách lựa chọn.',
      cccd: 'Nhãn cccd: Số định danh cá nhân (CCCD) gồm 12 chữ số.',
      phone: 'Nhãn phone: Số điện thoại di động không hợp lệ (0xxxxxxxxx hoặc +84xxxxxxxxx).',
      email: 'Nhãn email: Địa chỉ thư điện tử không hợp lệ.',
      code: 'Nhãn code: Giá trị không đúng định dạng.',
    });
  });

  it('says a required field is missing, in English when asked', () => {
    expect(validateForm(fields, { fullName: '   ', year: 'abc' }, 'en')).toEqual({
      fullName: 'Label fullName: This field is required.',
      year: 'Label year: The value must be a number.',
    });
  });
  // Nghị định 45/2020/NĐ-CP, Điều 9: a File field holds the id of a file uploaded to the dossier, as the API checks it.
  it('accepts a File field naming an attached file and refuses text or a removed file', () => {
    const record = [field('attachment', 'File', { required: true })];
    const attached = new Set(['0190a3c2-7f00-7000-8000-000000000001']);
    expect(validateForm(record, { attachment: '0190a3c2-7f00-7000-8000-000000000001' }, 'vi', attached)).toEqual({});
    expect(validateForm(record, { attachment: 'Học bạ lớp 9' }, 'vi', attached)).toEqual({
      attachment: 'Nhãn attachment: Chưa tải tệp lên hoặc tệp đã bị gỡ khỏi hồ sơ; hãy tải tệp lên.',
    });
    expect(validateForm(record, {}, 'en', attached)).toEqual({
      attachment: 'Label attachment: This field is required.',
    });
    expect(validateForm(record, { attachment: 'Bản giấy' }, 'vi')).toEqual({});
  });
});
