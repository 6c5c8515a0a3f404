import type { DossierOperation } from '../../core/api/dossiers.api';
import type { TranslationKey } from '../../core/i18n';
import type { InboxCountsDto, InboxQuery } from '../../core/api/workspace.api';

export const OFFICIAL_ROLES = ['Receptionist', 'Specialist', 'Leader'] as const;

export type InboxTab =
  | 'toReceive'
  | 'supplement'
  | 'processing'
  | 'approval'
  | 'toReturn'
  | 'awaitingCollection'
  | 'mine'
  | 'dueSoon'
  | 'overdue';

/** "Due soon" is within this many working days (the API's count uses the same). */
export const DUE_SOON_WORKING_DAYS = 2;

/** Each tab: what it asks the inbox for and which count it shows. */
export const TABS: readonly {
  readonly key: InboxTab;
  readonly count: keyof InboxCountsDto;
  readonly query: InboxQuery;
}[] = [
  { key: 'toReceive', count: 'toReceive', query: { group: 'AwaitingReception' } },
  { key: 'supplement', count: 'supplementRequested', query: { group: 'Held' } },
  { key: 'processing', count: 'inProcessing', query: { group: 'Processing' } },
  { key: 'approval', count: 'awaitingApproval', query: { group: 'AwaitingApproval' } },
  { key: 'toReturn', count: 'resultToReturn', query: { group: 'Decided' } },
  {
    key: 'awaitingCollection',
    count: 'awaitingCollection',
    query: { awaitingCollection: true },
  },
  { key: 'mine', count: 'assignedToMe', query: { assignedToMe: true } },
  { key: 'dueSoon', count: 'dueSoon', query: { dueWithinWorkingDays: DUE_SOON_WORKING_DAYS } },
  { key: 'overdue', count: 'overdue', query: { overdue: true } },
];

export function isOfficial(roles: readonly string[]): boolean {
  return OFFICIAL_ROLES.some((role) => roles.includes(role));
}

/** The tab an official starts on: what their role acts on first. */
export function defaultTab(roles: readonly string[]): InboxTab {
  if (roles.includes('Receptionist')) return 'toReceive';
  if (roles.includes('Leader')) return 'approval';
  return 'mine';
}

export function tabOf(value: string | null, roles: readonly string[]): InboxTab {
  return TABS.some((t) => t.key === value) ? (value as InboxTab) : defaultTab(roles);
}

export type Urgency = 'overdue' | 'soon' | 'ok' | 'none';

/**
 * How urgent a dossier is: overdue (the server's `isOverdue`; without it, past the due instant), due within two working
 * days, or in time. Past the due instant but not overdue (paused for a supplement, or decided) shows no urgency.
 */
export function urgencyOf(daysLeft: number | null | undefined, overdue?: boolean | null): Urgency {
  if (daysLeft == null) return 'none';
  if (overdue ?? daysLeft < 0) return 'overdue';
  if (daysLeft < 0) return 'none';
  if (daysLeft <= DUE_SOON_WORKING_DAYS) return 'soon';
  return 'ok';
}

export type PanelAction =
  | 'receive'
  | 'reject'
  | 'request-supplement'
  | 'assign'
  | 'reassign'
  | 'forward'
  | 'submit-for-approval'
  | 'approve'
  | 'return-to-specialist'
  | 'refuse'
  | 'issue-result'
  | 'return-result'
  | 'apologise'
  | 'stop'
  | 'record-uncollected'
  | 'digitise';

/** The panel's button for each operation the server allows (the citizen's own operations have none here). */
const PANEL: Readonly<Partial<Record<DossierOperation, PanelAction>>> = {
  Receive: 'receive',
  RequestSupplement: 'request-supplement',
  RejectAtReception: 'reject',
  Assign: 'assign',
  Reassign: 'reassign',
  SubmitForApproval: 'submit-for-approval',
  Forward: 'forward',
  Approve: 'approve',
  ReturnToSpecialist: 'return-to-specialist',
  Refuse: 'refuse',
  UploadResult: 'issue-result',
  GenerateResult: 'issue-result',
  ReturnResult: 'return-result',
  ReturnResultOnline: 'return-result',
  RecordUncollectedResult: 'record-uncollected',
  IssueApology: 'apologise',
  StopProcessing: 'stop',
  DigitisePaper: 'digitise',
  DigitiseResult: 'digitise',
};

/** The order the panel shows its buttons in: the step's own work first, the exceptional ones last. */
const ORDER: readonly PanelAction[] = [
  'receive',
  'request-supplement',
  'reject',
  'digitise',
  'assign',
  'reassign',
  'submit-for-approval',
  'forward',
  'approve',
  'return-to-specialist',
  'issue-result',
  'refuse',
  'return-result',
  'record-uncollected',
  'apologise',
  'stop',
];

/**
 * The panel's buttons: exactly the operations the server lists for this user on this dossier (`allowedActions`, decided by
 * the same guards that accept or refuse the command). The page keeps no copy of the workflow's rules.
 */
export function panelActions(
  allowed: readonly DossierOperation[] | null | undefined,
): PanelAction[] {
  const wanted = new Set((allowed ?? []).map((operation) => PANEL[operation]).filter((a) => !!a));
  return ORDER.filter((action) => wanted.has(action));
}

/**
 * The domain's refusals of an official's action, by the problem's stable code, said in the user's language. The rule
 * stays on the server (the code is its answer); codes not listed keep the server's own sentence.
 */
const REFUSALS: Readonly<Record<string, TranslationKey>> = {
  'dossier.invalid_transition': 'case.refusal.invalidTransition',
  'dossier.not_allowed': 'case.refusal.notAllowed',
  'dossier.result_missing': 'case.refusal.resultMissing',
  'dossier.result_already_issued': 'case.refusal.resultAlreadyIssued',
  'dossier.supplement_already_requested': 'case.refusal.supplementAlreadyRequested',
  'dossier.result_not_at_desk': 'case.refusal.resultNotAtDesk',
  'dossier.payment_required': 'case.refusal.paymentRequired',
  'result.no_template': 'case.refusal.noTemplate',
  'dossier.paper_already_digitised': 'case.refusal.paperAlreadyDigitised',
  'dossier.result_already_digitised': 'case.refusal.resultAlreadyDigitised',
  'dossier.result_electronic': 'case.refusal.resultElectronic',
  'dossier.nothing_to_digitise': 'case.refusal.nothingToDigitise',
  'dossier.invalid_digitised_copy': 'case.refusal.invalidDigitisedCopy',
};

/** The translation of a refusal's code, or null when the server's sentence is to be shown as it is. */
export function refusalKey(code: string | null | undefined): TranslationKey | null {
  return (code && REFUSALS[code]) || null;
}

/**
 * Who signs an apology for a late result: a leader of the dossier's current or deciding agency signs it themself;
 * anyone else (the desk) prepares it on behalf of a leader they name.
 */
export function deskPreparesApology(
  dossier: { readonly currentAgencyId: string; readonly decidingAgencyId: string } | null,
  profile: { readonly roles: readonly string[]; readonly agencyId: string | null } | null,
): boolean {
  if (!dossier || !profile) return false;
  const leaderHere =
    profile.roles.includes('Leader') &&
    (profile.agencyId === dossier.currentAgencyId || profile.agencyId === dossier.decidingAgencyId);
  return !leaderHere;
}
