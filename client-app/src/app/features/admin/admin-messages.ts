import { inject } from '@angular/core';

import { TranslationService } from '../../core/i18n';
import type { FormProblem } from '../../shared/forms/problem';

/** A refused request in one sentence for an alert: the API's own (localised) detail or our message for its status. */
export function problemText(problem: FormProblem, i18n = inject(TranslationService)): string {
  const fields = Object.values(problem.fields).flat();
  if (fields.length > 0) return fields.join(' ');
  return problem.detail ?? i18n.t(problem.messageKey ?? 'problem.unexpected');
}

/**
 * The API names list items `daysOff[2].name` or `form[0].label`; the editor shows them beside the list, so the item
 * part is dropped (`daysOff`), keeping the first message per list.
 */
export function byList(problem: FormProblem): FormProblem {
  const fields: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(problem.fields)) {
    const list = name.replace(/\[\d+\].*$/, '');
    fields[list] = [...(fields[list] ?? []), ...messages];
  }
  return { ...problem, fields };
}
