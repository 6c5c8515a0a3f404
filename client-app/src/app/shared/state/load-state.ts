import { type Observable, catchError, map, of, startWith } from 'rxjs';

/** What a page shows for data it loads: a loading state, the data, or an error (with the error, to tell 404 from the rest). */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

/** Turns a request into its states: loading first, then the value or the error (the stream never errors). */
export function toLoadState<T>(request: Observable<T>): Observable<LoadState<T>> {
  return request.pipe(
    map((value): LoadState<T> => ({ status: 'ready', value })),
    catchError((error: unknown) => of<LoadState<T>>({ status: 'error', error })),
    startWith<LoadState<T>>({ status: 'loading' }),
  );
}

/** The items of a loaded list, or none while it loads or after it failed (for rows projected into a table that shows those states). */
export function readyItems<T>(state: LoadState<{ readonly items: readonly T[] }>): readonly T[] {
  return state.status === 'ready' ? state.value.items : [];
}
