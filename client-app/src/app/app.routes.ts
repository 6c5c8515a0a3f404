import type { Routes } from '@angular/router';

import type { TranslationKey } from './core/i18n';

/** Route titles are translation keys, turned into the document title by TranslatedTitleStrategy. */
const titleKey = (key: TranslationKey): string => key;

export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: titleKey('home.pageTitle'),
    loadComponent: () =>
      import('./features/home/pages/home-page/home-page').then((m) => m.HomePage),
  },
  {
    path: 'xac-minh',
    title: titleKey('verify.pageTitle'),
    loadComponent: () =>
      import('./features/result-verification/pages/verify-result-page/verify-result-page').then(
        (m) => m.VerifyResultPage,
      ),
  },
  {
    path: 'xac-minh/:code',
    title: titleKey('verify.pageTitle'),
    loadComponent: () =>
      import('./features/result-verification/pages/verify-result-page/verify-result-page').then(
        (m) => m.VerifyResultPage,
      ),
  },
  {
    path: '**',
    title: titleKey('notFound.pageTitle'),
    loadComponent: () =>
      import('./features/not-found/pages/not-found-page/not-found-page').then(
        (m) => m.NotFoundPage,
      ),
  },
];
