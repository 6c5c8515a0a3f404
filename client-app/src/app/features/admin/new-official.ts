import type { TranslationKey } from '../../core/i18n';

/** The fields of the create-account form that can be wrong. */
export type NewOfficialField =
  'fullName' | 'email' | 'userName' | 'agencyId' | 'roles' | 'temporaryPassword';

export interface NewOfficial {
  readonly fullName: string;
  readonly email: string;
  readonly userName: string;
  readonly agencyId: string;
  readonly roles: readonly string[];
}

const USER_NAME = /^[A-Za-z0-9._-]{1,64}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with a new official's account before asking the API (the API checks the same and says so per field). */
export function newOfficialProblems(
  official: NewOfficial,
): Partial<Record<NewOfficialField, TranslationKey>> {
  const found: Partial<Record<NewOfficialField, TranslationKey>> = {};
  if (!official.fullName) found.fullName = 'officials.error.fullName';
  if (!EMAIL.test(official.email)) found.email = 'officials.error.email';
  if (!USER_NAME.test(official.userName)) found.userName = 'officials.error.userName';
  if (!official.agencyId) found.agencyId = 'officials.error.agency';
  if (official.roles.length === 0) found.roles = 'officials.error.roles';
  return found;
}
