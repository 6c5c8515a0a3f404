import { describe, expect, it } from 'vitest';

import {
  addField,
  checkFields,
  moveField,
  optionsFromText,
  optionsToText,
  removeField,
  schemaInputId,
  setOptions,
  updateField,
} from './schema-rules';

describe('form schema editor', () => {
  const three = () => addField(addField(addField([])));

  it('adds fields with keys not taken yet', () => {
    const fields = three();
    expect(fields.map((f) => f.key)).toEqual(['field1', 'field2', 'field3']);
    const afterRemoval = addField(removeField(fields, 0));
    expect(afterRemoval.map((f) => f.key)).toEqual(['field2', 'field3', 'field4']);
  });

  it('moves a field up or down, and nothing past either end', () => {
    const fields = three();
    expect(moveField(fields, 2, -1).map((f) => f.key)).toEqual(['field1', 'field3', 'field2']);
    expect(moveField(fields, 0, 1).map((f) => f.key)).toEqual(['field2', 'field1', 'field3']);
    expect(moveField(fields, 0, -1).map((f) => f.key)).toEqual(['field1', 'field2', 'field3']);
    expect(moveField(fields, 2, 1).map((f) => f.key)).toEqual(['field1', 'field2', 'field3']);
  });

  it('updates one property; a Select gets options, another type drops them; empty help is null', () => {
    let fields = updateField(three(), 1, 'type', 'Select');
    expect(fields[1].options).toEqual([]);
    expect(fields[0].options).toBeNull();
    fields = setOptions(fields, 1, 'a | Một | One\nb\n\n');
    expect(fields[1].options).toEqual([
      { value: 'a', label: 'Một', labelEn: 'One' },
      { value: 'b', label: 'b', labelEn: 'b' },
    ]);
    expect(updateField(fields, 1, 'type', 'Text')[1].options).toBeNull();
    expect(updateField(fields, 1, 'help', '  ')[1].help).toBeNull();
    expect(updateField(fields, 1, 'label', ' Họ tên ')[1].label).toBe('Họ tên');
  });

  it('writes options back one per line', () => {
    const options = optionsFromText('x | Có | Yes');
    expect(optionsToText(options)).toBe('x | Có | Yes');
    expect(optionsToText(null)).toBe('');
  });

  it('checks keys, labels and options as the API does', () => {
    let fields = updateField(three(), 0, 'label', 'Họ tên');
    fields = updateField(fields, 0, 'labelEn', 'Name');
    fields = updateField(fields, 1, 'key', 'fielD1');
    fields = updateField(fields, 2, 'key', '2nd');
    fields = updateField(fields, 2, 'type', 'Select');
    expect(checkFields(fields)).toEqual({
      'form[1].key': 'keyTaken',
      'form[1].label': 'labelRequired',
      'form[1].labelEn': 'labelEnRequired',
      'form[2].key': 'keyFormat',
      'form[2].label': 'labelRequired',
      'form[2].labelEn': 'labelEnRequired',
      'form[2].options': 'optionsRequired',
    });
  });

  it("finds the editor's input for an API field name", () => {
    expect(schemaInputId('content.form[2].labelEn')).toBe('schema-2-labelEn');
    expect(schemaInputId('form[0].key')).toBe('schema-0-key');
    expect(schemaInputId('content.name')).toBeNull();
  });
});
