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
