import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import type { DossierPaperDto } from '../../../core/api/dossiers.api';
import { TranslatePipe } from '../../../core/i18n';

/**
 * The papers of a dossier (receipt, supplement request, apology…) as a list of download buttons, on the applicant's and
 * on the official's dossier page; the host `ul` carries the page's own label. The applicant also sees each paper's legal
 * basis.
 */
@Component({
  selector: 'ul[appPaperList]',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'papers' },
  template: `
    @for (paper of papers(); track paper.kind) {
      <li>
        <button
          type="button"
          class="link-button"
          [attr.aria-label]="paper.name + ' — ' + ('dossier.papers.download' | t)"
          (click)="open.emit(paper)"
        >
          {{ paper.name }}
        </button>
        @if (showBasis()) {
          <small>({{ paper.basis }})</small>
        }
      </li>
    }
  `,
})
export class PaperList {
  readonly papers = input.required<readonly DossierPaperDto[]>();
  readonly showBasis = input(false);
  readonly open = output<DossierPaperDto>();
}
