import type { AttachmentSourceDto } from '../../../../core/api/personal-documents.api';
import type { TranslationService } from '../../../../core/i18n';
import { formatDate } from '../../../../shared/format/dates';

/**
 * Where a file taken from the applicant's store came from, as the desk reads it ("Lấy từ kho dữ liệu cá nhân — đã được
 * tiếp nhận với hồ sơ … ngày …"); null for a file uploaded with this dossier.
 */
export function attachmentSource(
  source: AttachmentSourceDto | null | undefined,
  i18n: TranslationService,
): string | null {
  if (!source) return null;
  const agency = (i18n.lang() === 'en' ? source.agencyNameEn : source.agencyName) ?? '—';
  const detail = i18n.t(`case.source.${source.origin}`, {
    code: source.dossierCode ?? '—',
    agency,
    date: formatDate(source.at, i18n.lang(), 'date'),
  });
  return `${i18n.t('case.source.store')} — ${detail}`;
}
