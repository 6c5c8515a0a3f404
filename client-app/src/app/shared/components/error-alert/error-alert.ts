import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** An error message announced to assistive technology, with an optional retry button. */
@Component({
  selector: 'app-error-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="error-alert" role="alert">
      <p class="error-alert__message">{{ message() }}</p>
      @if (retryLabel(); as label) {
        <button type="button" class="button" (click)="retry.emit()">{{ label }}</button>
      }
    </div>
  `,
  styles: `
    .error-alert {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem 1rem;
      padding: 0.875rem 1rem;
      border-left: 6px solid var(--color-error);
      border-radius: 0.25rem;
      background: var(--color-error-bg);
      color: var(--color-text);
    }

    .error-alert__message {
      flex: 1 1 14rem;
      margin: 0;
    }
  `,
})
export class ErrorAlert {
  readonly message = input.required<string>();
  /** When set, a button with this label is shown and emits `retry` on click. */
  readonly retryLabel = input<string>();
  readonly retry = output<void>();
}
