import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject, debounceTime } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import type { RequiredDocumentDto } from '../../../../core/api/catalogue.api';
import {
  type AttachmentDto,
  type DossierDto,
  DossiersApi,
  type FormValues,
} from '../../../../core/api/dossiers.api';
import { formatDate } from '../../../../shared/format/dates';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { ErrorSummary, type SummaryItem } from '../../../../shared/forms/error-summary';
import { readProblem } from '../../../../shared/forms/problem';
import { draftStorage } from '../../draft-storage';
import { validateForm } from '../../../../shared/forms/form-rules';
import { DocumentUploads } from '../../../../shared/components/document-uploads/document-uploads';
import { FormFields } from '../../../../shared/components/form-fields/form-fields';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'expired';

/**
 * The application form generated from the dossier's form schema, with the documents to attach. Every change is kept
 * in the tab at once and saved to the server a moment later (autosave), so the applicant can leave and come back.
 */
@Component({
  selector: 'app-draft-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert, ErrorSummary, DocumentUploads, FormFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './draft-page.html',
})
export class DraftPage {
  private readonly api = inject(DossiersApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly changes = new Subject<void>();
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly dossier = signal<DossierDto | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly values = signal<Record<string, string>>({});
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly documentErrors = signal<Record<number, string>>({});
  protected readonly saveState = signal<SaveState>('idle');
  protected readonly savedAt = signal<Date | null>(null);
  protected readonly returnUrl = `/ho-so/${this.id}/soan`;

  protected readonly summary = computed<readonly SummaryItem[]>(() => {
    const dossier = this.dossier();
    if (!dossier) return [];
    return [
      ...dossier.formFields
        .filter((f) => this.fieldErrors()[f.key])
        .map((f) => ({ fieldId: `field-${f.key}`, message: this.fieldErrors()[f.key] })),
      ...dossier.requiredDocuments
        .map((_, index) => index)
        .filter((index) => this.documentErrors()[index])
        .map((index) => ({ fieldId: `document-${index}`, message: this.documentErrors()[index] })),
    ];
  });

  constructor() {
    this.api.get(this.id).subscribe({
      next: (dossier) => {
        if (dossier.status !== 'Draft') {
          void this.router.navigate(['/ho-so', dossier.id], { replaceUrl: true });
          return;
        }
        const saved = Object.fromEntries(
          Object.entries(dossier.formData).map(([k, v]) => [k, v ?? '']),
        );
        const unsaved = draftStorage.read(this.id);
        this.values.set({ ...saved, ...(unsaved as Record<string, string> | null) });
        this.dossier.set(dossier);
        if (unsaved) this.changes.next(); // typed before a session expired: send it now
      },
      error: () => this.loadFailed.set(true),
    });
    this.changes
      .pipe(debounceTime(1200), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.save());
  }

  protected attachmentsFor(document: RequiredDocumentDto) {
    return (this.dossier()?.attachments ?? []).filter((a) => a.documentName === document.name);
  }

  protected change(key: string, value: string): void {
    this.values.update((values) => ({ ...values, [key]: value }));
    draftStorage.write(this.id, this.values());
    if (this.fieldErrors()[key]) {
      this.fieldErrors.update(({ [key]: _, ...rest }) => rest);
    }
    this.changes.next();
  }

  /** A file arrived: it joins the dossier, and the "not attached yet" error of its document goes away. */
  protected attached(attachment: AttachmentDto): void {
    this.dossier.update((d) => (d ? { ...d, attachments: [...d.attachments, attachment] } : d));
    const index =
      this.dossier()?.requiredDocuments.findIndex((d) => d.name === attachment.documentName) ?? -1;
    if (index >= 0 && this.documentErrors()[index]) {
      this.documentErrors.update(({ [index]: _, ...rest }) => rest);
    }
  }

  protected removed(attachmentId: string): void {
    this.dossier.update((d) =>
      d ? { ...d, attachments: d.attachments.filter((a) => a.id !== attachmentId) } : d,
    );
  }

  /** Checks everything at once (the form and the mandatory documents), saves, and goes to the review page. */
  protected continue(): void {
    const dossier = this.dossier();
    if (!dossier) return;
    const files = new Set(dossier.attachments.map((a) => a.id.toLowerCase()));
    this.fieldErrors.set(validateForm(dossier.formFields, this.values(), this.i18n.lang(), files));
    const missing: Record<number, string> = {};
    dossier.requiredDocuments.forEach((document, index) => {
      if (document.mandatory && this.attachmentsFor(document).length === 0) {
        missing[index] = this.i18n.t('apply.documents.missing', {
          name: this.i18n.lang() === 'en' ? document.nameEn : document.name,
        });
      }
    });
    this.documentErrors.set(missing);
    if (this.summary().length > 0) return;
    this.save(() => void this.router.navigate(['/ho-so', this.id, 'xem-lai']));
  }

  protected savedTime(): string {
    return formatDate(this.savedAt(), this.i18n.lang(), 'time');
  }

  private save(then?: () => void): void {
    this.saveState.set('saving');
    const values: FormValues = Object.fromEntries(
      Object.entries(this.values()).filter(([, v]) => v !== ''),
    );
    this.api.saveDraft(this.id, values).subscribe({
      next: () => {
        draftStorage.clear(this.id);
        this.saveState.set('saved');
        this.savedAt.set(new Date());
        then?.();
      },
      error: (error: unknown) => {
        const expired = error instanceof HttpErrorResponse && error.status === 401;
        this.saveState.set(expired ? 'expired' : 'failed');
        const problem = readProblem(error);
        const fields: Record<string, string> = {};
        for (const [name, messages] of Object.entries(problem.fields)) {
          if (name.startsWith('formData.')) fields[name.slice('formData.'.length)] = messages[0];
        }
        if (Object.keys(fields).length > 0) this.fieldErrors.set(fields);
      },
    });
  }
}
