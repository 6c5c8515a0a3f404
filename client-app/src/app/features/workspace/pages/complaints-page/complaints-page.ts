import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import {
  type ComplaintDto,
  ComplaintsApi,
  type ComplaintStatus,
} from '../../../../core/api/complaints.api';
import { TranslatePipe, TranslationService, type TranslationKey } from '../../../../core/i18n';
import { readProblem } from '../../../../shared/forms/problem';
import { formatDate } from '../../../../shared/format/dates';

/**
 * "Phản ánh, kiến nghị" of the official's agency: open ones first, earliest due first (the overdue lead), and the
 * answering form where the server allows it (`allowedActions`).
 */
@Component({
  selector: 'app-complaints-page',
  imports: [TranslatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './complaints-page.html',
})
export class ComplaintsPage {
  private readonly api = inject(ComplaintsApi);
  private readonly i18n = inject(TranslationService);
  protected readonly statuses: readonly ComplaintStatus[] = [
    'Received',
    'Answered',
    'ClosedOutOfScope',
  ];
  protected readonly status = new FormControl<ComplaintStatus | ''>('', { nonNullable: true });
  protected readonly items = signal<readonly ComplaintDto[]>([]);
  protected readonly texts = new Map<string, FormControl<string>>();
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.load();
    this.status.valueChanges.subscribe(() => this.load());
  }

  protected load(): void {
    this.api.agency(this.status.value).subscribe((page) => this.items.set(page.items));
  }

  protected text(id: string): FormControl<string> {
    let control = this.texts.get(id);
    if (!control) {
      control = new FormControl('', { nonNullable: true });
      this.texts.set(id, control);
    }
    return control;
  }

  protected respond(complaint: ComplaintDto, close: boolean): void {
    const text = this.text(complaint.id).value;
    this.error.set(null);
    (close ? this.api.close(complaint.id, text) : this.api.answer(complaint.id, text)).subscribe({
      next: (updated) =>
        this.items.update((items) => items.map((i) => (i.id === updated.id ? updated : i))),
      error: (error: unknown) => {
        const problem = readProblem(error);
        const fields = Object.values(problem.fields).flat();
        this.error.set(fields[0] ?? this.i18n.t(problem.messageKey ?? 'problem.unexpected'));
      },
    });
  }

  protected statusKey(status: ComplaintStatus): TranslationKey {
    return `complaint.status.${status}` as TranslationKey;
  }

  protected named(vi: string | null | undefined, en: string | null | undefined): string {
    return (this.i18n.lang() === 'en' ? en || vi : vi) ?? '—';
  }

  protected when(value: string | null | undefined): string {
    return value ? formatDate(value, this.i18n.lang(), 'dateTime') : '—';
  }
}
