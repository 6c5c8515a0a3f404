import { HttpErrorResponse } from '@angular/common/http';

import type { TranslationKey } from '../../core/i18n';

/** What a form shows for a refused request: messages per field (already in the user's language) and a general message. */
export interface FormProblem {
  /** Field errors keyed by the API's field name (camelCase, e.g. `citizenId`, `formData.fullName`). */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /** A general message key when the problem is not about one field. */
  readonly messageKey: TranslationKey | null;
  /** The API's own sentence (localised by Accept-Language) when it gave one. */
  readonly detail: string | null;
  /** The API's stable error code, e.g. `auth.locked_out`. */
  readonly code: string | null;
}

interface ProblemBody {
  readonly errors?: Record<string, string[]>;
  readonly detail?: string;
  readonly code?: string;
}

/** Reads an RFC 9457 problem (or a network failure) into what a form shows; never a raw status code. */
export function readProblem(error: unknown): FormProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { fields: {}, messageKey: 'problem.unexpected', detail: null, code: null };
  }
  const body = (
    typeof error.error === 'object' && error.error !== null ? error.error : {}
  ) as ProblemBody;
  const fields = body.errors ?? {};
  const hasFields = Object.keys(fields).length > 0;
  const messageKey: TranslationKey | null = hasFields
    ? null
    : error.status === 0
      ? 'problem.offline'
      : error.status === 429
        ? 'problem.tooMany'
        : error.status >= 500
          ? 'problem.server'
          : error.status === 403
            ? 'problem.forbidden'
            : error.status === 404
              ? 'problem.notFound'
              : 'problem.unexpected';
  return { fields, messageKey, detail: body.detail ?? null, code: body.code ?? null };
}
