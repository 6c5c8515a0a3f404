import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { type Observable, isObservable, map, of } from 'rxjs';

import { authGuard } from '../../core/auth/auth.guard';
import { AuthService } from '../../core/auth/auth.service';
import { isAdministrator, isSystemAdmin } from './admin-rules';

/** A guard that first asks `authGuard` (sign in and come back), then lets through the roles `allowed` accepts. */
function rolesGuard(allowed: (roles: readonly string[]) => boolean): CanActivateFn {
  return (route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const signedIn = authGuard(route, state);
    const result = (isObservable(signedIn) ? signedIn : of(signedIn)) as Observable<unknown>;
    return result.pipe(
      map((outcome) =>
        outcome !== true
          ? (outcome as ReturnType<Router['createUrlTree']>)
          : allowed(auth.profile()?.roles ?? [])
            ? true
            : router.createUrlTree(['/']),
      ),
    );
  };
}

/** The administration pages: AgencyAdmin or SystemAdmin. */
export const adminGuard: CanActivateFn = rolesGuard(isAdministrator);

/** The pages only a SystemAdmin may use (calendar, audit trail, catalogue). */
export const systemAdminGuard: CanActivateFn = rolesGuard(isSystemAdmin);
