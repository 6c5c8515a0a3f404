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
import { EMPTY, Subject, catchError, concatMap, finalize, tap } from 'rxjs';

import type { RequiredDocumentDto } from '../../../../core/api/catalogue.api';
import { type AttachmentDto, DossiersApi } from '../../../../core/api/dossiers.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { readProblem } from '../../../../shared/forms/problem';

interface Upload {
  readonly document: string;
  readonly fileName: string;
  readonly percent: number;
}

interface QueuedUpload {
  readonly index: number;
  readonly document: RequiredDocumentDto;
  readonly file: File;
  readonly entry: Upload;
}

/** Files the portal accepts, checked again by content on the server. */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx';
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The documents a dossier needs, each with its attached files, a file picker, a progress bar per upload and the
 * upload's own error in place. Used while drafting and when answering a supplement request.
 */
@Component({
  selector: 'app-document-uploads',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './document-uploads.html',
  styleUrl: './document-uploads.scss',
})
export class DocumentUploads {
  private readonly api = inject(DossiersApi);
  private readonly i18n = inject(TranslationService);
  private readonly queue = new Subject<QueuedUpload>();

  readonly dossierId = input.required<string>();
  readonly documents = input.required<readonly RequiredDocumentDto[]>();
  readonly attachments = input.required<readonly AttachmentDto[]>();
  /** Errors the page found (a mandatory document without a file), by document index. */
  readonly errors = input<Readonly<Record<number, string>>>({});
  /** Whether attached files may be removed (while drafting). */
  readonly removable = input(true);
  /** Only files attached after this instant are listed (a supplement shows what it adds). */
  readonly since = input<string | null>(null);

  readonly attached = output<AttachmentDto>();
  readonly removed = output<string>();

  protected readonly accept = ACCEPT;
  protected readonly uploads = signal<readonly Upload[]>([]);
  protected readonly uploadErrors = signal<Record<number, string>>({});

  constructor() {
    this.queue
      .pipe(
        concatMap((upload) => this.send(upload)),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe();
  }

  protected documentName(document: RequiredDocumentDto): string {
    return this.i18n.lang() === 'en' ? document.nameEn : document.name;
  }

  protected errorOf(index: number): string | null {
    return this.uploadErrors()[index] ?? this.errors()[index] ?? null;
  }

  protected attachmentsFor(document: RequiredDocumentDto): readonly AttachmentDto[] {
    const since = this.since();
    return this.attachments().filter(
      (a) => a.documentName === document.name && (since === null || a.uploadedAt > since),
    );
  }

  protected uploadsFor(document: RequiredDocumentDto): readonly Upload[] {
    return this.uploads().filter((u) => u.document === document.name);
  }

  protected upload(index: number, document: RequiredDocumentDto, input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      this.setError(index, this.i18n.t('apply.documents.tooLarge', { name: file.name }));
      return;
    }
    this.setError(index, null);
    const entry: Upload = { document: document.name, fileName: file.name, percent: 0 };
    this.uploads.update((list) => [...list, entry]);
    this.queue.next({ index, document, file, entry });
  }

  protected remove(attachmentId: string): void {
    this.api.removeAttachment(this.dossierId(), attachmentId).subscribe({
      next: () => this.removed.emit(attachmentId),
    });
  }

  /**
   * Uploads one file at a time: the dossier's files change together with its row version (so the total size limit
   * holds), and two uploads at once would make one of them a conflict.
   */
  private send({ index, document, file, entry }: QueuedUpload) {
    const same = (u: Upload) => u.fileName === entry.fileName && u.document === entry.document;
    const update = (percent: number) =>
      this.uploads.update((list) => list.map((u) => (same(u) ? { ...u, percent } : u)));
    return this.api.attach(this.dossierId(), file, document.name).pipe(
      tap((event) => {
        if (event.type === HttpEventType.UploadProgress && event.total) {
          update(Math.round((100 * event.loaded) / event.total));
        } else if (event.type === HttpEventType.Response && event.body) {
          this.attached.emit(event.body);
        }
      }),
      catchError((error: unknown) => {
        const problem = readProblem(error);
        const message =
          Object.values(problem.fields)[0]?.[0] ??
          problem.detail ??
          this.i18n.t(problem.messageKey ?? 'problem.unexpected');
        this.setError(index, `${file.name}: ${message}`);
        return EMPTY;
      }),
      finalize(() => this.uploads.update((list) => list.filter((u) => !same(u)))),
    );
  }

  private setError(index: number, message: string | null): void {
    this.uploadErrors.update((errors) => {
      const { [index]: _, ...rest } = errors;
      return message ? { ...rest, [index]: message } : rest;
    });
  }
}
