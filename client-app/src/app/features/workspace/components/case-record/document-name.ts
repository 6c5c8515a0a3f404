import type { RequiredDocumentDto } from '../../../../core/api/catalogue.api';
import type { TranslationService } from '../../../../core/i18n';

/**
 * A document's name in the page's language: in English its English name when the catalogue has one (not empty, not the
 * Vietnamese name again), else the Vietnamese name marked as the official name (it has no translation).
 */
export function documentName(
  documents: readonly RequiredDocumentDto[],
  name: string | null | undefined,
  i18n: TranslationService,
): string {
  if (!name) return '';
  if (i18n.lang() !== 'en') return name;
  const document = documents.find((d) => d.name === name);
  return document?.nameEn && document.nameEn.trim() !== document.name.trim()
    ? document.nameEn
    : i18n.t('case.officialVietnameseName', { name });
}
