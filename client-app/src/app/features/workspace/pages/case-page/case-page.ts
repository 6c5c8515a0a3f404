import { DOCUMENT, NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { Observable } from 'rxjs';

import type {
  AgencyDto,
  Channel,
  DossierDto,
  DossierPaperDto,
} from '../../../../core/api/dossiers.api';
import { DossiersApi } from '../../../../core/api/dossiers.api';
import {
  type ApologySignerDto,
  type AssigneeDto,
  WorkspaceApi,
} from '../../../../core/api/workspace.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { statusKey } from '../../../../shared/format/dossier-status';
import {
  ACTION_PANELS,
  type ActionPanelContext,
} from '../../components/action-panels/action-panels';
import { CaseFiles } from '../../components/case-record/case-files';
import { CaseRecord } from '../../components/case-record/case-record';
import { type PanelAction, deskPreparesApology, panelActions } from '../../workspace-rules';
import { readRefusal } from './case-refusal';
import { PaperList } from '../../../../shared/components/paper-list/paper-list';

/**
 * One dossier for an official: its record (see CaseRecord), and exactly the actions the server lists for this user
 * (`allowedActions`), each opening its own panel that asks for what it needs. When the server still refuses (someone
 * acted first), the page shows the server's reason and reloads the dossier; only a concurrency conflict says to look again.
 */
@Component({
  selector: 'app-case-page',
  imports: [PaperList, TranslatePipe, RouterLink, ErrorAlert, CaseRecord, NgComponentOutlet],
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
  private readonly files = inject(CaseFiles);
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
  protected readonly deskPreparesApology = computed(() =>
    deskPreparesApology(this.dossier(), this.auth.profile()),
  );
  protected readonly statusKey = statusKey;
  protected readonly panels = ACTION_PANELS;

  protected readonly actions = computed<PanelAction[]>(() =>
    panelActions(this.dossier()?.allowedActions),
  );

  /** The procedure's name in the page's language (the Vietnamese one when the catalogue gives no English). */
  protected procedureName(dossier: DossierDto): string {
    return this.i18n.lang() === 'en' && dossier.procedureNameEn
      ? dossier.procedureNameEn
      : (dossier.procedureName ?? '');
  }

  constructor() {
    this.load();
  }

  protected readonly actionKey = (action: PanelAction): TranslationKey => `case.action.${action}`;
  protected readonly channelKey = (channel: Channel): TranslationKey => `case.channel.${channel}`;

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

  protected openPaper(paper: DossierPaperDto): void {
    this.files.open(paper.url, () => this.downloadFailed());
  }

  /** A file could not be opened. */
  protected downloadFailed(): void {
    this.say(this.i18n.t('problem.unexpected'));
  }

  /** What the open panel is given, and where it hands its request back. */
  protected readonly context = computed<ActionPanelContext | null>(() => {
    const action = this.selected();
    const dossier = this.dossier();
    if (!action || !dossier) return null;
    return {
      action,
      dossier,
      errors: this.fieldErrors(),
      busy: this.busy(),
      assignees: this.assignees(),
      agencies: this.agencies(),
      signers: this.signers(),
      deskPreparesApology: this.deskPreparesApology(),
      send: (request, missing) => {
        this.fieldErrors.set(missing);
        if (Object.keys(missing).length > 0 || !request) {
          this.focusFirstError();
          return;
        }
        this.run(request, action);
      },
    };
  });

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
        const refusal = readRefusal(error, before, this.i18n);
        this.fieldErrors.set(refusal.kind === 'fields' ? refusal.fields : {});
        if (refusal.kind === 'fields') {
          this.focusFirstError();
        } else if (refusal.kind === 'reload') {
          this.load((now) => this.say(refusal.message(now)));
          this.selected.set(null);
        } else {
          this.say(refusal.message);
        }
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
