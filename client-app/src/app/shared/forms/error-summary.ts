import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
} from '@angular/core';

/** One error of the summary: the message and the id of the field it is about (null for the form as a whole). */
export interface SummaryItem {
  readonly fieldId: string | null;
  readonly message: string;
}

/**
 * The error summary at the top of a form (GOV.UK pattern): it takes the focus when it appears or names an error it did
 * not name before, so screen readers announce it, and each error links to its field. It does not take the focus when the
 * same errors are given again (a form that recomputes its summary after an autosave) or when some are fixed: the person
 * is typing in a field then, and the focus stays there.
 */
@Component({
  selector: 'app-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length > 0) {
      <div class="error-summary" role="alert" tabindex="-1" data-testid="error-summary">
        <h2 class="error-summary__title">{{ title() }}</h2>
        <ul class="error-summary__list">
          @for (item of items(); track $index) {
            <li>
              @if (item.fieldId; as id) {
                <a [href]="'#' + id" (click)="focus($event, id)">{{ item.message }}</a>
              } @else {
                {{ item.message }}
              }
            </li>
          }
        </ul>
      </div>
    }
  `,
  styles: `
    .error-summary {
      margin-bottom: 1.5rem;
      padding: 1rem 1.25rem;
      border: 4px solid var(--color-error);
      border-radius: 0.25rem;
      background: var(--color-bg);
    }
    .error-summary:focus {
      outline: 3px solid var(--color-focus);
      outline-offset: 2px;
    }
    .error-summary__title {
      color: var(--color-error);
      font-size: 1.125rem;
    }
    .error-summary__list {
      margin: 0;
      padding-left: 1.25rem;
    }
    .error-summary__list a {
      color: var(--color-error);
      font-weight: 600;
    }
  `,
})
export class ErrorSummary {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly title = input.required<string>();
  readonly items = input.required<readonly SummaryItem[]>();

  constructor() {
    let named = new Set<string>();
    afterRenderEffect(() => {
      const now = new Set(this.items().map((item) => `${item.fieldId ?? ''}\u0000${item.message}`));
      const news = [...now].some((key) => !named.has(key));
      named = now;
      if (news) {
        this.host.nativeElement.querySelector<HTMLElement>('.error-summary')?.focus();
      }
    });
  }

  protected focus(event: Event, id: string): void {
    const field = this.host.nativeElement.ownerDocument.getElementById(id);
    if (field) {
      event.preventDefault();
      field.focus();
    }
  }
}
