import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { type Observable, catchError, map, of, switchMap, throwError } from 'rxjs';

import { TranslationService, type TranslationKey } from '../../../../core/i18n';
import { LOCALES } from '../../../../shared/format/dates';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { readProblem } from '../../../../shared/forms/problem';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import { AdminChoice } from '../../components/admin-choice';
import { AdminSaveBar } from '../../components/admin-save-bar';
import { ADMIN_FORM_PAGE } from '../../components/admin-form-page';
import { type DayRow, DayTable } from '../../components/day-table';
import {
  AdminApi,
  type CalendarYearDto,
  type DayOffKind,
  type ScheduleStatus,
} from '../../admin.api';
import { byList, problemText } from '../../admin-messages';
import {
  DAY_OFF_KINDS,
  type ScheduleIssue,
  type ScheduleProblem,
  checkDayOff,
  checkMakeUpDay,
  checkSchedule,
  emptySchedule,
  sourcesFromText,
  withDay,
  withoutDay,
} from '../../calendar-rules';

type Field =
  | 'status'
  | 'sources'
  | 'daysOff'
  | 'makeUpWorkingDays'
  | 'offDate'
  | 'offName'
  | 'workDate'
  | 'workName';

type DayList = 'daysOff' | 'makeUpWorkingDays';

/** The fields of each list's small form. */
const LIST_FIELDS = {
  daysOff: { date: 'offDate', name: 'offName' },
  makeUpWorkingDays: { date: 'workDate', name: 'workName' },
} as const satisfies Record<DayList, Record<string, Field>>;

const DATE_PROBLEMS: readonly ScheduleProblem[] = [
  'dateRequired',
  'outsideYear',
  'weekendNotHoliday',
  'makeUpOnWeekday',
  'makeUpTooFar',
];

function hanoiYear(): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    ),
  );
}

/**
 * A year's days off and make-up working days for system administrators: view a year, add and remove days, generate a
 * proposal from the lunar calendar for a year that is not official yet, and save the whole year. The editor checks
 * the same rules as the API before saving; the API's refusals are shown beside the list they are about.
 */
