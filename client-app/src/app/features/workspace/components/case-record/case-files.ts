import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';

import { DossiersApi } from '../../../../core/api/dossiers.api';

/** Opens a dossier's file in a new tab: the download needs the bearer token, so the file is fetched and shown from memory. */
@Injectable({ providedIn: 'root' })
export class CaseFiles {
  private readonly dossiers = inject(DossiersApi);
  private readonly document = inject(DOCUMENT);

  open(path: string, failed: () => void): void {
    this.dossiers.download(path).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        this.document.defaultView?.open(url, '_blank', 'noopener');
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      error: failed,
    });
  }
}
