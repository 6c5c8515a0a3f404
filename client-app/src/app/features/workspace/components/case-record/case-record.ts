import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';

import type {
  AttachmentDto,
  DigitisedCopyDto,
  DossierDto,
  FormFieldDto,
} from '../../../../core/api/dossiers.api';
import { DossiersApi } from '../../../../core/api/dossiers.api';
import type { ApologySignerDto } from '../../../../core/api/workspace.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { formatDate } from '../../../../shared/format/dates';
import { ResultDataForm } from '../result-data-form/result-data-form';
import { CaseFiles } from './case-files';
import { attachmentSource } from './attachment-source';
import { documentName } from './document-name';
import { FactRow } from '../../../../shared/components/fact-row/fact-row';

/**
 * What an official reads of one dossier: the applicant, fees and dates, the apology issued, the form (choices by their
 * label), the documents (opened in the browser), the electronic result issued, and the timeline with each step's deadline.
 */
@Component({
  selector: 'app-case-record',
  imports: [FactRow, TranslatePipe, ResultDataForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-record.html',
  styleUrl: './case-record.scss',
})
export class CaseRecord {
  private readonly dossiers = inject(DossiersApi);
  private readonly files = inject(CaseFiles);
  private readonly i18n = inject(TranslationService);

  readonly dossier = input.required<DossierDto>();
  readonly signers = input<readonly ApologySignerDto[]>([]);
  /** A file could not be opened. */
  readonly downloadFailed = output<void>();

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

  protected source(attachment: AttachmentDto): string | null {
    return attachmentSource(attachment.source, this.i18n);
  }

  protected documentName(name: string | null | undefined): string {
    return documentName(this.dossier().requiredDocuments, name, this.i18n);
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

  protected stepKey(action: string): TranslationKey {
    return `action.${action}` as TranslationKey;
  }

  protected label(field: { label: string; labelEn: string }): string {
    return this.i18n.lang() === 'en' ? field.labelEn : field.label;
  }

  /** A calendar date (yyyy-MM-dd) as the page's language writes it. */
  protected day(value: string | null | undefined): string {
    return formatDate(value, this.i18n.lang(), 'date');
  }

  protected when(value: string | null): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }

  /** The name of a responsible agency, from the signers list when loaded. */
  protected agencyName(id: string): string {
    return this.signers().find((s) => s.agencyId === id)?.agencyName ?? '';
  }

  protected downloadResult(): void {
    this.openFile(`/api/v1/dossiers/${encodeURIComponent(this.dossier().id)}/result`);
  }

  /** Opens a document in a new tab (PDF and images show in the browser). */
  protected open(attachment: AttachmentDto): void {
    this.openFile(
      `/api/v1/dossiers/${encodeURIComponent(this.dossier().id)}/attachments/${encodeURIComponent(attachment.id)}`,
    );
  }

  /** Opens the scan of a digitised copy. */
  protected openCopy(copy: DigitisedCopyDto): void {
    this.openFile(
      `/api/v1/dossiers/${encodeURIComponent(this.dossier().id)}/digitised-copies/${encodeURIComponent(copy.id)}`,
    );
  }

  protected printApology(): void {
    this.openFile(this.dossiers.documentPath(this.dossier().id, 'Apology'));
  }

  private openFile(path: string): void {
    this.files.open(path, () => this.downloadFailed.emit());
  }
}
