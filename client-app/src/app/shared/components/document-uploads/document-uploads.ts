import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { of } from 'rxjs';

import type { RequiredDocumentDto } from '../../../core/api/catalogue.api';
import type { AttachmentDto } from '../../../core/api/dossiers.api';
import { PersonalDocumentsApi } from '../../../core/api/personal-documents.api';
import { TranslatePipe, TranslationService } from '../../../core/i18n';
import { FileUpload } from '../file-upload/file-upload';
import { StorePicker } from '../store-picker/store-picker';

/**
 * The documents a dossier needs, each with its attached files and a file picker (the same one a form field of type File
 * uses), and the page's error in place. Used while drafting and when answering a supplement request.
 */
@Component({
  selector: 'app-document-uploads',
  imports: [TranslatePipe, FileUpload, StorePicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './document-uploads.html',
  styleUrl: './document-uploads.scss',
})
export class DocumentUploads {
  private readonly i18n = inject(TranslationService);
  private readonly store = inject(PersonalDocumentsApi);

  readonly dossierId = input.required<string>();
  readonly documents = input.required<readonly RequiredDocumentDto[]>();
  readonly attachments = input.required<readonly AttachmentDto[]>();
  /** Errors the page found (a mandatory document without a file), by document index. */
  readonly errors = input<Readonly<Record<number, string>>>({});
  /** Whether attached files may be removed (while drafting). */
  readonly removable = input(true);
  /** Only files attached after this instant are listed (a supplement shows what it adds). */
  readonly since = input<string | null>(null);
  /** Whether the applicant may also take documents from their own store (the applicant's pages, not the desk's). */
  readonly fromStore = input(false);

  /** The applicant's store, listed for this dossier (each document names the required documents it matches). */
  protected readonly storeDocuments = rxResource({
    params: () => (this.fromStore() ? this.dossierId() : null),
    stream: ({ params }) => (params ? this.store.list(params) : of([])),
  });

  readonly attached = output<AttachmentDto>();
  readonly removed = output<string>();

  protected documentName(document: RequiredDocumentDto): string {
    return this.i18n.lang() === 'en' ? document.nameEn : document.name;
  }

  protected attachmentsFor(document: RequiredDocumentDto): readonly AttachmentDto[] {
    const since = this.since();
    return this.attachments().filter(
      (a) => a.documentName === document.name && (since === null || a.uploadedAt > since),
    );
  }
}
