import type { DossierStatus } from '../../core/api/dossiers.api';
import type { TranslationKey } from '../../core/i18n';

/** The states in which the agency is done with a dossier and its applicant may rate the service. */
export const FINISHED: readonly DossierStatus[] = ['ResultReturned', 'NotReceived', 'Stopped'];

/** The status in plain words for the applicant. */
export function statusKey(status: DossierStatus): TranslationKey {
  return `status.${status}`;
}

/** What the applicant should do next, if anything. */
export function nextActionKey(
  status: DossierStatus,
  paymentDue: boolean,
  rated = false,
): TranslationKey | null {
  if (status === 'Draft') return 'mine.next.finish';
  if (status === 'SupplementRequested') return 'mine.next.supplement';
  if (paymentDue) return 'mine.next.pay';
  if (FINISHED.includes(status) && !rated) return 'mine.next.rate';
  return null;
}
