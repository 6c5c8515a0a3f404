import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { TranslatePipe } from '../../../core/i18n';

/** One line of a day list: the date (yyyy-MM-dd) and the texts shown for it. */
export interface DayRow {
  readonly date: string;
  readonly dateText: string;
  readonly name: string;
  readonly detail: string;
}

/** A list of days (days off, make-up working days) as a table that scrolls on a phone, each with a remove button. */
@Component({
  selector: 'app-day-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length === 0) {
      <p>{{ empty() }}</p>
    } @else {
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="label()">
        <table class="data-table admin-table" [attr.data-testid]="testId()">
          <thead>
            <tr>
              <th scope="col">{{ 'calendarAdmin.col.date' | t }}</th>
              <th scope="col">{{ 'calendarAdmin.col.name' | t }}</th>
              <th scope="col">{{ detailLabel() }}</th>
              <th scope="col">
                <span class="visually-hidden">{{ 'admin.actions' | t }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.date) {
              <tr [attr.data-date]="row.date">
                <td>{{ row.dateText }}</td>
                <td>{{ row.name }}</td>
                <td>{{ row.detail }}</td>
                <td>
                  <button
                    type="button"
                    class="link-button"
                    (click)="remove.emit(row.date)"
                    [attr.data-testid]="'remove-' + testId() + '-' + row.date"
                  >
                    {{ 'calendarAdmin.remove' | t }}
                    <span class="visually-hidden">{{ row.dateText }}</span>
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: '../pages/admin-page.scss',
})
export class DayTable {
  readonly label = input.required<string>();
  readonly detailLabel = input.required<string>();
  readonly empty = input.required<string>();
  readonly rows = input.required<readonly DayRow[]>();
  readonly testId = input.required<string>();
  readonly remove = output<string>();
}
