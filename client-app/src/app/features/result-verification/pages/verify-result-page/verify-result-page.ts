import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { HttpErrorResponse } from '@angular/common/http';

import {
  type ResultComparisonDto,
  ResultVerificationApi,
  type ResultVerificationDto,
} from '../../../../core/api/result-verification.api';
import { TranslatePipe, TranslationService } from '../../../../core/i18n';

type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'found'; readonly result: ResultVerificationDto }
  | { readonly status: 'notFound' }
  | { readonly status: 'error'; readonly tooMany: boolean };

type CompareState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly fileName: string }
  | { readonly status: 'done'; readonly fileName: string; readonly comparison: ResultComparisonDto }
  | { readonly status: 'error' };

/** 12 characters of the code alphabet (no 0/O, 1/I/L, U), dashes and spaces allowed. */
const CODE_SHAPE = /^[2-9A-HJKMNP-TV-Z]{12}$/;

/** Puts a typed code in its printed form: upper case, grouped by four. */
export function normalizeCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return CODE_SHAPE.test(code) ? `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}` : null;
}

/**
 * The public verification page of an electronic result (`/xac-minh/:code`, where the QR code printed on a result leads):
 * checks the code, shows what the issuer published about it, and compares a file one holds with the genuine one.
 */
@Component({
  selector: 'app-verify-result-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify-result-page.html',
  styleUrl: './verify-result-page.scss',
})
export class VerifyResultPage {
  private readonly api = inject(ResultVerificationApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly i18n = inject(TranslationService);

  protected readonly code = signal('');
  protected readonly codeInvalid = signal(false);
  protected readonly check = signal<CheckState>({ status: 'idle' });
  protected readonly comparison = signal<CompareState>({ status: 'idle' });
  protected readonly dragging = signal(false);

  protected readonly issuedOn = computed(() => {
    const state = this.check();
    if (state.status !== 'found') {
      return '';
    }
    const locale = this.i18n.lang() === 'vi' ? 'vi-VN' : 'en-GB';
    return new Date(state.result.issuedAt).toLocaleDateString(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
  });

  constructor() {
    this.route.paramMap.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((params) => {
      const typed = params.get('code') ?? '';
      this.code.set(typed);
      if (typed) {
        this.verify(typed);
      } else {
        this.check.set({ status: 'idle' });
      }
    });
  }

  protected onInput(event: Event): void {
    this.code.set((event.target as HTMLInputElement).value);
    this.codeInvalid.set(false);
  }

  /** Puts the code in the address (so the page can be shared); the route change runs the check. */
  protected submit(event: Event): void {
    event.preventDefault();
    const code = normalizeCode(this.code());
    if (!code) {
      // The answer shown belongs to the previous code: clear it rather than leave it next to the new one.
      this.codeInvalid.set(true);
      this.check.set({ status: 'idle' });
      this.comparison.set({ status: 'idle' });
      return;
    }
    this.codeInvalid.set(false);
    if (this.route.snapshot.paramMap.get('code') === code) {
      this.verify(code);
    } else {
      void this.router.navigate(['/xac-minh', code]);
    }
  }

  protected onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) {
      this.compare(file);
    }
    input.value = '';
  }

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) {
      this.compare(file);
    }
  }

  private verify(typed: string): void {
    const code = normalizeCode(typed);
    this.comparison.set({ status: 'idle' });
    if (!code) {
      this.codeInvalid.set(true);
      this.check.set({ status: 'idle' });
      return;
    }
    this.code.set(code);
    this.check.set({ status: 'loading' });
    this.api
      .verify(code)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => this.check.set({ status: 'found', result }),
        error: (error: HttpErrorResponse) =>
          this.check.set(
            error.status === 404
              ? { status: 'notFound' }
              : { status: 'error', tooMany: error.status === 429 },
          ),
      });
  }

  private compare(file: File): void {
    const state = this.check();
    if (state.status !== 'found') {
      return;
    }
    this.comparison.set({ status: 'loading', fileName: file.name });
    this.api
      .compare(state.result.verificationCode, file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (comparison) =>
          this.comparison.set({ status: 'done', fileName: file.name, comparison }),
        error: () => this.comparison.set({ status: 'error' }),
      });
  }
}
