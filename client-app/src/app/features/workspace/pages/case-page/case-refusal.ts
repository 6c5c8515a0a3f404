import { HttpErrorResponse } from '@angular/common/http';

import type { DossierDto, DossierStatus } from '../../../../core/api/dossiers.api';
import type { TranslationService } from '../../../../core/i18n';
import { readProblem } from '../../../../shared/forms/problem';
import { statusKey } from '../../../../shared/format/dossier-status';
import { refusalKey } from '../../workspace-rules';

/**
 * How the case page answers an action the server refused: the fields it names; or (409/403) the dossier reloaded with
 * the server's reason — only a concurrency conflict is something reloading fixes; or the server's sentence.
 */
export type CaseRefusal =
  | { readonly kind: 'fields'; readonly fields: Record<string, string> }
  | { readonly kind: 'reload'; readonly message: (now: DossierDto) => string }
  | { readonly kind: 'say'; readonly message: string };

export function readRefusal(
  error: unknown,
  before: DossierStatus | undefined,
  i18n: TranslationService,
): CaseRefusal {
  const problem = readProblem(error);
  const fields: Record<string, string> = {};
  for (const [name, messages] of Object.entries(problem.fields)) fields[name] = messages[0];
  if (Object.keys(fields).length > 0) return { kind: 'fields', fields };
  if (error instanceof HttpErrorResponse && (error.status === 409 || error.status === 403)) {
    // The server refused: say its reason (the problem's detail), and show the dossier and its actions as they are now.
    const key = refusalKey(problem.code);
    const detail = key ? i18n.t(key) : problemDetail(error);
    const reason = detail
      ? i18n.t('case.refused', { reason: detail })
      : i18n.t(problem.messageKey ?? 'problem.unexpected');
    return {
      kind: 'reload',
      message: (now) => {
        const changed =
          now.status !== before
            ? i18n.t('case.changed', { status: i18n.t(statusKey(now.status)) })
            : null;
        if (problem.code === 'concurrency.conflict') return changed ?? i18n.t('case.concurrency');
        // Someone acted first: say so, and the server's reason for this refusal.
        return changed ? `${changed} ${reason}` : reason;
      },
    };
  }
  const detail = problemDetail(error);
  return {
    kind: 'say',
    message: detail
      ? i18n.t('case.refused', { reason: detail })
      : i18n.t(problem.messageKey ?? 'problem.unexpected'),
  };
}

/** The problem's own sentence (RFC 9457 `detail`), whatever its code. */
function problemDetail(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse) || typeof error.error !== 'object' || !error.error)
    return null;
  const detail = (error.error as { detail?: unknown }).detail;
  return typeof detail === 'string' && detail.trim() ? detail.trim() : null;
}
