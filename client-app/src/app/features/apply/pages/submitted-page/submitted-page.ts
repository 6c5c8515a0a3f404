import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map, switchMap } from 'rxjs';

import { type DossierDto, DossiersApi } from '../../../../core/api/dossiers.api';
import { TranslatePipe } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';

/** The confirmation: the tracking number to keep, and what happens next. */
@Component({
  selector: 'app-submitted-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="apply">
      @let current = state();
      @switch (current.status) {
        @case ('loading') {
          <p role="status">{{ 'apply.loading' | t }}</p>
        }
        @case ('error') {
          <app-error-alert [message]="'apply.loadError' | t" />
        }
        @case ('ready') {
          <div class="confirmation" data-testid="confirmation">
            <h1>{{ 'apply.done.heading' | t }}</h1>
            <p>{{ 'apply.done.tracking' | t }}</p>
            <p class="confirmation__number" data-testid="tracking-number">
              {{ current.value.trackingNumber }}
            </p>
          </div>
          <h2>{{ 'apply.done.nextHeading' | t }}</h2>
          <p>{{ 'apply.done.next' | t }}</p>
          <p>
            <a [routerLink]="['/ho-so', current.value.id]" data-testid="open-dossier">{{
              'apply.done.follow' | t
            }}</a>
          </p>
        }
      }
    </article>
  `,
  styles: `
    .confirmation {
      margin-bottom: 1.5rem;
      padding: 1.5rem;
      border-radius: 0.5rem;
      background: #0a6b3d;
      color: #ffffff;
      text-align: center;
    }
    .confirmation h1 {
      color: #ffffff;
    }
    .confirmation__number {
      margin: 0;
      font-size: 1.75rem;
      font-weight: 700;
      letter-spacing: 0.05em;
    }
  `,
})
export class SubmittedPage {
  private readonly api = inject(DossiersApi);
  protected readonly state = toSignal(
    inject(ActivatedRoute).paramMap.pipe(
      map((params) => params.get('id') ?? ''),
      switchMap((id) => toLoadState(this.api.get(id))),
    ),
    { initialValue: { status: 'loading' } as LoadState<DossierDto> },
  );
}
