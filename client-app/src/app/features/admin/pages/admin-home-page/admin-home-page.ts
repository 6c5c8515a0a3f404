import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe, type TranslationKey } from '../../../../core/i18n';
import { isSystemAdmin } from '../../admin-rules';

interface Section {
  readonly path: string;
  readonly title: TranslationKey;
  readonly text: TranslationKey;
  readonly systemOnly: boolean;
}

const SECTIONS: readonly Section[] = [
  {
    path: 'can-bo',
    title: 'officials.heading',
    text: 'admin.section.officials',
    systemOnly: false,
  },
  {
    path: 'co-quan',
    title: 'agencyAdmin.heading',
    text: 'admin.section.agencies',
    systemOnly: false,
  },
  {
    path: 'lich-nghi',
    title: 'calendarAdmin.heading',
    text: 'admin.section.calendar',
    systemOnly: true,
  },
  { path: 'nhat-ky', title: 'audit.heading', text: 'admin.section.audit', systemOnly: true },
  {
    path: 'thu-tuc',
    title: 'procedureAdmin.heading',
    text: 'admin.section.procedures',
    systemOnly: true,
  },
];

/** The administration's entry page: the sections the signed-in administrator may use. */
@Component({
  selector: 'app-admin-home-page',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="admin">
      <h1>{{ 'admin.heading' | t }}</h1>
      <p>{{ 'admin.intro' | t }}</p>
      <ul class="result-list">
        @for (section of sections(); track section.path) {
          <li class="result-item">
            <h2 class="result-item__name">
              <a [routerLink]="section.path" [attr.data-testid]="'admin-' + section.path">{{
                section.title | t
              }}</a>
            </h2>
            <p class="form-field__hint">{{ section.text | t }}</p>
          </li>
        }
      </ul>
    </article>
  `,
})
export class AdminHomePage {
  private readonly auth = inject(AuthService);
  protected readonly sections = computed(() => {
    const system = isSystemAdmin(this.auth.profile()?.roles ?? []);
    return SECTIONS.filter((s) => system || !s.systemOnly);
  });
}
