import { describe, expect, it } from 'vitest';

import { en } from '../../core/i18n/en';
import { vi } from '../../core/i18n/vi';
import type { DossierStatus } from '../../core/api/dossiers.api';
import { nextActionKey, statusKey } from './dossier-status';

const ALL: DossierStatus[] = [
  'Draft',
  'Submitted',
  'Received',
  'NotReceived',
  'SupplementRequested',
  'InProcessing',
  'AwaitingApproval',
  'Resolved',
  'Refused',
  'Stopped',
  'Withdrawn',
  'ResultReturned',
];

describe('dossier status for the applicant', () => {
  it('has words in both languages for every status the API sends', () => {
    for (const status of ALL) {
      expect(vi[statusKey(status)]).toBeTruthy();
      expect(en[statusKey(status)]).toBeTruthy();
    }
  });

  it('asks for an action only where the applicant has one', () => {
    // The groups the server gives Draft, SupplementRequested, Submitted and InProcessing (DossierStatusSetsTests pins them).
    expect(nextActionKey('Draft', false)).toBe('mine.next.finish');
    expect(nextActionKey('Held', true)).toBe('mine.next.supplement');
    expect(nextActionKey('AwaitingReception', true)).toBe('mine.next.pay');
    expect(nextActionKey('Processing', false)).toBeNull();
  });

  it('asks for a rating once the agency is done, until the applicant has rated', () => {
    // ResultReturned and NotReceived are Finished, Withdrawn its own group, Resolved Decided (DossierStatusSetsTests).
    expect(nextActionKey('Finished', false)).toBe('mine.next.rate');
    expect(nextActionKey('Finished', false, true)).toBeNull();
    expect(nextActionKey('Withdrawn', false)).toBeNull();
    expect(nextActionKey('Decided', false)).toBeNull();
  });
});
