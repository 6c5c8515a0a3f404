import type { DossierStatus } from '../../core/api/dossiers.api';
import type { TranslationKey } from '../../core/i18n';

/** The status in plain words for the applicant. */
export function statusKey(status: DossierStatus): TranslationKey {
  return `status.${status}`;
}

/** What the applicant should do next, if anything. */
export function nextActionKey(status: DossierStatus, paymentDue: boolean): TranslationKey | null {
  if (status === 'Draft') return 'mine.next.finish';
  if (status === 'SupplementRequested') return 'mine.next.supplement';
  if (paymentDue) return 'mine.next.pay';
  if (status === 'ResultReturned') return 'mine.next.rate';
  return null;
}
