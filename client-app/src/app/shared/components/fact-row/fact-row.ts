import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * One row of a `dl.facts` list (a dossier's tracking number, dates, fee…): the host `div` holds the term and, as its
 * description, what the page projects.
 */
@Component({
  selector: 'div[appFactRow]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'facts__row' },
  template: `
    <dt>{{ term() }}</dt>
    <dd [attr.data-testid]="valueTestId()"><ng-content /></dd>
  `,
})
export class FactRow {
  readonly term = input.required<string>();
  readonly valueTestId = input<string | null>(null);
}
