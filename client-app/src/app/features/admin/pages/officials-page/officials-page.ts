import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import { type Observable, Subject, map, startWith, switchMap } from 'rxjs';

import type { PagedList } from '../../../../core/api/catalogue.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslationService, type TranslationKey } from '../../../../core/i18n';
import { FormErrors } from '../../../../shared/forms/form-errors';
import { readProblem } from '../../../../shared/forms/problem';
import { type LoadState, readyItems, toLoadState } from '../../../../shared/state/load-state';
import { ADMIN_FORM_PAGE } from '../../components/admin-form-page';
import { AdminStatus } from '../../components/admin-status';
import { AdminTable } from '../../components/admin-table';
import { RoleChoices } from '../../components/role-choices';
import { RowAction } from '../../components/row-action';
import { AdminApi, type AgencyDto, type OfficialDto, type OfficialRole } from '../../admin.api';
import { problemText } from '../../admin-messages';
import { type NewOfficialField, newOfficialProblems } from '../../new-official';
import { grantableRoles, manageableAgencies, temporaryPassword } from '../../admin-rules';

/**
 * Officials' accounts for administrators: one page of the officials they manage, a form that creates an account with
 * roles and a temporary password shown once, role changes and locking (which ends the official's sessions).
 */
@Component({
  selector: 'app-officials-page',
  imports: [ADMIN_FORM_PAGE, RoleChoices, AdminTable, AdminStatus, RowAction],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './officials-page.html',
  styleUrl: '../admin-page.scss',
})
export class OfficialsPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(TranslationService);
  private readonly profile = inject(AuthService).profile();
  private readonly reload = new Subject<void>();

  protected readonly roles = grantableRoles(this.profile?.roles ?? []);
  protected readonly state = signal<LoadState<PagedList<OfficialDto>>>({ status: 'loading' });
  protected readonly rows = computed(() => readyItems(this.state()));
  protected readonly agencies = signal<readonly AgencyDto[]>([]);
  protected readonly manageable = computed(() =>
    manageableAgencies(this.agencies(), this.profile?.roles ?? [], this.profile?.agencyId ?? null),
  );
  /** An administrator who manages a single agency creates accounts in it: the only choice is chosen. */
  private readonly onlyAgency = computed(() => {
    const only = this.manageable();
    return only.length === 1 ? only[0].id : '';
  });
  /** The new account's fields; its roles are in `newRoles`. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    fullName: '',
    email: '',
    userName: '',
    agencyId: '',
  });
  protected readonly newRoles = signal<readonly string[]>([]);
  protected readonly created = signal<{
    userName: string;
    password: string;
    reset?: boolean;
  } | null>(null);
  protected readonly editing = signal<{ id: string; roles: readonly string[] } | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = new FormErrors<NewOfficialField>({
    fullName: 'official-fullName',
    email: 'official-email',
    userName: 'official-userName',
    agencyId: 'official-agency',
    roles: 'official-role-Receptionist',
    temporaryPassword: 'official-userName',
  });

  constructor() {
    const page = inject(ActivatedRoute).queryParamMap.pipe(
      map((params) => Math.max(1, Number(params.get('page')) || 1)),
    );
    page
      .pipe(
        switchMap((n) =>
          this.reload.pipe(
            startWith(undefined),
            map(() => n),
          ),
        ),
        switchMap((n) => toLoadState(this.api.officials(n))),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
    // The agencies decide what may be chosen (the profile does not change on this page).
    this.api.agencies().subscribe({
      next: (all) => {
        this.agencies.set(all);
        this.form.controls.agencyId.setValue(this.onlyAgency());
      },
      error: () => undefined,
    });
  }

  protected roleKey(role: string): TranslationKey {
    return `admin.role.${role as OfficialRole}`;
  }

  protected agencyName(id: string | null): string {
    const agency = this.agencies().find((a) => a.id === id);
    if (!agency) return '—';
    return this.i18n.lang() === 'en' ? agency.nameEn || agency.name : agency.name;
  }

  protected create(): void {
    const data = this.form.getRawValue();
    const value = (name: keyof typeof data) => data[name].trim();
    const request = {
      fullName: value('fullName'),
      email: value('email'),
      userName: value('userName'),
      agencyId: value('agencyId'),
      roles: this.newRoles(),
      temporaryPassword: temporaryPassword(),
    };
    if (this.errors.setChecks(newOfficialProblems(request), (key) => this.i18n.t(key))) return;

    this.busy.set(true);
    this.created.set(null);
    this.api.createOfficial(request).subscribe({
      next: (official) => {
        this.busy.set(false);
        this.created.set({ userName: official.userName, password: request.temporaryPassword });
        this.form.reset({ agencyId: this.onlyAgency() });
        this.newRoles.set([]);
        this.reload.next();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.errors.setProblem(readProblem(error), problemText(readProblem(error), this.i18n));
      },
    });
  }

  protected startEditing(official: OfficialDto): void {
    this.editing.set({ id: official.id, roles: official.roles });
  }

  protected editRoles(roles: readonly string[]): void {
    this.editing.update((e) => (e ? { ...e, roles } : e));
  }

  protected saveRoles(official: OfficialDto): void {
    const edited = this.editing();
    if (!edited) return;
    this.act(this.api.setRoles(official.id, edited.roles), 'officials.rolesSaved', official);
  }

  /** A new temporary password, generated here like at creation and shown once. */
  protected resetPassword(official: OfficialDto): void {
    const password = temporaryPassword();
    this.act(
      this.api.resetPassword(official.id, password),
      'officials.passwordReset',
      official,
      () => {
        this.created.set({ userName: official.userName, password, reset: true });
        setTimeout(() => document.getElementById('official-secret')?.focus());
      },
    );
  }

  protected setLocked(official: OfficialDto, locked: boolean): void {
    this.act(
      this.api.setLocked(official.id, locked),
      locked ? 'officials.lockedDone' : 'officials.unlockedDone',
      official,
    );
  }

  private act(
    request: Observable<unknown>,
    done: TranslationKey,
    official: OfficialDto,
    then?: () => void,
  ): void {
    this.busy.set(true);
    this.failure.set(null);
    this.message.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.editing.set(null);
        this.message.set(this.i18n.t(done, { name: official.fullName }));
        this.reload.next();
        then?.();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(problemText(readProblem(error), this.i18n));
      },
    });
  }

  protected readonly pageLink = (page: number) => ({ page: page > 1 ? page : null });
}
