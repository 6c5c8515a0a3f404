import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';

import { isApiUrl } from '../api/api.config';
import { TranslationService } from '../i18n';

/**
 * Tells the API which language the user reads (so server messages can be localised).
 * Only our own `/api/...` requests get the header; it never carries credentials.
 */
export const acceptLanguageInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiUrl(req.url) || req.headers.has('Accept-Language')) {
    return next(req);
  }
  const lang = inject(TranslationService).lang();
  return next(req.clone({ setHeaders: { 'Accept-Language': lang } }));
};
