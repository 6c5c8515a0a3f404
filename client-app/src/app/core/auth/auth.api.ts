import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { Schema } from '../api/api-schema';
import { API_BASE_URL } from '../api/api.config';

/** `POST /api/v1/auth/token` and `/refresh`: the access token; the refresh token travels only in its HttpOnly cookie. */
export type TokenResponse = Schema<'TokenResponse'>;
/** `GET /api/v1/me`. */
export type ProfileDto = Schema<'ProfileDto'>;
export type CitizenRegistration = Required<Schema<'RegisterCitizen'>>;

/** The authentication endpoints. Paths under `/api/v1/auth` never carry the bearer token and are never retried on 401. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  signIn(userName: string, password: string): Observable<TokenResponse> {
    return this.http.post<TokenResponse>(`${API_BASE_URL}/auth/token`, {
      userName,
      password,
    } satisfies Schema<'TokenRequest'>);
  }

  refresh(): Observable<TokenResponse> {
    return this.http.post<TokenResponse>(`${API_BASE_URL}/auth/refresh`, null);
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${API_BASE_URL}/auth/logout`, null);
  }

  registerCitizen(registration: CitizenRegistration): Observable<unknown> {
    return this.http.post(`${API_BASE_URL}/auth/register/citizen`, registration);
  }

  /** `POST /api/v1/auth/password-reset`: always 204, whether or not the account exists. */
  requestPasswordReset(account: string): Observable<void> {
    return this.http.post<void>(`${API_BASE_URL}/auth/password-reset`, {
      account,
    } satisfies Schema<'RequestPasswordReset'>);
  }

  /** `POST /api/v1/auth/password-reset/confirm`: 204, or 400 on `token` / `newPassword`. */
  resetPassword(token: string, newPassword: string): Observable<void> {
    return this.http.post<void>(`${API_BASE_URL}/auth/password-reset/confirm`, {
      token,
      newPassword,
    } satisfies Schema<'ResetPassword'>);
  }

  me(): Observable<ProfileDto> {
    return this.http.get<ProfileDto>(`${API_BASE_URL}/me`);
  }
}

/** True for the endpoints that manage the session themselves. */
export function isAuthUrl(url: string): boolean {
  return url.startsWith(`${API_BASE_URL}/auth/`);
}
