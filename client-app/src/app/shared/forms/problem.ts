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

/** Error codes of the API's rules that the applicant can meet, each with its own sentence. */
const CODE_KEYS: Readonly<Record<string, TranslationKey>> = {
  'dossier.already_rated': 'problem.code.alreadyRated',
  'dossier.payment_required': 'problem.code.paymentRequired',
  'payment.not_due': 'problem.code.paymentNotDue',
  'payment.not_offered': 'problem.code.paymentNotOffered',
};

/** Codes whose detail is the rule's wording for developers, not for the applicant. */
const RULE_CODE = /^(dossier|payment|concurrency)\./;

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
  const code = body.code ?? null;
  if (code !== null && (CODE_KEYS[code] || RULE_CODE.test(code)) && !hasFields) {
    // A rule of the workflow refused: say it in the user's words, not the rule's.
    const ruleKey =
      CODE_KEYS[code] ?? (error.status === 403 ? 'problem.forbidden' : 'problem.conflict');
    return { fields, messageKey: ruleKey, detail: null, code };
  }
  return { fields, messageKey, detail: body.detail ?? null, code };
}

/**
 * The one sentence a control shows for a refused request when it has no field of its own to mark: the first field
 * message, else the API's sentence, else the message of its kind.
 */
export function problemSentence(problem: FormProblem, t: (key: TranslationKey) => string): string {
  return (
    Object.values(problem.fields)[0]?.[0] ??
    problem.detail ??
    t(problem.messageKey ?? 'problem.unexpected')
  );
}
