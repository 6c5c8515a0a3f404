import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Observable } from 'rxjs';

import type { DigitisedCopyDto } from '../../../../core/api/dossiers.api';
import { TranslatePipe } from '../../../../core/i18n';
import { formatDate } from '../../../../shared/format/dates';
import { ActionForm } from './action-form';
import { ActionPanel, text } from './action-panel';

/** What the desk digitises now: a received paper still without its copy, or the result issued on paper. */
interface Target {
  readonly value: string;
  readonly paper: string | null;
}

const RESULT = 'result';

/**
 * "Số hóa hồ sơ": the desk scans a received paper (or the paper result) and records what the paper says of itself — issuing
 * body, number, issue date, validity. Which papers remain, and whether the result may be digitised, come from the server
 * (`papersLeftToDigitise`, `allowedActions`).
 */
@Component({
  selector: 'app-digitise-panel',
  imports: [ActionForm, TranslatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './digitise-panel.html',
  styleUrl: './action-panel.scss',
})
export class DigitisePanel extends ActionPanel {
  /** A file input has no form control of its own: the chosen scan is kept here. */
  private readonly file = signal<File | null>(null);
  /** The chosen target's value; empty until the official picks one (the first is meant). */
  private readonly chosenTarget = signal('');

  protected readonly form = new FormGroup({
    resultType: new FormControl('', { nonNullable: true }),
    issuingBody: new FormControl('', { nonNullable: true }),
    number: new FormControl('', { nonNullable: true }),
    issuedOn: new FormControl('', { nonNullable: true }),
    validUntil: new FormControl('', { nonNullable: true }),
  });

  /** The paper's metadata fields, in the order a paper shows them. */
  protected readonly fields = [
    { name: 'issuingBody', label: 'case.digitise.issuingBody', type: 'text', max: 300 },
    { name: 'number', label: 'case.digitise.number', type: 'text', max: 100 },
    { name: 'issuedOn', label: 'case.digitise.issuedOn', type: 'date', max: null },
    { name: 'validUntil', label: 'case.digitise.validUntil', type: 'date', max: null },
  ] as const;

  protected get targets(): readonly Target[] {
    const papers = this.allows('DigitisePaper')
      ? (this.dossier.papersLeftToDigitise ?? []).map((paper, i) => ({
          value: `paper:${i}`,
          paper,
        }))
      : [];
    return this.allows('DigitiseResult') ? [...papers, { value: RESULT, paper: null }] : papers;
  }

  /** The chosen target, the first one until the official picks another. */
  protected get target(): Target | undefined {
    const targets = this.targets;
    return targets.find((t) => t.value === this.chosenTarget()) ?? targets[0];
  }

  protected copyOf(paper: string): DigitisedCopyDto | undefined {
    return this.dossier.digitisedCopies?.find(
      (c) => c.kind === 'ReceivedPaper' && c.documentName === paper,
    );
  }

  protected day(value: string): string {
    return formatDate(value, this.i18n.lang(), 'date');
  }

  protected pick(event: Event): void {
    this.chosenTarget.set((event.target as HTMLSelectElement).value);
  }

  protected chosen(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected read(): Observable<unknown> | null {
    const target = this.target;
    const file = this.file();
    const documentName = target?.paper ?? text(this.form.controls.resultType);
    const issuingBody = text(this.form.controls.issuingBody);
    const issuedOn = this.form.controls.issuedOn.value;
    this.need('documentName', documentName);
    this.need('issuingBody', issuingBody);
    this.need('issuedOn', issuedOn);
    if (!file || file.size === 0) this.missing['file'] = this.i18n.t('case.digitise.fileRequired');
    if (!target || !file || Object.keys(this.missing).length > 0) return null;
    return this.api.digitise(this.dossier.id, target.paper === null ? 'result' : 'paper', file, {
      documentName,
      issuingBody,
      number: text(this.form.controls.number),
      issuedOn,
      validUntil: this.form.controls.validUntil.value,
    });
  }
}
