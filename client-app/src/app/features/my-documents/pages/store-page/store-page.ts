import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';

import {
  type PersonalDocumentDetails,
  type PersonalDocumentDto,
  PersonalDocumentsApi,
} from '../../../../core/api/personal-documents.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { formatDate } from '../../../../shared/format/dates';
import { readProblem } from '../../../../shared/forms/problem';

/**
 * The applicant's own document store (Kho dữ liệu của tôi): what an agency accepted or issued, and what they saved
 * themselves; add, edit (their own uploads: the server says which), remove and download.
 */
@Component({
  selector: 'app-store-page',
  imports: [TranslatePipe, ReactiveFormsModule, RouterLink, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './store-page.html',
  styleUrl: './store-page.scss',
})
export class StorePage {
  private readonly api = inject(PersonalDocumentsApi);
  private readonly i18n = inject(TranslationService);

  protected readonly documents = rxResource({ stream: () => this.api.list() });
  /** The document being edited; null: the form adds a new one. */
  protected readonly editing = signal<PersonalDocumentDto | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<Readonly<Partial<Record<string, readonly string[]>>>>({});
  protected readonly notice = signal<string | null>(null);

  protected readonly form = new FormGroup({
    documentType: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    issuingBody: new FormControl('', { nonNullable: true }),
    number: new FormControl('', { nonNullable: true }),
    issuedOn: new FormControl('', { nonNullable: true }),
    validUntil: new FormControl('', { nonNullable: true }),
  });

  protected date(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'date');
  }

  protected origin(document: PersonalDocumentDto): string {
    const origin = this.i18n.t(`store.origin.${document.origin}`);
    if (document.origin === 'Uploaded') return `${origin}, ${this.date(document.originAt)}`;
    const agency =
      (this.i18n.lang() === 'en' ? document.originAgencyNameEn : document.originAgencyName) ?? '';
    return this.i18n.t('store.originDetail', {
      origin,
      code: document.originDossierCode ?? '',
      agency,
      date: this.date(document.originAt),
    });
  }

  protected pick(input: HTMLInputElement): void {
    this.file.set(input.files?.[0] ?? null);
  }

  protected edit(document: PersonalDocumentDto): void {
    this.editing.set(document);
    this.form.setValue({
      documentType: document.documentType,
      issuingBody: document.issuingBody ?? '',
      number: document.number ?? '',
      issuedOn: document.issuedOn ?? '',
      validUntil: document.validUntil ?? '',
    });
    queueMicrotask(() => globalThis.document.getElementById('store-type')?.focus());
  }

  protected cancel(): void {
    this.editing.set(null);
    this.form.reset();
    this.fieldErrors.set({});
    this.error.set(null);
  }

  protected save(): void {
    this.form.markAllAsTouched();
    const editing = this.editing();
    const file = this.file();
    if (this.form.invalid || (!editing && !file)) return;
    const value = this.form.getRawValue();
    const details: PersonalDocumentDetails = {
      documentType: value.documentType,
      issuingBody: value.issuingBody || null,
      number: value.number || null,
      issuedOn: value.issuedOn || null,
      validUntil: value.validUntil || null,
    };
    this.busy.set(true);
    this.error.set(null);
    this.fieldErrors.set({});
    const request = editing ? this.api.edit(editing.id, details) : this.api.upload(file!, details);
    request.subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.notice.set(this.i18n.t('store.saved', { name: saved.documentType }));
        this.file.set(null);
        this.cancel();
        this.documents.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = readProblem(error);
        this.fieldErrors.set(problem.fields);
        this.error.set(problem.detail ?? this.i18n.t(problem.messageKey ?? 'problem.unexpected'));
      },
    });
  }

  protected remove(document: PersonalDocumentDto): void {
    if (!globalThis.confirm(this.i18n.t('store.removeConfirm', { name: document.documentType })))
      return;
    this.api.remove(document.id).subscribe({
      next: () => {
        this.notice.set(this.i18n.t('store.removed', { name: document.documentType }));
        this.documents.reload();
      },
      error: (error: unknown) =>
        this.error.set(readProblem(error).detail ?? this.i18n.t('problem.unexpected')),
    });
  }

  protected download(document: PersonalDocumentDto): void {
    this.api.content(document.id).subscribe((blob) => {
      const url = URL.createObjectURL(blob);
      const link = globalThis.document.createElement('a');
      link.href = url;
      link.download = document.fileName;
      link.click();
      URL.revokeObjectURL(url);
    });
  }
}
