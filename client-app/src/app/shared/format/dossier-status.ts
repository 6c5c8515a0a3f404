import type { DossierStatus, StatusGroup } from '../../core/api/dossiers.api';
import type { TranslationKey } from '../../core/i18n';

/** The status in plain words for the applicant. */
export function statusKey(status: DossierStatus): TranslationKey {
  return `status.${status}`;
}

/** What the applicant should do next, if anything, by the server's group of the dossier's status. */
export function nextActionKey(
  group: StatusGroup,
  paymentDue: boolean,
  rated = false,
): TranslationKey | null {
  if (group === 'Draft') return 'mine.next.finish';
  if (group === 'Held') return 'mine.next.supplement';
  if (paymentDue) return 'mine.next.pay';
  if (group === 'Finished' && !rated) return 'mine.next.rate';
  return null;
}
