import { Subject, throwError } from 'rxjs';
import { describe, expect, it } from 'vitest';

import { type LoadState, toLoadState } from './load-state';

describe('toLoadState', () => {
  it('is loading until the value arrives', () => {
    const source = new Subject<number>();
    const states: LoadState<number>[] = [];
    toLoadState(source).subscribe((state) => states.push(state));

    expect(states).toEqual([{ status: 'loading' }]);
    source.next(42);
    expect(states).toEqual([{ status: 'loading' }, { status: 'ready', value: 42 }]);
  });

  it('turns an error into a state instead of ending the stream with it', () => {
    const failure = new Error('offline');
    const states: LoadState<number>[] = [];
    let errored = false;
    toLoadState(throwError(() => failure)).subscribe({
      next: (s) => states.push(s),
      error: () => (errored = true),
    });

    expect(states).toEqual([{ status: 'loading' }, { status: 'error', error: failure }]);
    expect(errored).toBe(false);
  });
});
