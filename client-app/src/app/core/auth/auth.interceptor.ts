import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';

import { isApiUrl } from '../api/api.config';
import { isAuthUrl } from './auth.api';
import { AuthService } from './auth.service';

function withToken(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Sends the access token to our API (never elsewhere, never to the auth endpoints). When the API answers 401 to a
 * request that carried a token, the session is refreshed once and the request repeated; if the refresh fails too,
 * the 401 goes to the caller and the session is signed out. Single flight: requests refused while a refresh is under
 * way share it, and a request refused after another one already refreshed is repeated with the newer token instead of
 * refreshing again (each refresh rotates the cookie; the server tolerates a repeat only for a few seconds).
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || isAuthUrl(request.url)) {
    return next(request);
  }

  const auth = inject(AuthService);
  const token = auth.accessToken();
  return next(withToken(request, token)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || token === null) {
        return throwError(() => error);
      }
      const current = auth.accessToken();
      if (current !== null && current !== token) {
        return next(withToken(request, current));
      }
      return auth
        .refresh()
        .pipe(
          switchMap((fresh) => (fresh ? next(withToken(request, fresh)) : throwError(() => error))),
        );
    }),
  );
};
