import { DOCUMENT } from '@angular/common';
import { Injectable, Injector, afterNextRender, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/** The path of a URL without its query or fragment: a new filter on the same page is not a new page. */
export function pathOf(url: string): string {
  return url.split(/[?#]/)[0];
}

/**
 * Whether focus should move to the main content after a navigation: only when the path changed, and not when the new
 * page already put focus somewhere inside the main content itself (a field it asks for first).
 */
export function shouldMoveFocus(
  previousUrl: string | null,
  nextUrl: string,
  active: Element | null,
  main: Element | null,
): boolean {
  if (previousUrl === null || pathOf(previousUrl) === pathOf(nextUrl)) return false;
  return !(active && main && active !== main && main.contains(active));
}

/**
 * Moves keyboard and screen-reader focus to `<main>` when the page changes, as a full page load would start reading
 * from the top: otherwise focus stays on the link that was clicked (or falls to the body when that link is gone).
 */
@Injectable({ providedIn: 'root' })
export class RouteFocus {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private started = false;

  start(): void {
    if (this.started) return;
    this.started = true;
    let previous: string | null = null;
    this.router.events
      .pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd))
      .subscribe((end) => {
        const from = previous;
        previous = end.urlAfterRedirects;
        afterNextRender(
          () => {
            const main = this.document.getElementById('main-content');
            if (shouldMoveFocus(from, end.urlAfterRedirects, this.document.activeElement, main)) {
              main?.focus({ preventScroll: false });
            }
          },
          { injector: this.injector },
        );
      });
  }
}
