import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';

import {
  type DossierDto,
  DossiersApi,
  type ProcessingStepDto,
} from '../../../../core/api/dossiers.api';
import { formatDate } from '../../../../shared/format/dates';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { readProblem } from '../../../../shared/forms/problem';
import { nextActionKey, statusKey } from '../../status';

/** One dossier for its applicant: where it stands, the timeline of processing steps, its documents and what to do next. */
@Component({
  selector: 'app-dossier-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossier-page.html',
})
export class DossierPage {
  private readonly api = inject(DossiersApi);
  private readonly i18n = inject(TranslationService);
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly dossier = signal<DossierDto | null>(null);
  protected readonly failed = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly statusKey = statusKey;

  constructor() {
    this.api
      .get(this.id)
      .subscribe({ next: (d) => this.dossier.set(d), error: () => this.failed.set(true) });
  }

  protected next(dossier: DossierDto): TranslationKey | null {
    return nextActionKey(dossier.status, dossier.paymentStatus === 'Due');
  }

  protected actionKey(step: ProcessingStepDto): TranslationKey {
    return `action.${step.action}` as TranslationKey;
  }

  protected when(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }

  protected canWithdraw(dossier: DossierDto): boolean {
    return dossier.status === 'Submitted';
  }

  protected withdraw(): void {
    this.api.withdraw(this.id, null).subscribe({
      next: (d) => {
        this.dossier.set(d);
        this.message.set(this.i18n.t('dossier.withdrawn'));
      },
      error: (error: unknown) => {
        const problem = readProblem(error);
        this.message.set(problem.detail ?? this.i18n.t(problem.messageKey ?? 'problem.unexpected'));
      },
    });
  }

  protected downloadReceipt(): void {
    this.save(this.api.documentPath(this.id, 'Receipt'), 'giay-tiep-nhan.pdf');
  }

  protected downloadResult(): void {
    this.save(`/api/v1/dossiers/${encodeURIComponent(this.id)}/result`, 'ket-qua.pdf');
  }

  private save(path: string, fileName: string): void {
    this.api.download(path).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
      error: () => this.message.set(this.i18n.t('problem.unexpected')),
    });
  }
}
