import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { EMPTY, catchError, tap } from 'rxjs';

import { type AttachmentDto, DossiersApi } from '../../../core/api/dossiers.api';
import { TranslatePipe, TranslationService } from '../../../core/i18n';
import { LOCALES } from '../../format/dates';
import { problemSentence, readProblem } from '../../forms/problem';
import { UploadQueue, formatFileSize } from './upload-queue';

/** Files the portal accepts, checked again by content on the server. */
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx';
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface Upload {
  readonly fileName: string;
  readonly percent: number;
}

/**
 * One place for files: the files already attached (name and size, each removable), a file picker reachable by the
 * keyboard, a progress bar per upload and the upload's own error. A required document holds several files; a form
 * field of type File holds one, which a new upload replaces. Without a dossier (the procedure editor's preview) the
 * picker is shown as the applicant sees it but cannot be used.
 */
@Component({
  selector: 'app-file-upload',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-upload.html',
  styleUrl: '../document-uploads/document-uploads.scss',
})
export class FileUpload {
  private readonly api = inject(DossiersApi);
  private readonly i18n = inject(TranslationService);
  private readonly queue = inject(UploadQueue);
  private readonly destroyRef = inject(DestroyRef);

  /** The file input's id (what labels and error summaries point at). */
  readonly inputId = input.required<string>();
  /** What the files are for, read after "Choose a file:" by screen readers. */
  readonly label = input.required<string>();
  /** The dossier the files are attached to; null: a preview, nothing can be sent. */
  readonly dossierId = input<string | null>(null);
  /** The required document the files are for (null for a form field's file). */
  readonly documentName = input<string | null>(null);
  readonly files = input<readonly AttachmentDto[]>([]);
  /** One file only: a new upload replaces it. */
  readonly single = input(false);
  readonly removable = input(true);
  /** Ids of the hint and error the parent shows for this input. */
  readonly describedBy = input<string | null>(null);

  readonly attached = output<AttachmentDto>();
  readonly removed = output<string>();

  protected readonly accept = ACCEPT;
  protected readonly uploads = signal<readonly Upload[]>([]);
  protected readonly uploadError = signal<string | null>(null);

  protected size(bytes: number): string {
    return formatFileSize(bytes, LOCALES[this.i18n.lang()]);
  }

  protected describedByIds(): string | null {
    const ids = [this.describedBy(), this.uploadError() ? `${this.inputId()}-upload-error` : null];
    return ids.filter(Boolean).join(' ') || null;
  }

  protected pick(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    const dossierId = this.dossierId();
    if (!file || !dossierId) return;
    if (file.size > MAX_FILE_BYTES) {
      this.uploadError.set(this.i18n.t('apply.documents.tooLarge', { name: file.name }));
      return;
    }
    this.uploadError.set(null);
    const replaced = this.single() ? this.files().map((f) => f.id) : [];
    const entry: Upload = { fileName: file.name, percent: 0 };
    this.uploads.update((list) => [...list, entry]);
    const update = (percent: number) =>
      this.uploads.update((list) => list.map((u) => (u === entry ? { ...u, percent } : u)));
    const done = () => this.uploads.update((list) => list.filter((u) => u.fileName !== file.name));
    this.queue
      .run(() => this.api.attach(dossierId, file, this.documentName()))
      .pipe(
        tap((event) => {
          if (event.type === HttpEventType.UploadProgress && event.total) {
            update(Math.round((100 * event.loaded) / event.total));
          } else if (event.type === HttpEventType.Response && event.body) {
            done();
            this.attached.emit(event.body);
            replaced.forEach((id) => this.remove(id));
          }
        }),
        catchError((error: unknown) => {
          done();
          const problem = readProblem(error);
          const message = problemSentence(problem, (key) => this.i18n.t(key));
          this.uploadError.set(`${file.name}: ${message}`);
          return EMPTY;
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
  }

  protected remove(attachmentId: string): void {
    const dossierId = this.dossierId();
    if (!dossierId) return;
    this.queue
      .run(() => this.api.removeAttachment(dossierId, attachmentId))
      .subscribe({ next: () => this.removed.emit(attachmentId) });
  }
}
