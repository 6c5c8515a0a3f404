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

/** A guard for signed-in users holding one of `roles`; others go to sign in or to the home page. */
function withRoles(roles: readonly string[]): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    return toObservable(auth.status).pipe(
      filter((status) => status !== 'unknown'),
      take(1),
      map((status) => {
        if (status !== 'signed-in') {
          return router.createUrlTree(['/dang-nhap'], { queryParams: { returnUrl: state.url } });
        }
        const held = auth.profile()?.roles ?? [];
        return roles.some((r) => held.includes(r)) ? true : router.createUrlTree(['/']);
      }),
    );
  };
}

/** The workspace: Receptionist, Specialist, Leader. */
export const officialGuard = withRoles(['Receptionist', 'Specialist', 'Leader']);

/** The statistics dashboard: leaders and administrators. */
export const statisticsGuard = withRoles(['Leader', 'AgencyAdmin', 'SystemAdmin']);
