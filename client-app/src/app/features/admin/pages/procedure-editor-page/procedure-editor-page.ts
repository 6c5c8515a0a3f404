import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { type Observable, map, of, switchMap } from 'rxjs';

import { type AdministrativeLevelDto, AgenciesApi } from '../../../../core/api/agencies.api';
import {
  type ApplicantType,
  PROCEDURE_FIELDS,
  type ProcedureField,
} from '../../../../core/api/catalogue.api';
import type { FormFieldDto, FormFieldType } from '../../../../core/api/dossiers.api';
import { TranslationService, type TranslationKey } from '../../../../core/i18n';
import type { SummaryItem } from '../../../../shared/forms/error-summary';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { type FormProblem, readProblem } from '../../../../shared/forms/problem';
import { formatDate } from '../../../../shared/format/dates';
import { type LoadState, toLoadState } from '../../../../shared/state/load-state';
import { AdminApi, type AdminProcedureDto, type ProcedureContentInput } from '../../admin.api';
import { problemText } from '../../admin-messages';
import { AdminChoice } from '../../components/admin-choice';
import { AdminSaveBar } from '../../components/admin-save-bar';
import { ADMIN_FORM_PAGE } from '../../components/admin-form-page';
import { FormPreview } from '../../components/form-preview';
import { contentOf, newContent, sameContent } from '../../procedure-content';
import {
  FIELD_TYPES,
  type FieldProblem,
  type FieldProperty,
  addField,
  checkFields,
  moveField,
  optionsToText,
  removeField,
  schemaInputId,
  setOptions,
  updateField,
} from '../../schema-rules';

type General =
  | 'nationalCode'
  | 'name'
  | 'nameEn'
  | 'field'
  | 'decidingLevelCode'
  | 'serviceLevel'
  | 'onlinePayment'
  | 'onlineResult'
  | 'decidingAuthority'
  | 'decidingAuthorityEn'
  | 'decidingAuthorityBasis'
  | 'timeLimit.days'
  | 'applicantTypes'
  | 'resultType'
  | 'resultTypeEn'
  | 'form'
  | 'steps';

/** The text properties of a form field, each with its input's label and length limit (the API's). */
const TEXTS: readonly {
  readonly property: Exclude<FieldProperty, 'type' | 'required'>;
  readonly label: TranslationKey;
  readonly maxLength: number | null;
}[] = [
  { property: 'key', label: 'procedureAdmin.key', maxLength: 50 },
  { property: 'label', label: 'procedureAdmin.label', maxLength: 200 },
  { property: 'labelEn', label: 'procedureAdmin.labelEn', maxLength: 200 },
  { property: 'help', label: 'procedureAdmin.help', maxLength: null },
  { property: 'helpEn', label: 'procedureAdmin.helpEn', maxLength: null },
];

/** The path segment of a new procedure. */
const NEW = 'moi';

const APPLICANT_TYPES: readonly ApplicantType[] = ['Citizen', 'Organisation', 'School'];

/**
 * The catalogue editor: a procedure's general facts and its online form (fields added, removed, reordered, typed,
 * labelled in both languages, required or not, with help and options), with a live preview of the generated form.
 * Saving edits the draft, or starts a new draft version after a publication; the draft can then be published.
 * Documents, fees and workflow steps are kept as loaded (a new procedure gets one processing step).
 */
