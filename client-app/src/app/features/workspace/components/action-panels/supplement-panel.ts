import { ChangeDetectionStrategy, Component, type OnInit } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Observable } from 'rxjs';

import type { RequiredDocumentDto } from '../../../../core/api/catalogue.api';
import { TranslatePipe } from '../../../../core/i18n';
import { documentName } from '../case-record/document-name';
import { ActionForm } from './action-form';
import { ActionPanel, text } from './action-panel';

type MissingItem = FormGroup<{ missing: FormControl<boolean>; reason: FormControl<string> }>;

/**
 * Requesting a supplement: each missing document with its reason (Mẫu số 02, Thông tư 01/2018/TT-VPCP), the required ones
 * ticked from the list and others typed one a line with a common reason.
 */
@Component({
  selector: 'app-supplement-panel',
  imports: [ActionForm, TranslatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplement-panel.html',
  styleUrl: './action-panel.scss',
})
export class SupplementPanel extends ActionPanel implements OnInit {
  protected readonly form = new FormGroup({
    documents: new FormArray<MissingItem>([]),
    other: new FormControl('', { nonNullable: true }),
    otherReason: new FormControl('', { nonNullable: true }),
  });

  protected get documents(): readonly RequiredDocumentDto[] {
    return this.dossier.requiredDocuments ?? [];
  }

  ngOnInit(): void {
    this.documents.forEach(() =>
      this.form.controls.documents.push(
        new FormGroup({
          missing: new FormControl(false, { nonNullable: true }),
          reason: new FormControl('', { nonNullable: true }),
        }),
      ),
    );
  }

  protected documentName(name: string): string {
    return documentName(this.documents, name, this.i18n);
  }

  protected read(): Observable<unknown> {
    const { documents, other, otherReason } = this.form.controls;
    const items = [
      ...this.documents
        .map((document, i) => ({ document, item: documents.at(i) }))
        .filter(({ item }) => item.controls.missing.value)
        .map(({ document, item }) => ({
          document: document.name,
          reason: text(item.controls.reason),
        })),
      ...text(other)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((document) => ({ document, reason: text(otherReason) })),
    ];
    if (items.length === 0) this.missing['missing'] = this.i18n.t('case.missingRequired');
    else if (items.some((item) => !item.reason))
      this.missing['missing'] = this.i18n.t('case.missingReasonRequired');
    return this.send('request-supplement', { items });
  }
}
