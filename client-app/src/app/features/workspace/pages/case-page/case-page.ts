import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { Observable } from 'rxjs';

import type {
  AgencyDto,
  AttachmentDto,
  Channel,
  CommentAudience,
  DossierDto,
  DossierOperation,
  DossierPaperDto,
  FormFieldDto,
} from '../../../../core/api/dossiers.api';
import { DossiersApi } from '../../../../core/api/dossiers.api';
import type { RequiredDocumentDto } from '../../../../core/api/catalogue.api';
import {
  type ActionBodies,
  type ApologySignerDto,
  type AssigneeDto,
  WorkspaceApi,
  type WorkflowAction,
} from '../../../../core/api/workspace.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { formatDate } from '../../../../shared/format/dates';
import { readProblem } from '../../../../shared/forms/problem';
import { statusKey } from '../../../../shared/format/dossier-status';
import { ResultDataForm } from '../../components/result-data-form/result-data-form';
import { type PanelAction, panelActions, refusalKey } from '../../workspace-rules';

/** Actions whose form needs a reason or comment typed in. */
const NEEDS_TEXT: readonly PanelAction[] = [
  'reject',
  'refuse',
  'stop',
  'return-to-specialist',
  'apologise',
];

/**
 * One dossier for an official: procedure, applicant, fees, form (choices by their label), documents (opened in the
 * browser), the electronic result issued, the timeline with each step's deadline, and exactly the actions the server lists
 * for this user (`allowedActions`), each asking for what it needs. When the server still refuses (someone acted first),
 * the page shows the server's reason and reloads the dossier; only a concurrency conflict says to look again.
 */
@Component({
  selector: 'app-case-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert, ResultDataForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-page.html',
  styleUrl: './case-page.scss',
})
export class CasePage {
  private readonly dossiers = inject(DossiersApi);
  private readonly api = inject(WorkspaceApi);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly dossier = signal<DossierDto | null>(null);
  protected readonly failed = signal(false);
  protected readonly selected = signal<PanelAction | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly assignees = signal<readonly AssigneeDto[]>([]);
  protected readonly agencies = signal<readonly AgencyDto[]>([]);
  protected readonly signers = signal<readonly ApologySignerDto[]>([]);
  /** The desk prepares an apology on behalf of a leader it names; a leader signs it themself. */
  protected readonly deskPreparesApology = computed(() => {
    const dossier = this.dossier();
    const profile = this.auth.profile();
    if (!dossier || !profile) return false;
    const leaderHere =
      profile.roles.includes('Leader') &&
      (profile.agencyId === dossier.currentAgencyId ||
        profile.agencyId === dossier.decidingAgencyId);
    return !leaderHere;
  });
  protected readonly statusKey = statusKey;

  protected readonly actions = computed<PanelAction[]>(() =>
    panelActions(this.dossier()?.allowedActions),
  );

  /** Whether the server lists <paramref name="operation"/> for this user now. */
  protected allows(operation: DossierOperation): boolean {
    return this.dossier()?.allowedActions?.includes(operation) ?? false;
  }

  /** The procedure's name in the page's language (the Vietnamese one when the catalogue gives no English). */
  protected procedureName(dossier: DossierDto): string {
    return this.i18n.lang() === 'en' && dossier.procedureNameEn
      ? dossier.procedureNameEn
      : (dossier.procedureName ?? '');
  }

  /** A form value as the applicant chose it: an option by its label, a date as dd/MM/yyyy. */
  protected value(field: FormFieldDto, raw: string | null | undefined): string {
    if (raw == null || raw === '') return '—';
    const option = field.options?.find((o) => o.value === raw);
    if (option) return this.i18n.lang() === 'en' ? option.labelEn || option.label : option.label;
    if (field.type === 'Date' && /^\d{4}-\d{2}-\d{2}/.test(raw)) {
      return formatDate(raw.slice(0, 10), this.i18n.lang(), 'date');
    }
    return raw;
  }