@Component({
  selector: 'app-calendar-page',
  imports: [ADMIN_FORM_PAGE, DayTable, AdminChoice, AdminSaveBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-page.html',
  styleUrl: '../admin-page.scss',
})
export class CalendarPage {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly kinds = DAY_OFF_KINDS;
  protected readonly statuses: readonly ScheduleStatus[] = ['Official', 'Proposed'];
  protected readonly year = signal(hanoiYear());
  /** The year as stored (null: none yet), or its loading state. */
  protected readonly state = signal<LoadState<CalendarYearDto | null>>({ status: 'loading' });
  /** The schedule being edited. */
  protected readonly draft = signal<CalendarYearDto | null>(null);
  protected readonly dirty = signal(false);
  protected readonly dayOffRows = computed<readonly DayRow[]>(() =>
    (this.draft()?.daysOff ?? []).map((d) => ({
      date: d.date,
      dateText: this.day(d.date),
      name: d.name,
      detail: this.i18n.t(this.kindKey(d.kind)),
    })),
  );
  protected readonly makeUpRows = computed<readonly DayRow[]>(() =>
    (this.draft()?.makeUpWorkingDays ?? []).map((d) => ({
      date: d.date,
      dateText: this.day(d.date),
      name: d.name,
      detail: this.day(d.replacesDate),
    })),
  );
  /** The swapped days off, which a make-up day may replace. */
  protected readonly swappedDays = computed(() =>
    (this.draft()?.daysOff ?? []).filter((d) => d.kind === 'Swapped'),
  );
  /** The year to show, and the two small forms that add a day to each list. */
  protected readonly yearForm = this.fb.group({ nam: this.year() });
  protected readonly dayForms = {
    daysOff: this.fb.group({ date: '', name: '', kind: DAY_OFF_KINDS[0] }),
    makeUpWorkingDays: this.fb.group({ date: '', name: '', replacesDate: '' }),
  } satisfies Record<DayList, unknown>;
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly errors = new FormErrors<Field>({
    status: 'calendar-status',
    sources: 'calendar-sources',
    daysOff: 'days-off',
    makeUpWorkingDays: 'make-up-days',
    offDate: 'off-date',
    offName: 'off-name',
    workDate: 'work-date',
    workName: 'work-name',
  });

  constructor() {
    inject(ActivatedRoute)
      .queryParamMap.pipe(
        map((params) => {
          const year = Number(params.get('nam'));
          return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : hanoiYear();
        }),
        switchMap((year) => {
          this.year.set(year);
          this.yearForm.setValue({ nam: year });
          this.message.set(null);
          this.errors.clear();
          return toLoadState(this.load(year));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.show(state));
  }

  /** The stored year, or null when there is none (404). */
  private load(year: number): Observable<CalendarYearDto | null> {
    return this.api
      .calendarYear(year)
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 404
            ? of(null)
            : throwError(() => error),
        ),
      );
  }

  private show(state: LoadState<CalendarYearDto | null>): void {
    this.state.set(state);
    if (state.status === 'ready') {
      this.draft.set(state.value ?? emptySchedule(this.year()));
      this.dirty.set(false);
    }
  }

  protected reload(): void {
    this.show({ status: 'loading' });
    this.load(this.year()).subscribe({
      next: (value) => this.show({ status: 'ready', value }),
      error: (error: unknown) => this.show({ status: 'error', error }),
    });
  }

  protected goTo(): void {
    const year = Number(this.yearForm.getRawValue().nam);
    void this.router.navigate([], { queryParams: { nam: year || null } });
  }

  protected kindKey(kind: DayOffKind): TranslationKey {
    return `calendarAdmin.kind.${kind}`;
  }

  protected statusKey(status: ScheduleStatus): TranslationKey {
    return `calendarAdmin.status.${status}`;
  }

  /** A date with its weekday, in the user's language (dates are calendar days, read as UTC). */
  protected day(date: string | null): string {
    if (!date) return '—';
    return new Intl.DateTimeFormat(LOCALES[this.i18n.lang()], {
      weekday: 'long',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));
  }

  private problem(problem: ScheduleProblem, date: string | null): string {
    return this.i18n.t(`calendarAdmin.problem.${problem}`, {
      date: this.day(date),
      year: this.year(),
    });
  }

  private edit(change: (draft: CalendarYearDto) => CalendarYearDto): void {
    const draft = this.draft();
    if (!draft) return;
    this.draft.set(change(draft));
    this.dirty.set(true);
    this.message.set(null);
  }

  protected setStatus(status: ScheduleStatus): void {
    this.edit((d) => ({ ...d, status }));
  }

  protected setSources(text: string): void {
    this.edit((d) => ({ ...d, sources: sourcesFromText(text) }));
  }

  /** Adds the day of one of the two small forms to its list, after checking it on its own. */
  protected addDay(list: DayList): void {
    const form = this.dayForms[list];
    const { kind } = this.dayForms.daysOff.getRawValue();
    const { replacesDate } = this.dayForms.makeUpWorkingDays.getRawValue();
    const [date, name] = [form.controls.date.value.trim(), form.controls.name.value.trim()];
    const dayOff = { date, name, kind };
    const workDay = { date, name, replacesDate: replacesDate || null };
    const problem =
      list === 'daysOff' ? checkDayOff(this.year(), dayOff) : checkMakeUpDay(this.year(), workDay);
    if (problem) {
      const field = LIST_FIELDS[list][DATE_PROBLEMS.includes(problem) ? 'date' : 'name'];
      this.errors.setFields({ [field]: this.problem(problem, date) });
      return;
    }
    this.errors.clear();
    this.edit((d) =>
      list === 'daysOff'
        ? { ...d, daysOff: withDay(d.daysOff, dayOff) }
        : { ...d, makeUpWorkingDays: withDay(d.makeUpWorkingDays, workDay) },
    );
    form.reset();
  }

  protected removeDay(list: DayList, date: string): void {
    this.edit((d) => ({ ...d, [list]: withoutDay<{ date: string }>(d[list], date) }));
  }

  protected save(): void {
    const draft = this.draft();
    if (!draft) return;
    const issues = checkSchedule(draft);
    if (issues.length > 0) {
      this.errors.setFields(this.fieldsOf(issues));
      return;
    }
    this.run(this.api.saveCalendarYear(draft), 'calendarAdmin.saved');
  }

  protected propose(): void {
    this.run(this.api.proposeCalendarYear(this.year()), 'calendarAdmin.proposed');
  }

  private fieldsOf(issues: readonly ScheduleIssue[]): Partial<Record<Field, string>> {
    const fields: Partial<Record<Field, string>> = {};
    for (const issue of issues) {
      fields[issue.where] ??= this.problem(issue.problem, issue.date);
    }
    return fields;
  }

  private run(request: Observable<CalendarYearDto>, done: TranslationKey): void {
    this.busy.set(true);
    this.errors.clear();
    this.message.set(null);
    request.subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.show({ status: 'ready', value: saved });
        this.message.set(this.i18n.t(done, { year: saved.year }));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = byList(readProblem(error));
        this.errors.setProblem(problem, problemText(problem, this.i18n));
      },
    });
  }
}
