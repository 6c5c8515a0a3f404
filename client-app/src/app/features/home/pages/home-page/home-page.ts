import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { OverviewApi, type OverviewDto } from '../../../../core/api/overview.api';
import { TranslatePipe } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';

type OverviewState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly overview: OverviewDto }
  | { readonly status: 'error' };

@Component({
  selector: 'app-home-page',
  imports: [TranslatePipe, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  private readonly overviewApi = inject(OverviewApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly state = signal<OverviewState>({ status: 'loading' });

  constructor() {
    this.loadOverview();
  }

  protected loadOverview(): void {
    this.state.set({ status: 'loading' });
    this.overviewApi
      .getOverview()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (overview) => this.state.set({ status: 'ready', overview }),
        error: () => this.state.set({ status: 'error' }),
      });
  }
}
