import { describe, expect, it } from 'vitest';

import type { AgencyDto } from './admin.api';
import {
  grantableRoles,
  isAdministrator,
  manageableAgencies,
  temporaryPassword,
  toggleRole,
} from './admin-rules';

const agency = (id: string, parentId: string | null): AgencyDto => ({
  id,
  code: id,
  codeVerified: false,
  codeSource: null,
  name: id,
  nameEn: id,
  kind: 'Division',
  levelCode: 'province',
  parentId,
  receives: false,
  decides: false,
  address: null,
  phone: null,
  email: null,
  receptionHours: null,
});

describe('administration rules', () => {
  it('knows administrators and what each may grant', () => {
    expect(isAdministrator(['AgencyAdmin'])).toBe(true);
    expect(isAdministrator(['SystemAdmin'])).toBe(true);
    expect(isAdministrator(['Leader', 'Citizen'])).toBe(false);
    expect(grantableRoles(['AgencyAdmin'])).not.toContain('SystemAdmin');
    expect(grantableRoles(['SystemAdmin'])).toContain('SystemAdmin');
  });

  it('toggles a role and keeps the order of the list', () => {
    expect(toggleRole(['Leader'], 'Receptionist', true)).toEqual(['Receptionist', 'Leader']);
    expect(toggleRole(['Receptionist', 'Leader'], 'Receptionist', false)).toEqual(['Leader']);
    expect(toggleRole(['Leader'], 'Leader', true)).toEqual(['Leader']);
  });

  it('an agency admin manages their agency and every agency below it, own first', () => {
    const all = [
      agency('a', null),
      agency('b', 'a'),
      agency('c', 'b'),
      agency('d', null),
      agency('x', 'c'),
    ];
    expect(manageableAgencies(all, ['AgencyAdmin'], 'b').map((a) => a.id)).toEqual(['b', 'c', 'x']);
    expect(manageableAgencies(all, ['AgencyAdmin'], null)).toEqual([]);
    expect(manageableAgencies(all, ['SystemAdmin'], null)).toHaveLength(5);
  });

  it('makes temporary passwords that meet the password policy', () => {
    for (let i = 0; i < 50; i++) {
      const password = temporaryPassword();
      expect(password).toHaveLength(14);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/\d/);
      expect(password).not.toMatch(/[0O1lI]/);
    }
    const zeros = temporaryPassword((n) => new Uint32Array(n));
    expect(zeros).toMatch(/[A-Z]/);
    expect(zeros).toMatch(/\d/);
  });
});
