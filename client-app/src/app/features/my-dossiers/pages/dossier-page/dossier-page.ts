import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';

import {
  type AttachmentDto,
  type DossierDto,
  type DossierOperation,
  type DossierPaperDto,
  DossiersApi,
  type ProcessingStepDto,
  type Satisfaction,
} from '../../../../core/api/dossiers.api';
import { type PaymentDto, PaymentsApi } from '../../../../core/api/payments.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { formatDate } from '../../../../shared/format/dates';
import { problemSentence, readProblem } from '../../../../shared/forms/problem';
import { DocumentUploads } from '../../../../shared/components/document-uploads/document-uploads';
import { formatVnd } from '../../../../shared/format/procedure-format';
import { nextActionKey, statusKey } from '../../../../shared/format/dossier-status';
import { FactRow } from '../../../../shared/components/fact-row/fact-row';
import { PaperList } from '../../../../shared/components/paper-list/paper-list';

const LEVELS: readonly Satisfaction[] = ['VerySatisfied', 'Satisfied', 'Unsatisfied'];

/**
 * One dossier for its applicant: where it stands and what to do next — pay the fee, answer a supplement request with
 * the missing documents, withdraw, download the receipt and the result, rate the service — and the timeline of
 * processing steps with the agency's messages.
 */
@Component({
  selector: 'app-dossier-page',
  imports: [FactRow, PaperList, TranslatePipe, RouterLink, ErrorAlert, DocumentUploads],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossier-page.html',
  styles: `
    .confirm-dialog {
      max-width: min(36rem, calc(100vw - 2rem));
      padding: 1.25rem;
      border: 1px solid var(--color-border);
      border-radius: 0.5rem;
    }
    .confirm-dialog::backdrop {
      background: rgb(16 35 63 / 45%);
    }
    .confirm-dialog textarea {
      width: 100%;
    }
  `,
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
  protected readonly withdrawReason = signal('');
  protected readonly withdrawError = signal<string | null>(null);
  private readonly withdrawDialog = viewChild<ElementRef<HTMLDialogElement>>('withdrawDialog');

  /** Whether an expired payment is listed: the page explains it, and the pay button says "pay again". */
  protected readonly hasExpiredPayment = computed(() =>
    this.paymentList().some((p) => p.status === 'Expired'),
  );

  /** The open supplement request: when it was made and what it lists (one item per line). */
  protected readonly supplement = computed(() => {
    const dossier = this.dossier();
    if (dossier?.status !== 'SupplementRequested') return null;
    const request = [...dossier.steps].reverse().find((s) => s.action === 'RequestSupplement');
    return request
      ? { at: request.at, items: (request.comment ?? '').split('\n').filter((l) => l.trim()) }
      : null;
  });

  /** The rating section: offered when the server lets the applicant rate, and kept to show a rating given. */
  protected readonly canRate = computed(() => {
    const dossier = this.dossier();
    return dossier !== null && (this.may(dossier, 'Rate') || !!dossier.satisfaction);
  });

  constructor() {
    this.load();
  }

  protected next(dossier: DossierDto): TranslationKey | null {
    return nextActionKey(
      dossier.statusGroup,
      dossier.paymentStatus === 'Due',
      dossier.ratedAt !== null,
    );
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

  /** The server says whether the dossier may be withdrawn now (and on what terms); the draft is abandoned elsewhere. */
  protected canWithdraw(dossier: DossierDto): boolean {
    return this.may(dossier, 'Withdraw') && !!dossier.withdrawal && dossier.status !== 'Draft';
  }

  /** Whether the server lists `operation` among what the signed-in applicant may do now (its guards decide). */
  protected may(dossier: DossierDto, operation: DossierOperation): boolean {
    return dossier.allowedActions?.includes(operation) ?? false;
  }

  /** Opens the confirmation: nothing is withdrawn until the applicant confirms (with the reason, once received). */
  protected askWithdraw(): void {
    this.withdrawError.set(null);
    this.withdrawDialog()?.nativeElement.showModal();
  }

  protected cancelWithdraw(): void {
    this.withdrawDialog()?.nativeElement.close();
  }

  protected withdraw(): void {
    const terms = this.dossier()?.withdrawal;
    const reason = this.withdrawReason().trim();
    if (terms?.reasonRequired && reason === '') {
      this.withdrawError.set(this.i18n.t('withdraw.reasonMissing'));
      this.focus('withdraw-reason');
      return;
    }
    this.withdrawError.set(null);
    this.busy.set(true);
    this.api.withdraw(this.id, reason || null).subscribe({
      next: (dossier) => {
        this.busy.set(false);
        this.withdrawDialog()?.nativeElement.close();
        this.dossier.set(dossier);
        this.message.set(this.i18n.t('dossier.withdrawn'));
        this.focus('dossier-message');
        this.reloadPayments();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = readProblem(error);
        const field = problem.fields['reason']?.[0];
        if (field) {
          // The server's rule (422, errors.reason): shown at the field, in the dialog.
          this.withdrawError.set(field);
          this.focus('withdraw-reason');
          return;
        }
        this.withdrawDialog()?.nativeElement.close();
        this.fail(error);
        this.load();
      },
    });
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
        this.reloadPayments();
      },
      error: () => this.failed.set(true),
    });
  }

  private reloadPayments(): void {
    if ((this.dossier()?.amountDueVnd ?? 0) > 0) {
      this.payments.ofDossier(this.id).subscribe({ next: (list) => this.paymentList.set(list) });
    }
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
    this.message.set(problemSentence(problem, (key) => this.i18n.t(key)));
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
