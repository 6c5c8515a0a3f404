import { computed, signal } from '@angular/core';

import type { SummaryItem } from './error-summary';
import type { FormProblem } from './problem';

/**
 * The errors a form shows: one message per field (client checks or the API's), and a general one. `fieldIds` maps the
 * API's field names to the inputs' ids, so the summary links to the right input; unknown fields go to the general list.
 */
export class FormErrors<F extends string> {
  private readonly byField = signal<Partial<Record<F, string>>>({});
  private readonly general = signal<readonly string[]>([]);

  constructor(private readonly fieldIds: Readonly<Record<F, string>>) {}

  readonly summary = computed<readonly SummaryItem[]>(() => [
    ...this.general().map((message) => ({ fieldId: null, message })),
    ...(Object.keys(this.fieldIds) as F[])
      .filter((field) => this.byField()[field])
      .map((field) => ({ fieldId: this.fieldIds[field], message: this.byField()[field]! })),
  ]);

  /** The message for one field, if any. */
  of(field: F): string | null {
    return this.byField()[field] ?? null;
  }

  clear(): void {
    this.byField.set({});
    this.general.set([]);
  }

  setFields(errors: Partial<Record<F, string>>): void {
    this.byField.set(errors);
    this.general.set([]);
  }

  /**
   * The client's own checks, as translation keys per field: shows them in the user's language and answers whether any
   * failed (the form is then not sent).
   */
  setChecks<K extends string>(
    found: Partial<Record<F, K>>,
    translate: (key: K) => string,
  ): boolean {
    const entries = Object.entries(found) as [F, K][];
    this.setFields(
      Object.fromEntries(entries.map(([field, key]) => [field, translate(key)])) as Partial<
        Record<F, string>
      >,
    );
    return entries.length > 0;
  }

  /** The API's refusal: its field messages (already in the user's language) and, otherwise, `fallback`. */
  setProblem(problem: FormProblem, fallback: string): void {
    const fields: Partial<Record<F, string>> = {};
    const other: string[] = [];
    for (const [name, messages] of Object.entries(problem.fields)) {
      if (Object.hasOwn(this.fieldIds, name)) {
        fields[name as F] = messages[0];
      } else {
        other.push(...messages);
      }
    }
    this.byField.set(fields);
    this.general.set(other.length > 0 || Object.keys(fields).length > 0 ? other : [fallback]);
  }
}
