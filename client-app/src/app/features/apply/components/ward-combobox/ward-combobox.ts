import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  model,
  signal,
} from '@angular/core';

import { TranslatePipe, TranslationService } from '../../../../core/i18n';
import { type WardOption, filterWards } from '../../wards';

/**
 * Choosing the commune or ward that decides: a text box that filters the list as one types (accents and case ignored),
 * sorted by the ward's own name, following the WAI-ARIA combobox pattern (arrows move, Enter chooses, Escape closes).
 */
@Component({
  selector: 'app-ward-combobox',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ward-combobox.html',
  styleUrl: './ward-combobox.scss',
})
export class WardCombobox {
  private readonly i18n = inject(TranslationService);

  readonly inputId = input.required<string>();
  readonly options = input.required<readonly WardOption[]>();
  /** The chosen agency's id ('' when none); the page may set it (a suggestion) and reads the applicant's choice back. */
  readonly value = model<string>('');
  readonly describedBy = input<string | null>(null);
  readonly invalid = input(false);

  /** What the box shows: the chosen ward's name (also when the page chose it, e.g. a suggestion), else what was typed. */
  protected readonly typed = linkedSignal<string | null, string>({
    source: () => {
      const chosen = this.options().find((o) => o.agency.id === this.value());
      return chosen ? this.display(chosen) : null;
    },
    computation: (shown, previous) => shown ?? previous?.value ?? '',
  });
  protected readonly open = signal(false);
  protected readonly active = signal(0);
  protected readonly matches = computed(() => filterWards(this.options(), this.typed()));
  protected readonly listId = computed(() => `${this.inputId()}-list`);

  protected own(option: WardOption): string {
    return this.i18n.lang() === 'en' ? option.ownEn : option.own;
  }

  protected kind(option: WardOption): string {
    return this.i18n.lang() === 'en' ? option.kindEn : option.kind;
  }

  protected full(option: WardOption): string {
    return this.i18n.lang() === 'en' ? option.agency.nameEn : option.agency.name;
  }

  protected display(option: WardOption): string {
    const kind = this.kind(option);
    return kind ? `${this.own(option)} (${kind})` : this.own(option);
  }

  protected optionId(index: number): string {
    return `${this.inputId()}-option-${index}`;
  }

  protected activeId(): string | null {
    return this.open() && this.matches().length > 0 ? this.optionId(this.active()) : null;
  }

  protected type(text: string): void {
    this.typed.set(text);
    this.active.set(0);
    this.open.set(true);
    if (this.value()) this.value.set('');
  }

  protected key(event: KeyboardEvent): void {
    const count = this.matches().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open()) {
          this.open.set(true);
        } else if (count > 0) {
          this.active.update((i) => (i + 1) % count);
        }
        this.scrollActive();
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.open.set(true);
        if (count > 0) this.active.update((i) => (i - 1 + count) % count);
        this.scrollActive();
        break;
      case 'Enter':
        if (this.open() && count > 0) {
          event.preventDefault();
          this.choose(this.matches()[this.active()]);
        }
        break;
      case 'Escape':
        if (this.open()) {
          event.preventDefault();
          this.open.set(false);
        }
        break;
    }
  }

  protected choose(option: WardOption): void {
    this.typed.set(this.display(option));
    this.open.set(false);
    this.value.set(option.agency.id);
  }

  protected blur(): void {
    this.open.set(false);
  }

  private scrollActive(): void {
    queueMicrotask(() =>
      document.getElementById(this.optionId(this.active()))?.scrollIntoView({ block: 'nearest' }),
    );
  }
}
