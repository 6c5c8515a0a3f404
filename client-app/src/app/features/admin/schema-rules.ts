import type { FormFieldDto, FormFieldType } from '../../core/api/dossiers.api';

export const FIELD_TYPES: readonly FormFieldType[] = [
  'Text',
  'Number',
  'Date',
  'Select',
  'CitizenId',
  'Phone',
  'Email',
  'School',
  'File',
];

export type FieldOption = NonNullable<FormFieldDto['options']>[number];

/** The editable parts of a form field; the others (pattern, limits) are kept as loaded. */
export type FieldProperty = 'key' | 'type' | 'label' | 'labelEn' | 'required' | 'help' | 'helpEn';

/** What the editor checks on a field before saving, as the API's validator does. */
export type FieldProblem =
  'keyFormat' | 'keyTaken' | 'labelRequired' | 'labelEnRequired' | 'optionsRequired';

const KEY = /^[a-z][A-Za-z0-9]{0,49}$/;

/** A new Text field with a key not used yet (`field1`, `field2`…). */
export function newField(fields: readonly FormFieldDto[]): FormFieldDto {
  const taken = new Set(fields.map((f) => f.key.toLowerCase()));
  let n = fields.length + 1;
  while (taken.has(`field${n}`)) n++;
  return {
    key: `field${n}`,
    type: 'Text',
    label: '',
    labelEn: '',
    required: false,
    pattern: null,
    help: null,
    helpEn: null,
    min: null,
    max: null,
    maxLength: null,
    multiline: false,
    options: null,
    // The server works out a field's checks when it serves the form; a field not saved yet has none.
    rules: [],
  };
}

export function addField(fields: readonly FormFieldDto[]): FormFieldDto[] {
  return [...fields, newField(fields)];
}

export function removeField(fields: readonly FormFieldDto[], index: number): FormFieldDto[] {
  return fields.filter((_, i) => i !== index);
}

/** Moves a field up (-1) or down (+1); at either end nothing moves. */
export function moveField(
  fields: readonly FormFieldDto[],
  index: number,
  delta: -1 | 1,
): FormFieldDto[] {
  const target = index + delta;
  const moved = [...fields];
  if (index < 0 || index >= fields.length || target < 0 || target >= fields.length) return moved;
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}

/**
 * Changes one property of one field. Empty help texts become null; a Select keeps its options (an empty list when it
 * had none), any other type drops them.
 */
export function updateField<P extends FieldProperty>(
  fields: readonly FormFieldDto[],
  index: number,
  property: P,
  value: FormFieldDto[P],
): FormFieldDto[] {
  return fields.map((field, i) => {
    if (i !== index) return field;
    const text = typeof value === 'string' ? value.trim() : value;
    const changed = {
      ...field,
      [property]: (property === 'help' || property === 'helpEn') && text === '' ? null : text,
    };
    return { ...changed, options: changed.type === 'Select' ? (changed.options ?? []) : null };
  });
}

/** Options typed one per line as `value | label | English label` (the labels default to the value). */
export function optionsFromText(text: string): FieldOption[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([value]) => value)
    .map(([value, label, labelEn]) => ({
      value,
      label: label || value,
      labelEn: labelEn || label || value,
    }));
}

export function optionsToText(options: readonly FieldOption[] | null): string {
  return (options ?? []).map((o) => `${o.value} | ${o.label} | ${o.labelEn}`).join('\n');
}

export function setOptions(
  fields: readonly FormFieldDto[],
  index: number,
  text: string,
): FormFieldDto[] {
  return fields.map((field, i) =>
    i === index ? { ...field, options: optionsFromText(text) } : field,
  );
}

/** The problems of each field, keyed as the API names them (`form[2].label`). */
export function checkFields(fields: readonly FormFieldDto[]): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const seen = new Set<string>();
  fields.forEach((field, i) => {
    const key = field.key.toLowerCase();
    if (!KEY.test(field.key)) problems[`form[${i}].key`] = 'keyFormat';
    else if (seen.has(key)) problems[`form[${i}].key`] = 'keyTaken';
    seen.add(key);
    if (!field.label.trim()) problems[`form[${i}].label`] = 'labelRequired';
    if (!field.labelEn.trim()) problems[`form[${i}].labelEn`] = 'labelEnRequired';
    if (field.type === 'Select' && !field.options?.length)
      problems[`form[${i}].options`] = 'optionsRequired';
  });
  return problems;
}

/** The id of the editor's input for a field's property, from the API's name (`form[2].label` → `schema-2-label`). */
export function schemaInputId(apiName: string): string | null {
  const match = /^(?:content\.)?form\[(\d+)\]\.(\w+)/.exec(apiName);
  return match ? `schema-${match[1]}-${match[2]}` : null;
}
