import type { DossierDto } from '../../core/api/dossiers.api';
import type { TranslationService } from '../../core/i18n';
import { formatVnd } from '../../shared/format/procedure-format';

/** The fees line of the review page: the amount, how and when it is paid, as the server reported them. */
export function feeText(dossier: DossierDto, i18n: TranslationService): string {
  const amount = dossier.feesVnd ?? dossier.amountDueVnd;
  if (!amount || !dossier.feesDue) return i18n.t('apply.fee.none');
  const how = dossier.feesPayableOnline ? 'online' : 'atDesk';
  return i18n.t(`apply.fee.${how}${dossier.feesDue}`, { amount: formatVnd(amount, i18n.lang()) });
}

/** Agency names in the current language. */
export function agencyName(dossier: DossierDto, which: 'receiving' | 'deciding', en: boolean): string {
  const vi = which === 'receiving' ? dossier.receivingAgencyName : dossier.decidingAgencyName;
  const english = which === 'receiving' ? dossier.receivingAgencyNameEn : dossier.decidingAgencyNameEn;
  return (en ? english || vi : vi) ?? '—';
}
