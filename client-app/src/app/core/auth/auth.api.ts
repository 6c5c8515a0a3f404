import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import { API_BASE_URL } from '../api/api.config';

/** `POST /api/v1/auth/token` and `/refresh`: the access token; the refresh token travels only in its HttpOnly cookie. */
export interface TokenResponse {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly tokenType: string;
}

/** `GET /api/v1/me`. */
export interface ProfileDto {
  readonly id: string;
  readonly userName: string;
  readonly fullName: string;
  readonly email: string | null;
  readonly phoneNumber: string | null;
  readonly roles: readonly string[];
  readonly agencyId: string | null;
  readonly applicantType: 'Citizen' | 'Organisation' | 'School' | null;
  readonly citizenId: string | null;
  readonly dateOfBirth: string | null;
  readonly organisationCode: string | null;
  readonly organisationName: string | null;
  readonly identityProvider: string;
  readonly identityVerified: boolean;
  readonly createdAt: string;
}

export interface CitizenRegistration {
  readonly fullName: string;
  readonly citizenId: string;
  readonly dateOfBirth: string;
  readonly phone: string;
  readonly email: string;
  readonly password: string;
}

/** The authentication endpoints. Paths under `/api/v1/auth` never carry the bearer token and are never retried on 401. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  signIn(userName: string, password: string): Observable<TokenResponse> {
    return this.http.post<TokenResponse>(`${API_BASE_URL}/auth/token`, { userName, password });
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
    return this.http.post<void>(`${API_BASE_URL}/auth/password-reset`, { account });
  }

  /** `POST /api/v1/auth/password-reset/confirm`: 204, or 400 on `token` / `newPassword`. */
  resetPassword(token: string, newPassword: string): Observable<void> {
    return this.http.post<void>(`${API_BASE_URL}/auth/password-reset/confirm`, {
      token,
      newPassword,
    });
  }

  me(): Observable<ProfileDto> {
    return this.http.get<ProfileDto>(`${API_BASE_URL}/me`);
  }
}

/** True for the endpoints that manage the session themselves. */
export function isAuthUrl(url: string): boolean {
  return url.startsWith(`${API_BASE_URL}/auth/`);
}
