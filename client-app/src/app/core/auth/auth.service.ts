import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, catchError, finalize, map, of, shareReplay, switchMap, tap } from 'rxjs';

import { AuthApi, type CitizenRegistration, type ProfileDto, type TokenResponse } from './auth.api';

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

/**
 * A hint, not a secret: "this browser signed in and has not signed out". It spares anonymous visitors a refresh request
 * that could only fail; the refresh token itself stays in its HttpOnly cookie.
 */
export const SESSION_HINT_KEY = 'hanoidvc.session';

/**
 * The session: the access token lives only in memory (never in storage), the refresh token only in its HttpOnly cookie.
 * On start and whenever the access token is refused, one refresh is attempted; concurrent callers share it.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(AuthApi);
  private readonly document = inject(DOCUMENT);
  private readonly token = signal<string | null>(null);
  private readonly currentProfile = signal<ProfileDto | null>(null);
  private readonly currentStatus = signal<SessionStatus>('unknown');
  private refreshing: Observable<string | null> | null = null;

  readonly status = this.currentStatus.asReadonly();
  readonly profile = this.currentProfile.asReadonly();
  readonly signedIn = computed(() => this.currentStatus() === 'signed-in');

  /** The access token to send, if any. */
  accessToken(): string | null {
    return this.token();
  }

  /** Restores the session from the refresh cookie, if this browser has one (called once at start-up). */
  restore(): Observable<SessionStatus> {
    if (!this.hinted()) {
      this.clear();
      return of(this.currentStatus());
    }
    return this.refresh().pipe(map(() => this.currentStatus()));
  }

  signIn(userName: string, password: string): Observable<ProfileDto> {
    return this.api.signIn(userName, password).pipe(switchMap((tokens) => this.start(tokens)));
  }

  register(registration: CitizenRegistration): Observable<ProfileDto> {
    return this.api
      .registerCitizen(registration)
      .pipe(switchMap(() => this.signIn(registration.citizenId, registration.password)));
  }

  /** A new access token from the refresh cookie, or null (signed out) when the cookie is missing, expired or revoked. */
  refresh(): Observable<string | null> {
    this.refreshing ??= this.api.refresh().pipe(
      switchMap((tokens) => this.start(tokens).pipe(map(() => tokens.accessToken))),
      catchError(() => {
        this.clear();
        return of(null);
      }),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  signOut(): Observable<void> {
    return this.api.logout().pipe(
      catchError(() => of(undefined)),
      tap(() => this.clear()),
      map(() => undefined),
    );
  }

  /** Forgets the session locally (the server refused it). */
  clear(): void {
    this.setHint(false);
    this.token.set(null);
    this.currentProfile.set(null);
    this.currentStatus.set('signed-out');
  }

  private hinted(): boolean {
    try {
      return this.document.defaultView?.localStorage.getItem(SESSION_HINT_KEY) === '1';
    } catch {
      return true; // storage unavailable: try the cookie anyway
    }
  }

  private setHint(on: boolean): void {
    try {
      const storage = this.document.defaultView?.localStorage;
      if (on) {
        storage?.setItem(SESSION_HINT_KEY, '1');
      } else {
        storage?.removeItem(SESSION_HINT_KEY);
      }
    } catch {
      // Storage can be unavailable (privacy modes): the session still works, restores just try the cookie.
    }
  }

  private start(tokens: TokenResponse): Observable<ProfileDto> {
    this.token.set(tokens.accessToken);
    return this.api.me().pipe(
      tap((profile) => {
        this.setHint(true);
        this.currentProfile.set(profile);
        this.currentStatus.set('signed-in');
      }),
    );
  }
}
