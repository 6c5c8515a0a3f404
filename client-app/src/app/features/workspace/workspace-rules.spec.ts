import { describe, expect, it } from 'vitest';

import { en } from '../../core/i18n/en';
import { vi } from '../../core/i18n/vi';
import {
  TABS,
  defaultTab,
  deskPreparesApology,
  panelActions,
  refusalKey,
  tabOf,
  urgencyOf,
} from './workspace-rules';

describe('the action panel', () => {
  it('offers exactly the operations the server allows, in the panel order, one button per action', () => {
    expect(
      panelActions([
        'StopProcessing',
        'Approve',
        'UploadResult',
        'GenerateResult',
        'ReturnToSpecialist',
      ]),
    ).toEqual(['approve', 'return-to-specialist', 'issue-result', 'stop']);
    expect(panelActions(['ReturnResult', 'ReturnResultOnline'])).toEqual(['return-result']);
  });

  it('offers nothing the server does not list, and no citizen operation', () => {
    expect(panelActions([])).toEqual([]);
    expect(panelActions(null)).toEqual([]);
    expect(panelActions(['Withdraw', 'Pay', 'Rate', 'ProvideSupplement'])).toEqual([]);
  });
});

describe('the inbox', () => {
  it('colours the time left: overdue below zero, soon within two working days', () => {
    expect(urgencyOf(-0.5)).toBe('overdue');
    expect(urgencyOf(0)).toBe('soon');
    expect(urgencyOf(2)).toBe('soon');
    expect(urgencyOf(2.5)).toBe('ok');
    expect(urgencyOf(null)).toBe('none');
  });

  it("follows the server's overdue rule: past the due instant while paused or decided is not overdue", () => {
    expect(urgencyOf(-0.5, true)).toBe('overdue');
    expect(urgencyOf(-0.5, false)).toBe('none');
    expect(urgencyOf(1, false)).toBe('soon');
  });

  it('asks the server for each state tab by its status group, never by a list of statuses', () => {
    for (const tab of TABS) expect(tab.query).not.toHaveProperty('statuses');
    expect(TABS.find((t) => t.key === 'processing')?.query).toEqual({ group: 'Processing' });
  });

  it('opens on the tab the role acts on first, and keeps a known tab from the URL', () => {
    expect(defaultTab(['Receptionist'])).toBe('toReceive');
    expect(defaultTab(['Leader'])).toBe('approval');
    expect(defaultTab(['Specialist'])).toBe('mine');
    expect(tabOf('overdue', ['Specialist'])).toBe('overdue');
    expect(tabOf('nonsense', ['Leader'])).toBe('approval');
  });
});

describe('a refusal of the server', () => {
  it("is said in the user's words when the domain names it by a known code", () => {
    const key = refusalKey('dossier.result_already_issued');
    expect(key).toBe('case.refusal.resultAlreadyIssued');
    expect(vi[key!]).toContain('đã được phát hành');
    expect(en[key!]).toContain('already been issued');
  });

  it("keeps the server's own sentence for a code it does not know", () => {
    expect(refusalKey('dossier.something_new')).toBeNull();
    expect(refusalKey(null)).toBeNull();
  });
});

describe('the apology signer', () => {
  const dossier = { currentAgencyId: 'school', decidingAgencyId: 'department' };

  it('is the leader themself in the current or deciding agency; the desk names one', () => {
    expect(deskPreparesApology(dossier, { roles: ['Leader'], agencyId: 'school' })).toBe(false);
    expect(deskPreparesApology(dossier, { roles: ['Leader'], agencyId: 'department' })).toBe(false);
    expect(deskPreparesApology(dossier, { roles: ['Leader'], agencyId: 'elsewhere' })).toBe(true);
    expect(deskPreparesApology(dossier, { roles: ['Receptionist'], agencyId: 'school' })).toBe(
      true,
    );
    expect(deskPreparesApology(null, { roles: ['Receptionist'], agencyId: 'school' })).toBe(false);
  });
});
