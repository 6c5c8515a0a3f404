import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { OverviewApi, type OverviewDto } from '../../../../core/api/overview.api';
import { TranslatePipe } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';

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

  protected readonly state = signal<LoadState<OverviewDto>>({ status: 'loading' });

  constructor() {
    this.loadOverview();
  }

  protected loadOverview(): void {
    toLoadState(this.overviewApi.getOverview())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((state) => this.state.set(state));
  }
}
