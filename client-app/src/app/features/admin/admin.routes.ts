import type { Routes } from '@angular/router';

import type { TranslationKey } from '../../core/i18n';
import { systemAdminGuard } from './admin.guard';

const titleKey = (key: TranslationKey): string => key;

/** `/quan-tri/...`, behind `adminGuard` in app.routes.ts. */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: titleKey('admin.pageTitle'),
    loadComponent: () =>
      import('./pages/admin-home-page/admin-home-page').then((m) => m.AdminHomePage),
  },
  {
    path: 'can-bo',
    title: titleKey('officials.pageTitle'),
    loadComponent: () =>
      import('./pages/officials-page/officials-page').then((m) => m.OfficialsPage),
  },
  {
    path: 'co-quan',
    title: titleKey('agencyAdmin.pageTitle'),
    loadComponent: () => import('./pages/agencies-page/agencies-page').then((m) => m.AgenciesPage),
  },
  {
    path: 'lich-nghi',
    title: titleKey('calendarAdmin.pageTitle'),
    canActivate: [systemAdminGuard],
    loadComponent: () => import('./pages/calendar-page/calendar-page').then((m) => m.CalendarPage),
  },
  {
    path: 'nhat-ky',
    title: titleKey('audit.pageTitle'),
    canActivate: [systemAdminGuard],
    loadComponent: () => import('./pages/audit-page/audit-page').then((m) => m.AuditPage),
  },
  {
    path: 'thu-tuc',
    title: titleKey('procedureAdmin.pageTitle'),
    canActivate: [systemAdminGuard],
    loadComponent: () =>
      import('./pages/procedures-page/procedures-page').then((m) => m.ProceduresPage),
  },
  {
    // `moi` (new) or a procedure's id: one route, so saving a new procedure keeps the page and its message.
    path: 'thu-tuc/:id',
    title: titleKey('procedureAdmin.pageTitle'),
    canActivate: [systemAdminGuard],
    loadComponent: () =>
      import('./pages/procedure-editor-page/procedure-editor-page').then(
        (m) => m.ProcedureEditorPage,
      ),
  },
];
