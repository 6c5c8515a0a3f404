import type { Routes } from '@angular/router';

import { authGuard, officialGuard, statisticsGuard } from './core/auth/auth.guard';
import type { TranslationKey } from './core/i18n';
import { adminGuard } from './features/admin/admin.guard';

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
    path: 'thu-tuc',
    title: titleKey('catalogue.pageTitle'),
    loadComponent: () =>
      import('./features/catalogue/pages/catalogue-page/catalogue-page').then(
        (m) => m.CataloguePage,
      ),
  },
  {
    path: 'thu-tuc/:id',
    title: titleKey('procedure.pageTitle'),
    loadComponent: () =>
      import('./features/catalogue/pages/procedure-page/procedure-page').then(
        (m) => m.ProcedurePage,
      ),
  },
  {
    path: 'tra-cuu',
    title: titleKey('tracking.pageTitle'),
    loadComponent: () =>
      import('./features/tracking/pages/tracking-page/tracking-page').then((m) => m.TrackingPage),
  },
  {
    path: 'phan-anh/gui',
    title: titleKey('complaint.file.pageTitle'),
    loadComponent: () =>
      import('./features/complaints/pages/file-complaint-page/file-complaint-page').then(
        (m) => m.FileComplaintPage,
      ),
  },
  {
    path: 'phan-anh/tra-cuu',
    title: titleKey('complaint.track.pageTitle'),
    loadComponent: () =>
      import('./features/complaints/pages/complaint-tracking-page/complaint-tracking-page').then(
        (m) => m.ComplaintTrackingPage,
      ),
  },
  {
    path: 'dang-nhap',
    title: titleKey('login.pageTitle'),
    loadComponent: () =>
      import('./features/account/pages/login-page/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'dang-ky',
    title: titleKey('register.pageTitle'),
    loadComponent: () =>
      import('./features/account/pages/register-page/register-page').then((m) => m.RegisterPage),
  },
  {
    path: 'quen-mat-khau',
    title: titleKey('forgot.pageTitle'),
    loadComponent: () =>
      import('./features/account/pages/forgot-password-page/forgot-password-page').then(
        (m) => m.ForgotPasswordPage,
      ),
  },
  {
    path: 'dat-lai-mat-khau',
    title: titleKey('reset.pageTitle'),
    loadComponent: () =>
      import('./features/account/pages/reset-password-page/reset-password-page').then(
        (m) => m.ResetPasswordPage,
      ),
  },
  {
    path: 'tai-khoan',
    title: titleKey('profile.pageTitle'),
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/account/pages/profile-page/profile-page').then((m) => m.ProfilePage),
  },
  {
    path: 'nop-ho-so/:procedureId',
    title: titleKey('apply.pageTitle'),
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/apply/pages/start-page/start-page').then((m) => m.ApplyStartPage),
  },
  {
    path: 'ho-so',
    title: titleKey('mine.pageTitle'),
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/my-dossiers/pages/list-page/list-page').then((m) => m.MyDossiersPage),
  },
  {
    path: 'kho-du-lieu',
    title: titleKey('store.pageTitle'),
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/my-documents/pages/store-page/store-page').then((m) => m.StorePage),
  },
  {
    path: 'ho-so/:id',
    title: titleKey('dossier.pageTitle'),
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/my-dossiers/pages/dossier-page/dossier-page').then((m) => m.DossierPage),
  },
  {
    path: 'ho-so/:id/soan',
    title: titleKey('apply.pageTitle'),
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/apply/pages/draft-page/draft-page').then((m) => m.DraftPage),
  },
  {
    path: 'ho-so/:id/xem-lai',
    title: titleKey('apply.review.pageTitle'),
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/apply/pages/review-page/review-page').then((m) => m.ReviewPage),
  },
  {
    path: 'ho-so/:id/da-nop',
    title: titleKey('apply.done.pageTitle'),
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/apply/pages/submitted-page/submitted-page').then((m) => m.SubmittedPage),
  },
  {
    path: 'thanh-toan/ket-qua',
    title: titleKey('payReturn.pageTitle'),
    loadComponent: () =>
      import('./features/payments/pages/payment-return-page/payment-return-page').then(
        (m) => m.PaymentReturnPage,
      ),
  },
  {
    path: 'thong-bao',
    title: titleKey('notifications.pageTitle'),
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/notifications/pages/notifications-page/notifications-page').then(
        (m) => m.NotificationsPage,
      ),
  },
  {
    path: 'can-bo',
    title: titleKey('inbox.pageTitle'),
    canActivate: [officialGuard],
    loadComponent: () =>
      import('./features/workspace/pages/inbox-page/inbox-page').then((m) => m.InboxPage),
  },
  {
    path: 'can-bo/phan-anh',
    title: titleKey('complaint.desk.pageTitle'),
    canActivate: [officialGuard],
    loadComponent: () =>
      import('./features/workspace/pages/complaints-page/complaints-page').then(
        (m) => m.ComplaintsPage,
      ),
  },
  {
    path: 'can-bo/thong-ke',
    title: titleKey('stats.pageTitle'),
    canActivate: [statisticsGuard],
    loadComponent: () =>
      import('./features/statistics/pages/dashboard-page/dashboard-page').then(
        (m) => m.DashboardPage,
      ),
  },
  {
    path: 'thong-ke',
    title: titleKey('publicStats.pageTitle'),
    loadComponent: () =>
      import('./features/statistics/pages/public-statistics-page/public-statistics-page').then(
        (m) => m.PublicStatisticsPage,
      ),
  },
  {
    path: 'can-bo/tiep-nhan-truc-tiep',
    title: titleKey('walkin.pageTitle'),
    canActivate: [officialGuard],
    loadComponent: () =>
      import('./features/workspace/pages/walk-in-page/walk-in-page').then((m) => m.WalkInPage),
  },
  {
    path: 'can-bo/ho-so/:id',
    title: titleKey('case.pageTitle'),
    canActivate: [officialGuard],
    loadComponent: () =>
      import('./features/workspace/pages/case-page/case-page').then((m) => m.CasePage),
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
    path: 'quan-tri',
    canActivate: [adminGuard],
    loadChildren: () => import('./features/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
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
