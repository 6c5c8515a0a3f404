import { describe, expect, it } from 'vitest';

import { defaultTab, panelActions, tabOf, urgencyOf } from './workspace-rules';

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

  it('opens on the tab the role acts on first, and keeps a known tab from the URL', () => {
    expect(defaultTab(['Receptionist'])).toBe('toReceive');
    expect(defaultTab(['Leader'])).toBe('approval');
    expect(defaultTab(['Specialist'])).toBe('mine');
    expect(tabOf('overdue', ['Specialist'])).toBe('overdue');
    expect(tabOf('nonsense', ['Leader'])).toBe('approval');
  });
});
