import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';

import type { RequiredDocumentDto } from '../../../../core/api/catalogue.api';
import { type DossierDto, DossiersApi, type FormFieldDto } from '../../../../core/api/dossiers.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { ErrorSummary, type SummaryItem } from '../../../../shared/forms/error-summary';
import { readProblem } from '../../../../shared/forms/problem';
import { submissionKey } from '../../draft-storage';
import { agencyName, feeText } from '../../fees';
import { formatDate, LOCALES } from '../../../../shared/format/dates';
import { formatFileSize } from '../../../../shared/components/file-upload/upload-queue';

/** Everything the applicant is about to send, once more, then the submission (safe to click twice). */
@Component({
  selector: 'app-review-page',
  imports: [TranslatePipe, RouterLink, ErrorAlert, ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-page.html',
})
export class ReviewPage {
  private readonly api = inject(DossiersApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly dossier = signal<DossierDto | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly busy = signal(false);
  protected readonly problems = signal<readonly SummaryItem[]>([]);

  constructor() {
    this.api.get(this.id).subscribe({
      next: (dossier) =>
        dossier.status === 'Draft'
          ? this.dossier.set(dossier)
          : void this.router.navigate(['/ho-so', dossier.id, 'da-nop'], { replaceUrl: true }),
      error: () => this.loadFailed.set(true),
    });
  }

  protected label(field: FormFieldDto): string {
    return this.i18n.lang() === 'en' ? field.labelEn : field.label;
  }

  /** A value as the applicant knows it: a date dd/MM/yyyy, an option's label, a file's name and size. */
  protected value(dossier: DossierDto, field: FormFieldDto): string {
    const raw = dossier.formData[field.key];
    if (!raw) return '—';
    if (field.type === 'Date' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return formatDate(raw, this.i18n.lang());
    if (field.type === 'File') {
      const file = dossier.attachments.find((a) => a.id === raw);
      return file
        ? `${file.fileName} (${formatFileSize(file.size, LOCALES[this.i18n.lang()])})`
        : this.i18n.t('apply.review.noFile');
    }
    const option = field.options?.find((o) => o.value === raw);
    return option ? (this.i18n.lang() === 'en' ? option.labelEn : option.label) : raw;
  }

  protected fee(dossier: DossierDto): string {
    return feeText(dossier, this.i18n);
  }

  protected agency(dossier: DossierDto, which: 'receiving' | 'deciding'): string {
    return agencyName(dossier, which, this.i18n.lang() === 'en');
  }

  protected documentName(document: RequiredDocumentDto): string {
    return this.i18n.lang() === 'en' ? document.nameEn : document.name;
  }

  protected files(dossier: DossierDto, document: RequiredDocumentDto): string {
    const names = dossier.attachments
      .filter((a) => a.documentName === document.name)
      .map((a) => a.fileName);
    return names.length > 0 ? names.join(', ') : this.i18n.t('apply.review.noFile');
  }

  protected submit(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problems.set([]);
    this.api.submit(this.id, submissionKey(this.id)).subscribe({
      next: () => void this.router.navigate(['/ho-so', this.id, 'da-nop']),
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = readProblem(error);
        const items = Object.values(problem.fields)
          .flat()
          .map((message) => ({ fieldId: null, message }));
        this.problems.set(
          items.length > 0
            ? items
            : [
                {
                  fieldId: null,
                  message:
                    problem.detail ?? this.i18n.t(problem.messageKey ?? 'problem.unexpected'),
                },
              ],
        );
      },
    });
  }
}
