import type { FormValues } from '../../core/api/dossiers.api';

const PREFIX = 'hanoidvc.draft.';

/**
 * Unsaved form values kept in this tab (sessionStorage) until the server has them, so an expired session or a lost
 * connection never loses what the applicant typed. Not secret beyond what the tab already shows.
 */
export const draftStorage = {
  read(dossierId: string): FormValues | null {
    try {
      const raw = sessionStorage.getItem(PREFIX + dossierId);
      return raw ? (JSON.parse(raw) as FormValues) : null;
    } catch {
      return null;
    }
  },
  write(dossierId: string, values: FormValues): void {
    try {
      sessionStorage.setItem(PREFIX + dossierId, JSON.stringify(values));
    } catch {
      // Storage unavailable: the server's autosave still runs.
    }
  },
  clear(dossierId: string): void {
    try {
      sessionStorage.removeItem(PREFIX + dossierId);
    } catch {
      // nothing to clear
    }
  },
};

/** The idempotency key of one submission attempt of a dossier: the same across double clicks and reloads of the tab. */
export function submissionKey(dossierId: string): string {
  const name = `hanoidvc.submit.${dossierId}`;
  try {
    const existing = sessionStorage.getItem(name);
    if (existing) return existing;
    const key = crypto.randomUUID();
    sessionStorage.setItem(name, key);
    return key;
  } catch {
    return `${dossierId}-submit`;
  }
}
