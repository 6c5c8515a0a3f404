import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';

import { ComplaintsApi, type ComplaintTrackingDto } from '../../../../core/api/complaints.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { formatDate } from '../../../../shared/format/dates';

/** Tracking a complaint by its code: where it stands and the agency's answer once given. */
@Component({
  selector: 'app-complaint-tracking-page',
  imports: [TranslatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './complaint-tracking-page.html',
})
export class ComplaintTrackingPage {
  private readonly api = inject(ComplaintsApi);
  private readonly i18n = inject(TranslationService);
  protected readonly code = new FormControl(
    inject(ActivatedRoute).snapshot.queryParamMap.get('code') ?? '',
    { nonNullable: true },
  );
  protected readonly form = new FormGroup({ code: this.code });
  protected readonly found = signal<ComplaintTrackingDto | null>(null);
  protected readonly notFound = signal(false);

  constructor() {
    if (this.code.value) this.search();
  }

  protected search(): void {
    this.found.set(null);
    this.notFound.set(false);
    const code = this.code.value.trim();
    if (!code) return;
    this.api.track(code).subscribe({
      next: (complaint) => this.found.set(complaint),
      error: (error: unknown) => this.notFound.set(error instanceof HttpErrorResponse),
    });
  }

  protected statusKey(complaint: ComplaintTrackingDto): TranslationKey {
    return `complaint.status.${complaint.status}` as TranslationKey;
  }

  protected named(vi: string | null | undefined, en: string | null | undefined): string {
    return (this.i18n.lang() === 'en' ? en || vi : vi) ?? '—';
  }

  protected when(value: string | null | undefined): string {
    return value ? formatDate(value, this.i18n.lang(), 'dateTime') : '—';
  }
}