@Component({
  selector: 'app-procedure-editor-page',
  imports: [ADMIN_FORM_PAGE, FormPreview, AdminChoice, AdminSaveBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-editor-page.html',
  styleUrls: ['../admin-page.scss', './procedure-editor-page.scss'],
})
export class ProcedureEditorPage {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);

  protected readonly fieldsOfStudy = PROCEDURE_FIELDS;
  /** The levels of the set-up the server runs (`GET /api/v1/administrative-levels`): no district level in two-tier. */
  protected readonly levels = signal<readonly AdministrativeLevelDto[]>([]);
  protected readonly applicantTypes = APPLICANT_TYPES;
  protected readonly types = FIELD_TYPES;
  protected readonly texts = TEXTS;
  protected readonly optionsToText = optionsToText;

  protected readonly id = signal<string | null>(null);
  protected readonly state = signal<LoadState<AdminProcedureDto | null>>({ status: 'loading' });
  protected readonly content = signal<ProcedureContentInput>(newContent());
  /** The content as the server last had it: edits that differ from it are not saved yet. */
  private readonly savedContent = signal<ProcedureContentInput>(newContent());
  protected readonly dirty = computed(() => !sameContent(this.content(), this.savedContent()));
  protected readonly nationalCode = signal('');
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly errors = new FormErrors<General>({
    nationalCode: 'procedure-nationalCode',
    name: 'procedure-name',
    nameEn: 'procedure-nameEn',
    field: 'procedure-field',
    decidingLevelCode: 'procedure-level',
    serviceLevel: 'procedure-serviceLevel',
    onlinePayment: 'procedure-onlinePayment',
    onlineResult: 'procedure-onlineResult',
    decidingAuthority: 'procedure-decidingAuthority',
    decidingAuthorityEn: 'procedure-decidingAuthorityEn',
    decidingAuthorityBasis: 'procedure-decidingAuthorityBasis',
    'timeLimit.days': 'procedure-days',
    applicantTypes: 'procedure-applicant-Citizen',
    resultType: 'procedure-resultType',
    resultTypeEn: 'procedure-resultTypeEn',
    form: 'schema-add',
    steps: 'procedure-name',
  });
  /** Errors of the form fields' inputs, by the input's id (`schema-2-label`). */
  protected readonly rowErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly summary = computed<readonly SummaryItem[]>(() => [
    ...this.errors.summary(),
    ...Object.entries(this.rowErrors()).map(([fieldId, message]) => ({ fieldId, message })),
  ]);

  constructor() {
    inject(AgenciesApi)
      .administrativeLevels()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (answer) => this.levels.set(answer.levels),
        error: () => this.message.set(this.i18n.t('procedureAdmin.levelsUnavailable')),
      });
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => (params.get('id') === NEW ? null : params.get('id'))),
        switchMap((id) => {
          this.id.set(id);
          const load: Observable<AdminProcedureDto | null> = id ? this.api.procedure(id) : of(null);
          return toLoadState(load);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.show(state));
  }

  private show(state: LoadState<AdminProcedureDto | null>): void {
    this.state.set(state);
    if (state.status === 'ready') {
      this.showContent(state.value ? contentOf(state.value) : newContent());
    }
  }

  private showContent(content: ProcedureContentInput): void {
    this.content.set(content);
    this.savedContent.set(content);
  }

  protected fieldKey(field: ProcedureField): TranslationKey {
    return `field.${field}`;
  }

  protected levelName(level: AdministrativeLevelDto): string {
    return this.i18n.lang() === 'en' ? level.nameEn : level.name;
  }

  protected applicantKey(type: ApplicantType): TranslationKey {
    return `procedureAdmin.applicant.${type}`;
  }

  protected typeKey(type: FormFieldType): TranslationKey {
    return `procedureAdmin.type.${type}`;
  }

  protected statusKey(status: AdminProcedureDto['status']): TranslationKey {
    return `procedureAdmin.status.${status}`;
  }

  protected rowError(index: number, property: string): string | null {
    return this.rowErrors()[`schema-${index}-${property}`] ?? null;
  }

  protected set<K extends keyof ProcedureContentInput>(
    key: K,
    value: ProcedureContentInput[K],
  ): void {
    this.content.update((c) => ({ ...c, [key]: typeof value === 'string' ? value.trim() : value }));
  }

  /** Information only (Nghị định 42/2022/NĐ-CP, Điều 11) takes no online payment and delivers no result online. */
  protected setServiceLevel(level: number): void {
    this.content.update((c) =>
      level === 2
        ? { ...c, serviceLevel: level, onlinePayment: false, onlineResult: false }
        : { ...c, serviceLevel: level },
    );
  }

  protected setDays(value: string): void {
    this.content.update((c) => ({ ...c, timeLimit: { ...c.timeLimit, days: Number(value) } }));
  }

  protected toggleApplicant(type: ApplicantType, on: boolean): void {
    this.content.update((c) => ({
      ...c,
      applicantTypes: APPLICANT_TYPES.filter((t) =>
        t === type ? on : c.applicantTypes.includes(t),
      ),
    }));
  }

  private setForm(change: (form: readonly FormFieldDto[]) => FormFieldDto[]): void {
    this.content.update((c) => ({ ...c, form: change(c.form) }));
  }

  protected addField(): void {
    this.setForm(addField);
  }

  protected removeField(index: number): void {
    this.setForm((form) => removeField(form, index));
  }

  protected moveField(index: number, delta: -1 | 1): void {
    this.setForm((form) => moveField(form, index, delta));
  }

  protected updateField<P extends FieldProperty>(
    index: number,
    property: P,
    value: FormFieldDto[P],
  ): void {
    this.setForm((form) => updateField(form, index, property, value));
  }

  protected setOptions(index: number, text: string): void {
    this.setForm((form) => setOptions(form, index, text));
  }

  protected save(): void {
    const content = this.content();
    const general: Partial<Record<General, string>> = {};
    if (!content.name) general.name = this.i18n.t('procedureAdmin.problem.name');
    if (!content.resultType) general.resultType = this.i18n.t('procedureAdmin.problem.resultType');
    if (content.applicantTypes.length === 0)
      general.applicantTypes = this.i18n.t('procedureAdmin.problem.applicantTypes');
    const rows = Object.entries(checkFields(content.form)).map(
      ([name, problem]) => [schemaInputId(name)!, this.fieldProblem(problem)] as const,
    );
    this.errors.setFields(general);
    this.rowErrors.set(Object.fromEntries(rows));
    if (Object.keys(general).length > 0 || rows.length > 0) return;

    const id = this.id();
    const request = id
      ? this.api.editProcedure(id, content)
      : this.api.createProcedure(this.nationalCode().trim() || null, content);
    this.run(request, 'procedureAdmin.saved', (saved) => {
      this.showContent(contentOf(saved));
      if (!id) void this.router.navigate(['/quan-tri/thu-tuc', saved.id], { replaceUrl: true });
    });
  }

  /** The date the draft applies from once published (`yyyy-MM-dd`); empty means today. */
  protected readonly effectiveFrom = signal('');

  protected publish(): void {
    const id = this.id();
    if (!id) return;
    const from = this.effectiveFrom().trim() || null;
    this.run(
      this.api.publishProcedure(id, from).pipe(switchMap(() => this.api.procedure(id))),
      'procedureAdmin.publishedDone',
      (saved) => {
        if (saved.status !== 'Scheduled') return;
        this.message.set(
          this.i18n.t('procedureAdmin.scheduledDone', {
            n: saved.versionNumber,
            date: formatDate(saved.effectiveFrom, this.i18n.lang()),
          }),
        );
      },
    );
  }

  private run(
    request: Observable<AdminProcedureDto>,
    done: TranslationKey,
    then: (saved: AdminProcedureDto) => void = () => undefined,
  ): void {
    this.busy.set(true);
    this.message.set(null);
    request.subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.errors.clear();
        this.rowErrors.set({});
        this.state.set({ status: 'ready', value: saved });
        this.message.set(this.i18n.t(done, { n: saved.versionNumber }));
        then(saved);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.showProblem(readProblem(error));
      },
    });
  }

  /** The API's field errors go beside their inputs: form fields by row, the rest by name without `content.`. */
  private showProblem(problem: FormProblem): void {
    const general: Record<string, readonly string[]> = {};
    const rows: Record<string, string> = {};
    for (const [name, messages] of Object.entries(problem.fields)) {
      const inputId = schemaInputId(name);
      if (inputId) rows[inputId] = messages[0];
      else general[name.replace(/^content\./, '').replace(/\[\d+\].*$/, '')] = messages;
    }
    const rest = { ...problem, fields: general };
    this.errors.setProblem(rest, problemText(rest, this.i18n));
    if (Object.keys(general).length === 0 && Object.keys(rows).length > 0)
      this.errors.setFields({});
    this.rowErrors.set(rows);
  }

  private fieldProblem(problem: FieldProblem): string {
    return this.i18n.t(`procedureAdmin.problem.${problem}`);
  }
}
