import { safeReturnUrl } from './return-url';

/** Roles that work dossiers in the officials' workspace (`/can-bo`). */
const WORKSPACE_ROLES = ['Receptionist', 'Specialist', 'Leader'];
/** Roles that administer the system (`/quan-tri`). */
const ADMIN_ROLES = ['AgencyAdmin', 'SystemAdmin'];

/**
 * Where a person goes right after signing in: the page they were going to (`returnUrl`, this site only), else their
 * work — officials to their queue, administrators to administration, applicants to their dossiers.
 */
export function landingAfterSignIn(roles: readonly string[], returnUrl: string | null): string {
  const fallback = roles.some((r) => WORKSPACE_ROLES.includes(r))
    ? '/can-bo'
    : roles.some((r) => ADMIN_ROLES.includes(r))
      ? '/quan-tri'
      : '/ho-so';
  return safeReturnUrl(returnUrl, fallback);
}
