import { type AgencyDto, OFFICIAL_ROLE_NAMES, type OfficialRole } from './admin.api';

export function isSystemAdmin(roles: readonly string[]): boolean {
  return roles.includes('SystemAdmin');
}

/** Administrators: AgencyAdmin (their agency and the ones below it) or SystemAdmin (everything). */
export function isAdministrator(roles: readonly string[]): boolean {
  return roles.includes('AgencyAdmin') || isSystemAdmin(roles);
}

/** The roles an administrator may grant: only a SystemAdmin grants SystemAdmin. */
export function grantableRoles(adminRoles: readonly string[]): readonly OfficialRole[] {
  return OFFICIAL_ROLE_NAMES.filter((role) => role !== 'SystemAdmin' || isSystemAdmin(adminRoles));
}

/** Adds or removes one role, keeping the API's order. */
export function toggleRole(
  roles: readonly string[],
  role: OfficialRole,
  on: boolean,
): readonly string[] {
  return OFFICIAL_ROLE_NAMES.filter((r) => (r === role ? on : roles.includes(r)));
}

/**
 * The agencies an administrator manages, as the API's `IAgencyScope` decides: a SystemAdmin every agency; an
 * AgencyAdmin their own and every agency below it. The own agency comes first, the others by code.
 */
export function manageableAgencies(
  all: readonly AgencyDto[],
  adminRoles: readonly string[],
  adminAgencyId: string | null,
): readonly AgencyDto[] {
  if (isSystemAdmin(adminRoles)) return all;
  if (adminAgencyId === null) return [];
  const within = new Set([adminAgencyId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const agency of all) {
      if (agency.parentId !== null && within.has(agency.parentId) && !within.has(agency.id)) {
        within.add(agency.id);
        grew = true;
      }
    }
  }
  return all
    .filter((agency) => within.has(agency.id))
    .sort((a, b) => (a.id === adminAgencyId ? -1 : b.id === adminAgencyId ? 1 : 0));
}

const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/**
 * A temporary password that meets the API's policy (at least 10 characters with an upper-case letter, a lower-case
 * letter and a digit): 14 characters without look-alikes (0/O, 1/l/I), from the browser's cryptographic random source.
 */
export function temporaryPassword(random: (n: number) => Uint32Array = randomValues): string {
  const all = LOWER + UPPER + DIGITS;
  const values = random(14);
  const pick = (set: string, i: number) => set[values[i] % set.length];
  const chars = [pick(UPPER, 0), pick(LOWER, 1), pick(DIGITS, 2)];
  for (let i = 3; i < 14; i++) chars.push(pick(all, i));
  // Move the guaranteed characters away from the front, deterministically from the same random values.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = values[i] % (i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

function randomValues(n: number): Uint32Array {
  return crypto.getRandomValues(new Uint32Array(n));
}
