import { ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '../../../core/i18n';
import { ErrorAlert } from '../../../shared/components/error-alert/error-alert';
import { ErrorSummary } from '../../../shared/forms/error-summary';
import { AdminControl, AdminField } from './admin-field';

/**
 * What every administration page with a form uses: the back link, the error alert and summary, the labelled fields
 * and the reactive forms. A page lists it in its `imports` beside its own components.
 */
export const ADMIN_FORM_PAGE = [
  TranslatePipe,
  RouterLink,
  ErrorAlert,
  ErrorSummary,
  AdminField,
  AdminControl,
  ReactiveFormsModule,
] as const;
