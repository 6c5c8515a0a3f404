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
});
