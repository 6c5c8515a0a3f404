import { describe, expect, it } from 'vitest';

import type { DossierDto, DossierStatus } from '../../core/api/dossiers.api';
import { actionsFor, defaultTab, type Official, tabOf, urgencyOf } from './workspace-rules';

const DEPARTMENT = 'dept';
const WARD = 'ward';

function dossier(status: DossierStatus, overrides: Partial<DossierDto> = {}): DossierDto {
  return {
    status,
    receivingAgencyId: DEPARTMENT,
    decidingAgencyId: DEPARTMENT,
    currentAgencyId: DEPARTMENT,
    resultReleasedAt: null,
    ...overrides,
  } as DossierDto;
}

const official = (role: string, agencyId = DEPARTMENT): Official => ({
  id: `${role}-1`,
  roles: [role],
  agencyId,
});

describe('the action panel', () => {
  it('offers the receiving desk to record an uncollected result only once the server says it may', () => {
    const past = new Date(Date.now() - 60_000).toISOString();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(
      actionsFor(
        dossier('Resolved', { uncollectedRecordableFrom: past }),
        official('Receptionist'),
      ),
    ).toContain('record-uncollected');
    expect(
      actionsFor(dossier('Refused', { uncollectedRecordableFrom: past }), official('Receptionist')),
    ).toContain('record-uncollected');
    expect(
      actionsFor(
        dossier('Resolved', { uncollectedRecordableFrom: future }),
        official('Receptionist'),
      ),
    ).not.toContain('record-uncollected');
    expect(actionsFor(dossier('Resolved'), official('Receptionist'))).not.toContain(
      'record-uncollected',
    );
    expect(
      actionsFor(
        dossier('Resolved', { uncollectedRecordableFrom: past }),
        official('Receptionist', WARD),
      ),
    ).not.toContain('record-uncollected');
  });

  it('offers the desk reception, a supplement request or a refusal for a submitted dossier', () => {
    expect(actionsFor(dossier('Submitted'), official('Receptionist'))).toEqual([
      'receive',
      'request-supplement',
      'reject',
    ]);
    expect(actionsFor(dossier('Submitted'), official('Leader'))).toEqual([]);
    expect(actionsFor(dossier('Submitted'), official('Receptionist', WARD))).toEqual([]);
  });

  it('lets the specialist of the holding agency process, and the leader decide', () => {
    expect(actionsFor(dossier('InProcessing'), official('Specialist'))).toEqual([
      'submit-for-approval',
      'request-supplement',
      'forward',
    ]);
    expect(actionsFor(dossier('AwaitingApproval'), official('Leader'))).toEqual([
      'approve',
      'return-to-specialist',
      'refuse',
      'issue-result',
      'stop',
    ]);
    expect(actionsFor(dossier('AwaitingApproval'), official('Specialist'))).toEqual([]);
  });

  it('follows the dossier to the agency holding it for an inter-agency step', () => {
    const forwarded = dossier('InProcessing', { currentAgencyId: WARD });
    expect(actionsFor(forwarded, official('Specialist', WARD))).toContain('submit-for-approval');
    expect(actionsFor(forwarded, official('Specialist'))).toEqual([]);
  });

  it('returns results at the desk, and offers no result twice', () => {
    expect(actionsFor(dossier('Resolved'), official('Receptionist'))).toEqual(['return-result']);
    expect(actionsFor(dossier('Resolved'), official('Leader'))).toEqual(['issue-result']);
    expect(
      actionsFor(
        dossier('Resolved', { resultReleasedAt: '2026-03-03T07:00:00Z' }),
        official('Leader'),
      ),
    ).toEqual([]);
    expect(actionsFor(dossier('Refused'), official('Receptionist'))).toEqual(['return-result']);
  });

  // Nghị định 61/2018/NĐ-CP, Điều 19: the apology (form 04) at the latest one working day before the due date, once.
  it('offers the apology only until the server says it is too late, to a leader or the desk', () => {
    const now = new Date('2026-03-05T09:00:00Z');
    const open = dossier('InProcessing', { apologyDueBy: '2026-03-05T10:00:00Z' });
    expect(actionsFor(open, official('Leader'), now)).toContain('apologise');
    expect(actionsFor(open, official('Receptionist'), now)).toContain('apologise');
    expect(actionsFor(open, official('Specialist'), now)).not.toContain('apologise');
    expect(actionsFor(open, official('Leader'), new Date('2026-03-05T10:01:00Z'))).not.toContain(
      'apologise',
    );
    expect(
      actionsFor(dossier('InProcessing', { apologyDueBy: null }), official('Leader'), now),
    ).not.toContain('apologise');
  });

  it('offers nothing on a closed dossier', () => {
    for (const status of ['ResultReturned', 'Withdrawn', 'NotReceived', 'Stopped'] as const) {
      expect(actionsFor(dossier(status), official('Leader'))).toEqual([]);
      expect(actionsFor(dossier(status), official('Receptionist'))).toEqual([]);
    }
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

  it('opens on the tab the role acts on first, and keeps a known tab from the URL', () => {
    expect(defaultTab(['Receptionist'])).toBe('toReceive');
    expect(defaultTab(['Leader'])).toBe('approval');
    expect(defaultTab(['Specialist'])).toBe('mine');
    expect(tabOf('overdue', ['Specialist'])).toBe('overdue');
    expect(tabOf('nonsense', ['Leader'])).toBe('approval');
  });
});
