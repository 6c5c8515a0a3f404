import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter } from '@angular/router';

import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { AuthService } from './core/auth/auth.service';
import { acceptLanguageInterceptor } from './core/interceptors/accept-language.interceptor';
import { dossierWritesInterceptor } from './core/interceptors/dossier-writes.interceptor';
import { TranslationService } from './core/i18n';
import { TranslatedTitleStrategy } from './core/routing/translated-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideHttpClient(
      withFetch(),
      withInterceptors([dossierWritesInterceptor, acceptLanguageInterceptor, authInterceptor]),
    ),
    // The session is restored in the background: public pages render at once; guarded ones wait for it.
    provideAppInitializer(() => {
      inject(AuthService).restore().subscribe();
    }),
    // The remembered language's dictionary before the first render (English is fetched only by those who chose it).
    provideAppInitializer(() => inject(TranslationService).restore()),
  ],
};
