import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { Observable } from 'rxjs';

import { TranslatePipe } from '../../../../core/i18n';
import { ActionForm } from './action-form';
import { ActionPanel } from './action-panel';

/** Issuing the result: upload a signed PDF, or generate it from the procedure's template — only what the server offers. */
@Component({
  selector: 'app-issue-result-panel',
  imports: [ActionForm, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './issue-result-panel.html',
  styleUrl: './action-panel.scss',
})
export class IssueResultPanel extends ActionPanel {
  /** A file input has no form control of its own: the chosen file is kept here. */
  private readonly file = signal<File | null>(null);

  protected chosen(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected read(): Observable<unknown> | null {
    const file = this.file();
    const hasFile = file !== null && file.size > 0;
    if (hasFile && this.allows('UploadResult')) return this.api.uploadResult(this.dossier.id, file);
    if (!hasFile && this.allows('GenerateResult')) return this.api.generateResult(this.dossier.id);
    this.missing['file'] = this.i18n.t('case.resultFileRequired');
    return null;
  }
}