  /**
   * A document's name in the page's language: in English its English name when the catalogue has one, else the
   * Vietnamese name marked as the official name (it has no translation).
   */
  protected documentName(name: string | null | undefined): string {
    if (!name) return '';
    if (this.i18n.lang() !== 'en') return name;
    const document = this.dossier()?.requiredDocuments.find((d) => d.name === name);
    return englishName(document)
      ? document!.nameEn
      : this.i18n.t('case.officialVietnameseName', { name });
  }

  protected money(amount: number): string {
    return `${new Intl.NumberFormat(this.i18n.lang() === 'en' ? 'en-GB' : 'vi-VN').format(amount)} đ`;
  }

  /** The fees' state: nothing to pay, paid at the desk (no online payment), or due, paid, refunded online. */
  protected paymentKey(dossier: DossierDto): TranslationKey {
    if (dossier.amountDueVnd <= 0 && dossier.paymentStatus === 'NotDue') return 'case.payment.none';
    if (dossier.paymentStatus === 'NotDue') return 'case.payment.atDesk';
    return `dossier.payment.${dossier.paymentStatus}`;
  }

  protected downloadResult(): void {
    this.openFile(`/api/v1/dossiers/${encodeURIComponent(this.id)}/result`);
  }

  constructor() {
    this.load();
  }

  protected actionKey(action: PanelAction): TranslationKey {
    return `case.action.${action}`;
  }

  protected stepKey(action: string): TranslationKey {
    return `action.${action}` as TranslationKey;
  }

  protected channelKey(channel: Channel): TranslationKey {
    return `case.channel.${channel}`;
  }

  protected label(field: { label: string; labelEn: string }): string {
    return this.i18n.lang() === 'en' ? field.labelEn : field.label;
  }

  protected when(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }

  /** Actions with a comment box whose reader the official chooses (internal or the applicant). */
  protected takesComment(action: PanelAction): boolean {
    return (
      action === 'return-to-specialist' ||
      (!this.needsText(action) && action !== 'request-supplement' && action !== 'issue-result')
    );
  }

  protected needsText(action: PanelAction): boolean {
    return NEEDS_TEXT.includes(action);
  }

  protected choose(action: PanelAction): void {
    this.selected.set(this.selected() === action ? null : action);
    this.fieldErrors.set({});
    this.message.set(null);
    if ((action === 'assign' || action === 'reassign') && this.assignees().length === 0) {
      this.api.assignees().subscribe({ next: (list) => this.assignees.set(list) });
    }
    if (action === 'apologise' && this.deskPreparesApology() && this.signers().length === 0) {
      this.api.apologySigners(this.id).subscribe({ next: (list) => this.signers.set(list) });
    }
    if (action === 'forward' && this.agencies().length === 0) {
      this.dossiers.agencies('province', 1).subscribe({
        next: (page) =>
          this.agencies.set(page.items.filter((a) => a.id !== this.dossier()?.currentAgencyId)),
      });
    }
    setTimeout(() =>
      this.document
        .getElementById(`action-form-${action}`)
        ?.querySelector<HTMLElement>('input, select, textarea, button')
        ?.focus(),
    );
  }

  /** Opens a document in a new tab (PDF and images show in the browser). */
  protected open(attachment: AttachmentDto): void {
    this.openFile(
      `/api/v1/dossiers/${encodeURIComponent(this.id)}/attachments/${encodeURIComponent(attachment.id)}`,
    );
  }

  protected openPaper(paper: DossierPaperDto): void {
    this.openFile(paper.url);
  }

  protected printApology(): void {
    this.openFile(this.dossiers.documentPath(this.id, 'Apology'));
  }

  /** The name of a responsible agency, from the signers list when loaded. */
  protected agencyName(id: string): string {
    return this.signers().find((s) => s.agencyId === id)?.agencyName ?? '';
  }

