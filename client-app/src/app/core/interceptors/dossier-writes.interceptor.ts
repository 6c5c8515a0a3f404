import type { HttpEvent, HttpInterceptorFn } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, type Subscription, finalize } from 'rxjs';

import { isApiUrl } from '../api/api.config';

const DOSSIER_URL = /^\/api\/v1\/dossiers\/([^/?#]+)/;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The writes this tab sends to one dossier, one at a time. The server keeps a row version per dossier: two writes of
 * the same applicant sent at once (an autosave while a file uploads, or "continue" while an autosave is on its way)
 * would read the same version, and the second would be refused with 409 although nobody else touched the dossier.
 */
@Injectable({ providedIn: 'root' })
export class DossierWriteQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `write` once every write queued before it for `dossierId` has finished (answered, failed or cancelled). */
  run<T>(dossierId: string, write: () => Observable<T>): Observable<T> {
    return new Observable<T>((subscriber) => {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => (release = resolve));
      const previous = this.tails.get(dossierId) ?? Promise.resolve();
      const tail = previous.then(() => turn);
      this.tails.set(dossierId, tail);
      void tail.then(() => {
        if (this.tails.get(dossierId) === tail) this.tails.delete(dossierId);
      });

      let inner: Subscription | undefined;
      let cancelled = false;
      void previous.then(() => {
        if (cancelled) release();
        else inner = write().pipe(finalize(release)).subscribe(subscriber);
      });
      return () => {
        cancelled = true;
        inner?.unsubscribe();
      };
    });
  }
}

/** Sends the changes to a dossier in the order they were made, one at a time (see {@link DossierWriteQueue}). */
export const dossierWritesInterceptor: HttpInterceptorFn = (request, next) => {
  const dossierId =
    READS.has(request.method) || !isApiUrl(request.url) ? null : DOSSIER_URL.exec(request.url)?.[1];
  if (!dossierId) {
    return next(request);
  }
  return inject(DossierWriteQueue).run<HttpEvent<unknown>>(dossierId, () => next(request));
};
