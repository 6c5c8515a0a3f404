import { Directive, inject, input } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import type { Observable } from 'rxjs';

import type {
  AgencyDto,
  CommentAudience,
  DossierDto,
  DossierOperation,
} from '../../../../core/api/dossiers.api';
import {
  type ActionBodies,
  type ApologySignerDto,
  type AssigneeDto,
  WorkspaceApi,
  type WorkflowAction,
} from '../../../../core/api/workspace.api';
import { TranslationService } from '../../../../core/i18n';
import type { PanelAction } from '../../workspace-rules';

/** What the case page gives the open action panel, and where the panel hands its request back. */
export interface ActionPanelContext {
  readonly action: PanelAction;
  readonly dossier: DossierDto;
  /** The fields the last attempt was refused for (by the panel or by the server), by name. */
  readonly errors: Readonly<Record<string, string>>;
  readonly busy: boolean;
  readonly assignees: readonly AssigneeDto[];
  readonly agencies: readonly AgencyDto[];
  readonly signers: readonly ApologySignerDto[];
  /** The desk prepares an apology on behalf of a leader it names; a leader signs it themself. */
  readonly deskPreparesApology: boolean;
  /** Sends the request, or shows the fields still missing (a request is sent only when none are). */
  send(request: Observable<unknown> | null, missing: Record<string, string>): void;
}

/** A comment and whom it is for (internal or the applicant), chosen explicitly: there is no default reader. */
export type CommentGroup = FormGroup<{
  comment: FormControl<string>;
  commentAudience: FormControl<CommentAudience | null>;
}>;

export function commentGroup(): CommentGroup {
  return new FormGroup({
    comment: new FormControl('', { nonNullable: true }),
    commentAudience: new FormControl<CommentAudience | null>(null),
  });
}

/** A text control's value without surrounding blanks. */
export function text(control: FormControl<string | null>): string {
  return String(control.value ?? '').trim();
}

/** One action's panel: reads its own typed form, checks what is required and sends the action's request. */
@Directive()
export abstract class ActionPanel {
  protected readonly api = inject(WorkspaceApi);
  protected readonly i18n = inject(TranslationService);
  readonly context = input.required<ActionPanelContext>();
  /** The fields found missing while reading the form. */
  protected missing: Record<string, string> = {};

  protected get action(): PanelAction {
    return this.context().action;
  }

  protected get dossier(): DossierDto {
    return this.context().dossier;
  }

  protected error(name: string): string | null {
    return this.context().errors[name] ?? null;
  }

  /** Whether the server lists <paramref name="operation"/> for this user now. */
  protected allows(operation: DossierOperation): boolean {
    return this.dossier.allowedActions?.includes(operation) ?? false;
  }

  protected submit(): void {
    this.missing = {};
    const request = this.read();
    this.context().send(request, this.missing);
  }

  /** Reads the form into the action's request; marks what is missing with {@link need}. */
  protected abstract read(): Observable<unknown> | null;

  protected need(name: string, value: string, key: 'case.required' = 'case.required'): void {
    if (!value) this.missing[name] = this.i18n.t(key);
  }

  /** The comment when one is written, with its chosen reader (required as soon as a comment is written). */
  protected comment(group: CommentGroup): {
    comment: string | null;
    commentAudience: CommentAudience | null;
  } {
    const comment = text(group.controls.comment);
    const audience = group.controls.commentAudience.value;
    if (comment && !audience)
      this.missing['commentAudience'] = this.i18n.t('case.audienceRequired');
    return { comment: comment || null, commentAudience: comment ? audience : null };
  }

  protected send<A extends WorkflowAction>(name: A, body: ActionBodies[A]): Observable<unknown> {
    return this.api.act(this.dossier.id, name, body);
  }
}
