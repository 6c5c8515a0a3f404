import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it } from 'vitest';

import { readProblem } from './problem';

describe('readProblem', () => {
  it('keeps the field errors of a 400 and needs no general message', () => {
    const problem = readProblem(
      new HttpErrorResponse({
        status: 400,
        error: { errors: { citizenId: ['Số CCCD gồm 12 chữ số.'] } },
      }),
    );

    expect(problem.fields).toEqual({ citizenId: ['Số CCCD gồm 12 chữ số.'] });
    expect(problem.messageKey).toBeNull();
  });

  it('turns statuses into plain-language messages, keeping the code and detail', () => {
    expect(readProblem(new HttpErrorResponse({ status: 0 })).messageKey).toBe('problem.offline');
    expect(readProblem(new HttpErrorResponse({ status: 429 })).messageKey).toBe('problem.tooMany');
    expect(readProblem(new HttpErrorResponse({ status: 503 })).messageKey).toBe('problem.server');
    const locked = readProblem(
      new HttpErrorResponse({
        status: 401,
        error: { code: 'auth.locked_out', detail: 'Tài khoản bị khóa.' },
      }),
    );
    expect(locked).toEqual({
      fields: {},
      messageKey: 'problem.unexpected',
      detail: 'Tài khoản bị khóa.',
      code: 'auth.locked_out',
    });
  });

  it('says a refused workflow rule in plain words instead of the rule text, with a sentence for known codes', () => {
    const rated = readProblem(
      new HttpErrorResponse({
        status: 409,
        error: { code: 'dossier.already_rated', detail: 'Dossier X was already rated.' },
      }),
    );
    const moved = readProblem(
      new HttpErrorResponse({
        status: 409,
        error: { code: 'dossier.invalid_transition', detail: 'Cannot Withdraw dossier X.' },
      }),
    );
    const notYours = readProblem(
      new HttpErrorResponse({ status: 403, error: { code: 'dossier.not_allowed', detail: 'x' } }),
    );

    expect([rated.messageKey, rated.detail]).toEqual(['problem.code.alreadyRated', null]);
    expect([moved.messageKey, moved.detail]).toEqual(['problem.conflict', null]);
    expect(notYours.messageKey).toBe('problem.forbidden');
  });
});
