import { inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { type CanActivateFn, Router } from '@angular/router';
import { filter, map, take } from 'rxjs';

import { AuthService } from './auth.service';

/** Lets signed-in users through; sends the others to the sign-in page, which brings them back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return toObservable(auth.status).pipe(
    filter((status) => status !== 'unknown'),
    take(1),
    map((status) =>
      status === 'signed-in'
        ? true
        : router.createUrlTree(['/dang-nhap'], { queryParams: { returnUrl: state.url } }),
    ),
  );
};

/** Lets officials (Receptionist, Specialist, Leader) into the workspace; others go to sign in or to the home page. */
export const officialGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return toObservable(auth.status).pipe(
    filter((status) => status !== 'unknown'),
    take(1),
    map((status) => {
      if (status !== 'signed-in') {
        return router.createUrlTree(['/dang-nhap'], { queryParams: { returnUrl: state.url } });
      }
      const roles = auth.profile()?.roles ?? [];
      return ['Receptionist', 'Specialist', 'Leader'].some((r) => roles.includes(r))
        ? true
        : router.createUrlTree(['/']);
    }),
  );
};
