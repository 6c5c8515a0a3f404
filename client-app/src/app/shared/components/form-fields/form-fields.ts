import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';

import type { AttachmentDto, FormFieldDto } from '../../../core/api/dossiers.api';
import { TranslatePipe, TranslationService } from '../../../core/i18n';
import { FileUpload } from '../file-upload/file-upload';

/**
 * The fields of a procedure's form schema, each with its label, required mark, help and error in place (inputs with
 * the ids `field-<key>` that error summaries link to). Used by the applicant's draft, the procedure editor's preview
 * (so the editor sees what citizens see) and the desk's walk-in entry.
 *
 * A field of type File is an upload (the same picker as the documents list) whose value is the attached file's id,
 * which the API's FormDataValidator checks against the dossier's files. In the preview the picker is shown but cannot
 * be used; at the desk (no dossier yet, the paper is checked by hand) it stays a note of what was handed in.
 */
@Component({
  selector: 'app-form-fields',
  imports: [TranslatePipe, FileUpload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './form-fields.html',
  styles:
    ':host { display: grid; gap: 1.25rem; } .apply__required { color: var(--color-error); } .form-field__label { margin: 0; font-weight: 600; }',
})
export class FormFields {
  private readonly i18n = inject(TranslationService);

  readonly fields = input.required<readonly FormFieldDto[]>();
  readonly values = input.required<Readonly<Record<string, string>>>();
  readonly errors = input<Readonly<Record<string, string>>>({});
  /** The draft whose files a File field attaches to; null: no uploads here. */
  readonly dossierId = input<string | null>(null);
  /** The dossier's attached files (a File field shows the one its value names). */
  readonly attachments = input<readonly AttachmentDto[]>([]);
  /** The procedure editor's preview: File fields are drawn as the applicant's upload, nothing is sent. */
  readonly preview = input(false);
  /** The inputs' ids: `field-<key>`, or in the preview `preview-<index>` (keys may still be blank there). */
  readonly idPrefix = input('field-');
  readonly valueChange = output<{ key: string; value: string }>();
  readonly attached = output<AttachmentDto>();
  readonly removed = output<string>();

  protected text(value: { label: string; labelEn: string }): string {
    return this.i18n.lang() === 'en' ? value.labelEn || value.label : value.label || value.labelEn;
  }

  protected idOf(field: FormFieldDto, index: number): string {
    return this.preview() ? `${this.idPrefix()}${index}` : `${this.idPrefix()}${field.key}`;
  }

  protected isUpload(field: FormFieldDto): boolean {
    return field.type === 'File' && (this.preview() || this.dossierId() !== null);
  }

  protected fileOf(key: string): readonly AttachmentDto[] {
    const id = this.valueOf(key);
    return id ? this.attachments().filter((a) => a.id === id) : [];
  }

  protected fileAttached(key: string, attachment: AttachmentDto): void {
    this.attached.emit(attachment);
    this.set(key, attachment.id);
  }

  protected fileRemoved(key: string, attachmentId: string): void {
    this.removed.emit(attachmentId);
    if (this.valueOf(key) === attachmentId) this.set(key, '');
  }

  protected help(field: FormFieldDto): string | null {
    return this.i18n.lang() === 'en' ? (field.helpEn ?? field.help) : field.help;
  }

  protected describedBy(field: FormFieldDto, index: number): string | null {
    const id = this.idOf(field, index);
    const ids = [this.help(field) ? `${id}-help` : null, this.errors()[field.key] ? `${id}-error` : null];
    return ids.filter(Boolean).join(' ') || null;
  }

  protected valueOf(key: string): string {
    return Object.hasOwn(this.values(), key) ? this.values()[key] : '';
  }

  protected inputType(field: FormFieldDto): string {
    return { Date: 'date', Email: 'email', Phone: 'tel' }[field.type as string] ?? 'text';
  }

  protected inputMode(field: FormFieldDto): string | null {
    return field.type === 'Number' ? 'decimal' : field.type === 'CitizenId' ? 'numeric' : null;
  }

  protected set(key: string, value: string): void {
    this.valueChange.emit({ key, value });
  }
}
