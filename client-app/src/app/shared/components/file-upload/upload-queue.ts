import { Injectable } from '@angular/core';
import { Observable, type Subscription, finalize } from 'rxjs';

/**
 * Runs a dossier's uploads one at a time, whichever picker started them: the dossier's files change together with its
 * row version (so the total size limit holds), and two uploads at once would make one of them a conflict.
 */
@Injectable({ providedIn: 'root' })
export class UploadQueue {
  private tail: Promise<void> = Promise.resolve();

  run<T>(work: () => Observable<T>): Observable<T> {
    return new Observable<T>((subscriber) => {
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const previous = this.tail;
      this.tail = previous.then(() => mine);
      let cancelled = false;
      let subscription: Subscription | undefined;
      void previous.then(() => {
        if (cancelled) {
          release();
          return;
        }
        subscription = work().pipe(finalize(release)).subscribe(subscriber);
      });
      return () => {
        cancelled = true;
        subscription?.unsubscribe();
      };
    });
  }
}

/** A file size as people read it: bytes, kB or MB, in the language's number format. */
export function formatFileSize(bytes: number, locale: string): string {
  const [value, unit] =
    bytes < 1024 ? [bytes, 'B'] : bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  const digits = unit === 'B' ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${unit}`;
}
