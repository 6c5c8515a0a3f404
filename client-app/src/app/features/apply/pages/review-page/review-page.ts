import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';

import type { RequiredDocumentDto } from '../../../../core/api/catalogue.api';
import { type DossierDto, DossiersApi, type FormFieldDto } from '../../../../core/api/dossiers.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorAlert } from '../../../../shared/components/error-alert/error-alert';
import { ErrorSummary, type SummaryItem } from '../../../../shared/forms/error-summary';
import { readProblem } from '../../../../shared/forms/problem';
import { submissionKey } from '../../draft-storage';

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

  protected value(dossier: DossierDto, field: FormFieldDto): string {
    const raw = dossier.formData[field.key];
    if (!raw) return '—';
    const option = field.options?.find((o) => o.value === raw);
    return option ? (this.i18n.lang() === 'en' ? option.labelEn : option.label) : raw;
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
