import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';

import {
  type AttachmentDto,
  type DossierDto,
  type DossierPaperDto,
  DossiersApi,
  type ProcessingStepDto,
  type Satisfaction,
} from '../../../../core/api/dossiers.api';
import { type PaymentDto, PaymentsApi } from '../../../../core/api/payments.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { formatDate } from '../../../../shared/format/dates';
import { readProblem } from '../../../../shared/forms/problem';
import { DocumentUploads } from '../../../apply/components/document-uploads/document-uploads';
import { formatVnd } from '../../../catalogue/format';
import { FINISHED, nextActionKey, statusKey } from '../../status';

const LEVELS: readonly Satisfaction[] = ['VerySatisfied', 'Satisfied', 'Unsatisfied'];

/**
 * One dossier for its applicant: where it stands and what to do next — pay the fee, answer a supplement request with
 * the missing documents, withdraw, download the receipt and the result, rate the service — and the timeline of
 * processing steps with the agency's messages.
 */
@Component({
  selector: 'app-dossier-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert, DocumentUploads],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossier-page.html',
})
export class DossierPage {
  private readonly api = inject(DossiersApi);
  private readonly payments = inject(PaymentsApi);
  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly levels = LEVELS;
  protected readonly dossier = signal<DossierDto | null>(null);
  protected readonly paymentList = signal<readonly PaymentDto[]>([]);
  protected readonly failed = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly supplementComment = signal('');
  protected readonly supplementError = signal<string | null>(null);
  protected readonly rating = signal<Satisfaction | null>(null);
  protected readonly ratingComment = signal('');
  protected readonly ratingError = signal<string | null>(null);
  protected readonly statusKey = statusKey;

  /** The open supplement request: when it was made and what it lists (one item per line). */
  protected readonly supplement = computed(() => {
    const dossier = this.dossier();
    if (dossier?.status !== 'SupplementRequested') return null;
    const request = [...dossier.steps].reverse().find((s) => s.action === 'RequestSupplement');
    return request
      ? { at: request.at, items: (request.comment ?? '').split('\n').filter((l) => l.trim()) }
      : null;
  });

  protected readonly canRate = computed(() => {
    const dossier = this.dossier();
    return dossier !== null && FINISHED.includes(dossier.status);
  });

  constructor() {
    this.load();
  }

  protected next(dossier: DossierDto): TranslationKey | null {
    return nextActionKey(dossier.status, dossier.paymentStatus === 'Due', dossier.ratedAt !== null);
  }

  protected actionKey(step: ProcessingStepDto): TranslationKey {
    return `action.${step.action}` as TranslationKey;
  }

  protected when(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }

  protected paymentStatusKey(dossier: DossierDto): TranslationKey {
    return `dossier.payment.${dossier.paymentStatus}`;
  }

  protected paymentKey(payment: PaymentDto): TranslationKey {
    return `payment.status.${payment.status}`;
  }

  protected levelKey(level: Satisfaction): TranslationKey {
    return `rating.${level}`;
  }

  protected money(amount: number): string {
    return formatVnd(amount, this.i18n.lang());
  }

  protected canWithdraw(dossier: DossierDto): boolean {
    return dossier.status === 'Submitted';
  }

  protected withdraw(): void {
    this.act(this.api.withdraw(this.id, null), 'dossier.withdrawn');
  }

  /** Starts a payment and sends the browser to the gateway's page; it comes back to the payment return page. */
  protected pay(): void {
    this.busy.set(true);
    this.message.set(null);
    this.payments.start(this.id, this.i18n.lang() === 'en' ? 'en' : 'vn').subscribe({
      next: (started) => this.document.location.assign(started.redirectUrl),
      error: (error: unknown) => {
        this.busy.set(false);
        this.fail(error);
      },
    });
  }

  protected attached(attachment: AttachmentDto): void {
    this.supplementError.set(null);
    this.dossier.update((d) => (d ? { ...d, attachments: [...d.attachments, attachment] } : d));
  }

  /** Sends the supplement: it needs at least one new file or a note saying what was done. */
  protected sendSupplement(): void {
    const request = this.supplement();
    const dossier = this.dossier();
    if (!request || !dossier) return;
    const added = dossier.attachments.filter((a) => a.uploadedAt > request.at).length;
    const comment = this.supplementComment().trim();
    if (added === 0 && comment === '') {
      this.supplementError.set(this.i18n.t('dossier.supplement.empty'));
      this.focus('supplement-comment');
      return;
    }
    this.supplementError.set(null);
    this.act(this.api.provideSupplement(this.id, comment || null), 'dossier.supplement.sent');
  }

  protected rate(): void {
    const level = this.rating();
    if (!level) {
      this.ratingError.set(this.i18n.t('dossier.rating.required'));
      this.focus('rating-VerySatisfied');
      return;
    }
    this.ratingError.set(null);
    this.act(
      this.api.rate(this.id, level, this.ratingComment().trim() || null),
      'dossier.rating.thanks',
    );
  }

  protected downloadPaper(paper: DossierPaperDto): void {
    this.save(paper.url, `${paper.kind}-${this.dossier()?.code ?? this.id}.pdf`);
  }

  protected downloadResult(): void {
    this.save(`/api/v1/dossiers/${encodeURIComponent(this.id)}/result`, 'ket-qua.pdf');
  }

  protected downloadPaymentReceipt(payment: PaymentDto): void {
    this.save(this.payments.receiptPath(this.id, payment.id), `bien-lai-${payment.id}.pdf`);
  }

  private load(): void {
    this.api.get(this.id).subscribe({
      next: (dossier) => {
        this.dossier.set(dossier);
        if (dossier.amountDueVnd > 0) {
          this.payments
            .ofDossier(this.id)
            .subscribe({ next: (list) => this.paymentList.set(list) });
        }
      },
      error: () => this.failed.set(true),
    });
  }

  /** Runs an action; on success shows the new state and says so, on a refusal says why and reloads the dossier. */
  private act(request: ReturnType<DossiersApi['get']>, done: TranslationKey): void {
    this.busy.set(true);
    this.message.set(null);
    request.subscribe({
      next: (dossier) => {
        this.busy.set(false);
        this.dossier.set(dossier);
        this.message.set(this.i18n.t(done));
        this.focus('dossier-message');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.fail(error);
        this.load(); // someone else may have acted: show the dossier as it is now
      },
    });
  }

  private fail(error: unknown): void {
    const problem = readProblem(error);
    this.message.set(
      Object.values(problem.fields)[0]?.[0] ??
        problem.detail ??
        this.i18n.t(problem.messageKey ?? 'problem.unexpected'),
    );
    this.focus('dossier-message');
  }

  private focus(id: string): void {
    setTimeout(() => this.document.getElementById(id)?.focus());
  }

  private save(path: string, fileName: string): void {
    this.api.download(path).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const link = Object.assign(this.document.createElement('a'), {
          href: url,
          download: fileName,
        });
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
      error: () => this.message.set(this.i18n.t('problem.unexpected')),
    });
  }
}
