import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { switchMap } from 'rxjs';

import { ComplaintsApi } from '../../../../core/api/complaints.api';
import { DossiersApi } from '../../../../core/api/dossiers.api';
import { CatalogueApi } from '../../../../core/api/catalogue.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { ErrorSummary } from '../../../../shared/forms/error-summary';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { readProblem } from '../../../../shared/forms/problem';
import { formatDate } from '../../../../shared/format/dates';

type Field = 'decidingAgencyId' | 'name' | 'contactEmail' | 'contactPhone' | 'content';

/**
 * "Gửi phản ánh, kiến nghị": about the applicant's dossier (`?hoSo=`, signed in) or about a procedure (`?thuTuc=`, anyone,
 * with a name and a contact). The server checks every field; the page shows its answers by field, then the tracking code.
 */
@Component({
  selector: 'app-file-complaint-page',
  imports: [TranslatePipe, ErrorSummary, ReactiveFormsModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-complaint-page.html',
})
export class FileComplaintPage {
  private readonly api = inject(ComplaintsApi);
  private readonly i18n = inject(TranslationService);
  private readonly params = inject(ActivatedRoute).snapshot.queryParamMap;
  protected readonly dossierId = this.params.get('hoSo') ?? '';
  protected readonly procedureId = this.params.get('thuTuc') ?? '';
  private readonly catalogue = inject(CatalogueApi);
  private readonly dossiers = inject(DossiersApi);

  protected readonly procedureName = signal('');
  protected readonly decidingAgencies = signal<readonly { id: string; name: string }[]>([]);

  protected readonly errors = new FormErrors<Field>({
    decidingAgencyId: 'complaint-agency',
    name: 'complaint-name',
    contactEmail: 'complaint-email',
    contactPhone: 'complaint-phone',
    content: 'complaint-content',
  });
  protected readonly busy = signal(false);
  protected readonly filed = signal<{ code: string; dueAt: string } | null>(null);
  protected readonly form = new FormGroup({
    decidingAgencyId: new FormControl('', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    contactEmail: new FormControl('', { nonNullable: true }),
    contactPhone: new FormControl('', { nonNullable: true }),
    content: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    if (this.procedureId) {
      this.catalogue
        .get(this.procedureId)
        .pipe(
          switchMap((procedure) => {
            this.procedureName.set(
              this.i18n.lang() === 'en' ? procedure.nameEn || procedure.name : procedure.name,
            );
            return this.dossiers.agencies(procedure.decidingLevelCode, 1);
          }),
        )
        .subscribe((page) => {
          const deciding = page.items
            .filter((a) => a.decides)
            .map((a) => ({
              id: a.id,
              name: this.i18n.lang() === 'en' ? a.nameEn || a.name : a.name,
            }));
          this.decidingAgencies.set(deciding);
          if (deciding.length === 1) this.form.controls.decidingAgencyId.setValue(deciding[0].id);
        });
    }
  }

  protected send(): void {
    const value = this.form.getRawValue();
    const optional = (text: string) => (text.trim() ? text.trim() : null);
    this.errors.clear();
    this.busy.set(true);
    const request = this.dossierId
      ? this.api.aboutDossier({
          dossierId: this.dossierId,
          content: value.content,
          contactEmail: optional(value.contactEmail),
          contactPhone: optional(value.contactPhone),
        })
      : this.api.aboutProcedure({
          procedureId: this.procedureId,
          decidingAgencyId: value.decidingAgencyId,
          name: value.name,
          contactEmail: optional(value.contactEmail),
          contactPhone: optional(value.contactPhone),
          content: value.content,
        });
    request.subscribe({
      next: (complaint) => {
        this.busy.set(false);
        this.filed.set({ code: complaint.trackingCode, dueAt: complaint.dueAt });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = readProblem(error);
        this.errors.setProblem(problem, this.i18n.t(problem.messageKey ?? 'problem.unexpected'));
      },
    });
  }

  protected when(value: string): string {
    return formatDate(value, this.i18n.lang(), 'dateTime');
  }
}