  /** The download needs the bearer token, so the file is fetched and shown from memory. */
  private openFile(path: string): void {
    this.dossiers.download(path).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        this.document.defaultView?.open(url, '_blank', 'noopener');
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      error: () => this.say(this.i18n.t('problem.unexpected')),
    });
  }

  /** Reads the chosen action's form and sends it. */
  protected submit(action: PanelAction, event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const optional = (name: string) => text(name) || null;
    const required: Record<string, string> = {};
    const need = (name: string) => {
      if (!text(name)) required[name] = this.i18n.t('case.required');
    };

    // Who a comment is for is chosen explicitly (no default): required as soon as a comment is written.
    const chosenAudience = (form.get('commentAudience') as CommentAudience | null) ?? null;
    const audience = (name: string) => {
      if (!text(name)) return null;
      if (!chosenAudience) required['commentAudience'] = this.i18n.t('case.audienceRequired');
      return chosenAudience;
    };

    let request: Observable<unknown> | null = null;
    const send = <A extends WorkflowAction>(name: A, body: ActionBodies[A]) =>
      (request = this.api.act(this.id, name, body));
    switch (action) {
      case 'receive': {
        const days = text('extensionDays');
        if (days) need('extensionReason');
        send('receive', {
          comment: optional('comment'),
          commentAudience: audience('comment'),
          extensionDays: days ? Number(days) : null,
          extensionReason: days ? text('extensionReason') : null,
        });
        break;
      }
      case 'reject':
      case 'refuse':
      case 'stop':
        need('reasons');
        send(action, { reasons: text('reasons') });
        break;
      case 'request-supplement': {
        // Mẫu số 02, Thông tư 01/2018/TT-VPCP: each item with its reason.
        const documents = this.dossier()?.requiredDocuments ?? [];
        const items = [
          ...documents
            .map((document, i) => ({
              document: document.name,
              reason: text(`reason-${i}`),
              checked: form.getAll('missing').includes(document.name),
            }))
            .filter((item) => item.checked)
            .map(({ document, reason }) => ({ document, reason })),
          ...text('other')
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .map((document) => ({ document, reason: text('otherReason') })),
        ];
        if (items.length === 0) required['missing'] = this.i18n.t('case.missingRequired');
        else if (items.some((item) => !item.reason))
          required['missing'] = this.i18n.t('case.missingReasonRequired');
        send('request-supplement', { items });
        break;
      }
      case 'assign':
      case 'reassign':
        need('assigneeId');
        send(action, {
          assigneeId: text('assigneeId'),
          comment: optional('comment'),
          commentAudience: audience('comment'),
        });
        break;
      case 'forward':
        need('toAgencyId');
        need('stepDeadline');
        send('forward', {
          toAgencyId: text('toAgencyId'),
          stepDeadline: text('stepDeadline')
            ? new Date(`${text('stepDeadline')}T17:00:00+07:00`).toISOString()
            : '',
          assigneeId: null,
          comment: optional('comment'),
          commentAudience: audience('comment'),
        });
        break;
      case 'submit-for-approval':
      case 'approve':
        send(action, { comment: optional('comment'), commentAudience: audience('comment') });
        break;
      case 'return-to-specialist':
        need('comment');
        send('return-to-specialist', {
          comment: text('comment'),
          commentAudience: audience('comment'),
        });
        break;
      case 'apologise':
        need('newAppointmentAt');
        need('reason');
        need('signerTitle');
        if (this.deskPreparesApology()) need('signerId');
        send('apologise', {
          newAppointmentAt: text('newAppointmentAt')
            ? new Date(`${text('newAppointmentAt')}:00+07:00`).toISOString()
            : '',
          reason: text('reason'),
          signerTitle: text('signerTitle'),
          signerId: this.deskPreparesApology() ? text('signerId') : null,
        });
        break;
      case 'return-result':
        send('return-result', {
          channel: text('channel') as Channel,
          comment: optional('comment'),
          commentAudience: audience('comment'),
        });
        break;
      case 'record-uncollected':
        send('record-uncollected', {
          comment: optional('comment'),
          commentAudience: audience('comment'),
        });
        break;
      case 'issue-result': {
        // Upload a signed PDF, or generate from the procedure's template: only what the server offers.
        const file = form.get('file');
        const hasFile = file instanceof File && file.size > 0;
        if (hasFile && this.allows('UploadResult')) request = this.api.uploadResult(this.id, file);
        else if (!hasFile && this.allows('GenerateResult'))
          request = this.api.generateResult(this.id);
        else required['file'] = this.i18n.t('case.resultFileRequired');
        break;
      }
    }
    this.fieldErrors.set(required);
    if (Object.keys(required).length > 0 || !request) {
      this.focusFirstError();
      return;
    }
    this.run(request as Observable<unknown>, action);
  }

  private run(request: Observable<unknown>, action: PanelAction): void {
    const before = this.dossier()?.status;
    this.busy.set(true);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.selected.set(null);
        this.load(() =>
          this.say(this.i18n.t('case.done', { action: this.i18n.t(this.actionKey(action)) })),
        );
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = readProblem(error);
        const fields: Record<string, string> = {};
        for (const [name, messages] of Object.entries(problem.fields)) fields[name] = messages[0];
        this.fieldErrors.set(fields);
        if (Object.keys(fields).length > 0) {
          this.focusFirstError();
          return;
        }
        if (error instanceof HttpErrorResponse && (error.status === 409 || error.status === 403)) {
          // The server refused: say its reason (the problem's detail), and show the dossier and its actions as they are now.
          // Only a concurrency conflict (the dossier changed under us) is something reloading fixes.
          const key = refusalKey(problem.code);
          const detail = key ? this.i18n.t(key) : problemDetail(error);
          const reason = detail
            ? this.i18n.t('case.refused', { reason: detail })
            : this.i18n.t(problem.messageKey ?? 'problem.unexpected');
          this.load((now) => {
            const changed =
              now.status !== before
                ? this.i18n.t('case.changed', { status: this.i18n.t(statusKey(now.status)) })
                : null;
            if (problem.code === 'concurrency.conflict') {
              this.say(changed ?? this.i18n.t('case.concurrency'));
            } else {
              // Someone acted first: say so, and the server's reason for this refusal.
              this.say(changed ? `${changed} ${reason}` : reason);
            }
          });
          this.selected.set(null);
          return;
        }
        this.say(
          problemDetail(error)
            ? this.i18n.t('case.refused', { reason: problemDetail(error)! })
            : this.i18n.t(problem.messageKey ?? 'problem.unexpected'),
        );
      },
    });
  }

  private load(then?: (dossier: DossierDto) => void): void {
    this.dossiers.get(this.id).subscribe({
      next: (dossier) => {
        this.dossier.set(dossier);
        if (dossier.apology && this.signers().length === 0) {
          // Names the responsible agency of the apology shown; a specialist may not list signers, which is fine.
          this.api.apologySigners(this.id).subscribe({
            next: (list) => this.signers.set(list),
            error: () => undefined,
          });
        }
        then?.(dossier);
      },
      error: () => this.failed.set(true),
    });
  }

  private say(text: string): void {
    this.message.set(text);
    setTimeout(() => this.document.getElementById('case-message')?.focus());
  }

  private focusFirstError(): void {
    setTimeout(() => this.document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }
}

/** The problem's own sentence (RFC 9457 `detail`), whatever its code. */
function problemDetail(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse) || typeof error.error !== 'object' || !error.error)
    return null;
  const detail = (error.error as { detail?: unknown }).detail;
  return typeof detail === 'string' && detail.trim() ? detail.trim() : null;
}

/** Whether the catalogue gives the document a real English name (not empty, not the Vietnamese name again). */
function englishName(document: RequiredDocumentDto | undefined): boolean {
  return !!document?.nameEn && document.nameEn.trim() !== document.name.trim();
}
