import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map, switchMap } from 'rxjs';

import { type DossierDto, DossiersApi } from '../../../../core/api/dossiers.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { formatDate } from '../../../../shared/format/dates';
import { formatVnd } from '../../../../shared/format/procedure-format';
import { agencyName, feeText } from '../../fees';
import { LoadStatus } from '../../../../shared/components/load-status/load-status';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';

/**
 * The confirmation: the tracking number to keep, where the dossier went, the fee, and what the applicant must do next
 * (pay online first when a fee is due before reception; otherwise wait for the desk and follow the dossier).
 */
@Component({
  selector: 'app-submitted-page',
  imports: [TranslatePipe, RouterLink, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="apply">
      @let current = state();
      @if (current.status !== 'ready') {
        <app-load-status [state]="current" [errorMessage]="'apply.loadError' | t" />
      } @else {
        <div class="confirmation" data-testid="confirmation">
          <h1>{{ 'apply.done.heading' | t }}</h1>
          <p>{{ 'apply.done.tracking' | t }}</p>
          <p class="confirmation__number" data-testid="tracking-number">
            {{ current.value.trackingNumber }}
          </p>
        </div>
        @let dossier = current.value;
        <dl class="facts">
          @if (dossier.submittedAt) {
            <div class="facts__row">
              <dt>{{ 'dossier.submittedAt' | t }}</dt>
              <dd>{{ when(dossier.submittedAt) }}</dd>
            </div>
          }
          <div class="facts__row">
            <dt>{{ 'apply.review.receiving' | t }}</dt>
            <dd>{{ agency(dossier, 'receiving') }}</dd>
          </div>
          @if (dossier.decidingAgencyId !== dossier.receivingAgencyId) {
            <div class="facts__row">
              <dt>{{ 'apply.review.deciding' | t }}</dt>
              <dd>{{ agency(dossier, 'deciding') }}</dd>
            </div>
          }
          <div class="facts__row">
            <dt>{{ 'apply.review.fee' | t }}</dt>
            <dd>{{ fee(dossier) }}</dd>
          </div>
        </dl>
        <section class="card next-step" aria-labelledby="next-heading">
          <h2 id="next-heading">{{ 'apply.done.nextHeading' | t }}</h2>
          @if (dossier.paymentStatus === 'Due' && dossier.feesDue === 'BeforeReception') {
            <p>{{ 'apply.done.payNow' | t: { amount: amount(dossier) } }}</p>
            <p>
              <a class="button" [routerLink]="['/ho-so', dossier.id]">{{
                'apply.done.payButton' | t
              }}</a>
            </p>
          } @else if (dossier.feesVnd > 0 && dossier.feesDue) {
            <p>
              {{
                (dossier.feesPayableOnline ? 'apply.done.payLater' : 'apply.done.payAtDesk')
                  | t: { amount: amount(dossier), agency: agency(dossier, 'receiving') }
              }}
            </p>
          } @else {
            <p>{{ 'apply.done.noFee' | t }}</p>
          }
          <p>{{ 'apply.done.next' | t }}</p>
          <p>
            <a [routerLink]="['/ho-so', dossier.id]" data-testid="open-dossier">{{
              'apply.done.follow' | t
            }}</a>
          </p>
        </section>
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
    .next-step {
      border-left: 4px solid #0b5cad;
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
  private readonly i18n = inject(TranslationService);
  protected readonly state = toSignal(
    inject(ActivatedRoute).paramMap.pipe(
      map((params) => params.get('id') ?? ''),
      switchMap((id) => toLoadState(this.api.get(id))),
    ),
    { initialValue: { status: 'loading' } as LoadState<DossierDto> },
  );

  protected when(instant: string): string {
    return formatDate(instant, this.i18n.lang(), 'dateTime');
  }

  protected fee(dossier: DossierDto): string {
    return feeText(dossier, this.i18n);
  }

  protected amount(dossier: DossierDto): string {
    return formatVnd(dossier.feesVnd ?? dossier.amountDueVnd, this.i18n.lang());
  }

  protected agency(dossier: DossierDto, which: 'receiving' | 'deciding'): string {
    return agencyName(dossier, which, this.i18n.lang() === 'en');
  }
}
