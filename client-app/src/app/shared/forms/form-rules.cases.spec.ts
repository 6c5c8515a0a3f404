import { describe, expect, it } from 'vitest';

import type { FormFieldDto } from '../../core/api/dossiers.api';
import table from '../../../../../tests/form-rules/cases.json';
import served from '../../../../../tests/form-rules/fields.served.json';
import generated from '../../../../../tests/form-rules/generated-cases.json';
import { firstFailure, validateForm } from './form-rules';

/**
 * The cases the server's tests also run (tests/form-rules/): the hand-written table with the fields as the API sends them
 * (FormRuleCaseTests), and the generated sample with the server's answers (FormRulePropertyTests). The browser must give
 * the same error code, and the same words in both languages.
 */
interface Case {
  readonly name?: string;
  readonly value: string | null;
  readonly files: readonly string[] | null;
  readonly code: string | null;
  readonly message?: string | null;
  readonly messageEn?: string | null;
}

const fields = served as unknown as Record<string, FormFieldDto>;
const files = (c: Case) => (c.files ? new Set(c.files.map((f) => f.toLowerCase())) : undefined);

function expectServerAnswer(field: FormFieldDto, c: Case, label: string): void {
  expect(firstFailure(field.rules ?? [], c.value, files(c))?.code ?? null, label).toBe(c.code);
  if (c.message) {
    const values = { [field.key]: c.value };
    expect(validateForm([field], values, 'vi', files(c))[field.key], label).toBe(c.message);
    expect(validateForm([field], values, 'en', files(c))[field.key], label).toBe(c.messageEn);
  }
}

describe('form rules: the cases the server runs too', () => {
  it('every field of the table is served with rules', () => {
    for (const name of Object.keys(table.fields)) {
      expect(fields[name]?.rules?.length ?? -1, name).toBeGreaterThanOrEqual(0);
    }
  });

  for (const c of table.cases as readonly (Case & { field: string })[]) {
    it(`table: ${c.name}`, () => expectServerAnswer(fields[c.field], c, c.name ?? ''));
  }

  it(`generated: ${generated.cases.length} fields and values give the server's codes and words`, () => {
    expect(generated.cases.length).toBeGreaterThan(400);
    for (const [index, c] of (
      generated.cases as unknown as readonly (Case & { field: FormFieldDto })[]
    ).entries()) {
      expectServerAnswer(c.field, c, `generated case ${index}: ${JSON.stringify(c)}`);
    }
  });
});
