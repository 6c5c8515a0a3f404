import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import type { AttachmentDto } from '../../../core/api/dossiers.api';
import {
  type PersonalDocumentDto,
  PersonalDocumentsApi,
} from '../../../core/api/personal-documents.api';
import { TranslatePipe, TranslationService } from '../../../core/i18n';
import { problemSentence, readProblem } from '../../forms/problem';

/**
 * One required document's choice from the applicant's own store: the documents the server matched to it first, then any
 * other still valid, attached by reference (no upload). The server decides what matches and what is still valid.
 */
@Component({
  selector: 'app-store-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (choices().length > 0) {
      <div class="store-picker">
        <label [for]="inputId()">
          {{ 'store.pick.label' | t }}<span class="visually-hidden">: {{ label() }}</span>
        </label>
        <select
          [id]="inputId()"
          [value]="selected()"
          (change)="selected.set($any($event.target).value)"
        >
          @for (choice of choices(); track choice.id) {
            <option [value]="choice.id">{{ describe(choice) }}</option>
          }
        </select>
        <button type="button" class="button button--secondary" [disabled]="busy()" (click)="use()">
          {{ 'store.pick.use' | t }}<span class="visually-hidden">: {{ label() }}</span>
        </button>
        <p class="form-field__hint">{{ 'store.pick.hint' | t }}</p>
        @if (error(); as message) {
          <p class="form-field__error" role="alert">{{ message }}</p>
        }
      </div>
    }
  `,
  styles: `
    .store-picker {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-top: 0.5rem;
    }
    .store-picker select {
      max-width: 100%;
      min-height: 44px;
    }
    .store-picker label,
    .store-picker p {
      flex-basis: 100%;
      margin: 0;
    }
  `,
})
export class StorePicker {
  private readonly api = inject(PersonalDocumentsApi);
  private readonly i18n = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);

  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly dossierId = input.required<string>();
  /** The required document's name (as the procedure spells it). */
  readonly documentName = input.required<string>();
  /** The applicant's store, listed for this dossier. */
  readonly documents = input.required<readonly PersonalDocumentDto[]>();

  readonly attached = output<AttachmentDto>();

  /** The documents matched to this slot, then the others; expired ones are not offered. */
  protected readonly choices = computed(() => {
    const valid = this.documents().filter((d) => !d.expired);
    const matches = (d: PersonalDocumentDto) => d.matchesDocuments.includes(this.documentName());
    return [...valid.filter(matches), ...valid.filter((d) => !matches(d))];
  });
  protected readonly selected = linkedSignal(() => this.choices()[0]?.id ?? '');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected describe(document: PersonalDocumentDto): string {
    const matched = document.matchesDocuments.includes(this.documentName())
      ? ` — ${this.i18n.t('store.pick.matches')}`
      : '';
    const number = document.number ? ` (${document.number})` : '';
    return `${document.documentType}${number}, ${this.i18n.t(`store.origin.${document.origin}`)}${matched}`;
  }

  protected use(): void {
    const id = this.selected();
    if (!id) return;
    this.busy.set(true);
    this.error.set(null);
    this.api
      .attachToDossier(this.dossierId(), id, this.documentName())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (attachment) => {
          this.busy.set(false);
          this.attached.emit(attachment);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          const problem = readProblem(error);
          this.error.set(problemSentence(problem, (key) => this.i18n.t(key)));
        },
      });
  }
}
