import type { DossierDto } from '../../core/api/dossiers.api';
import type { InboxCountsDto, InboxQuery } from '../../core/api/workspace.api';

export const OFFICIAL_ROLES = ['Receptionist', 'Specialist', 'Leader'] as const;

/** Who is acting: the signed-in official's id, roles and agency. */
export interface Official {
  readonly id: string;
  readonly roles: readonly string[];
  readonly agencyId: string | null;
}

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
  { key: 'toReceive', count: 'toReceive', query: { statuses: ['Submitted'] } },
  { key: 'supplement', count: 'supplementRequested', query: { statuses: ['SupplementRequested'] } },
  { key: 'processing', count: 'inProcessing', query: { statuses: ['Received', 'InProcessing'] } },
  { key: 'approval', count: 'awaitingApproval', query: { statuses: ['AwaitingApproval'] } },
  { key: 'toReturn', count: 'resultToReturn', query: { statuses: ['Resolved', 'Refused'] } },
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

/** How urgent a dossier is by the working days left: overdue, due within two working days, or in time. */
export function urgencyOf(daysLeft: number | null | undefined): Urgency {
  if (daysLeft == null) return 'none';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_WORKING_DAYS) return 'soon';
  return 'ok';
}

export type PanelAction =
  | 'receive'
  | 'reject'
  | 'request-supplement'
  | 'assign'
  | 'forward'
  | 'submit-for-approval'
  | 'approve'
  | 'return-to-specialist'
  | 'refuse'
  | 'issue-result'
  | 'return-result'
  | 'apologise'
  | 'stop'
  | 'record-uncollected';

/**
 * The actions the dossier's state and the official's roles allow, in the order the panel shows them. It mirrors the
 * workflow's rules so that no button is offered in vain; the API stays the judge (and says why when it refuses).
 */
export function actionsFor(
  dossier: DossierDto,
  official: Official,
  now: Date = new Date(),
): PanelAction[] {
  const has = (role: string, agency: string) =>
    official.roles.includes(role) && official.agencyId === agency;
  const current = dossier.currentAgencyId;
  const desk = has('Receptionist', dossier.receivingAgencyId) || has('Receptionist', current);
  const leader = has('Leader', current);
  const specialist = has('Specialist', current);
  const atDecidingAgency = current === dossier.decidingAgencyId;
  const actions: PanelAction[] = [];
  const add = (when: boolean, ...list: PanelAction[]) => {
    if (when) actions.push(...list);
  };

  // The server says from when the desk may record an uncollected result (after the configured waiting period).
  const uncollectedDue =
    !!dossier.uncollectedRecordableFrom &&
    new Date(dossier.uncollectedRecordableFrom).getTime() <= Date.now() &&
    has('Receptionist', dossier.receivingAgencyId);

  switch (dossier.status) {
    case 'Submitted':
      add(
        has('Receptionist', dossier.receivingAgencyId),
        'receive',
        'request-supplement',
        'reject',
      );
      break;
    case 'Received':
      add(desk || leader, 'assign');
      add(specialist, 'request-supplement');
      break;
    case 'InProcessing':
      add(specialist, 'submit-for-approval', 'request-supplement', 'forward');
      add(leader, 'refuse');
      break;
    case 'AwaitingApproval':
      add(leader, 'approve', 'return-to-specialist', 'refuse');
      add(leader && atDecidingAgency, 'issue-result');
      break;
    case 'Resolved':
      add(desk, 'return-result');
      add(
        has('Leader', dossier.decidingAgencyId) && atDecidingAgency && !dossier.resultReleasedAt,
        'issue-result',
      );
      add(uncollectedDue, 'record-uncollected');
      break;
    case 'Refused':
      add(desk, 'return-result');
      add(uncollectedDue, 'record-uncollected');
      break;
    default:
      break;
  }
  if (
    ['Received', 'SupplementRequested', 'InProcessing', 'AwaitingApproval'].includes(dossier.status)
  ) {
    // Form 04: at the latest one working day before the due date, once (Nghị định 61/2018/NĐ-CP, Điều 19); the server
    // says until when (apologyDueBy). A leader of the agency holding or deciding it signs; the desk prepares it for one.
    const apologyOpen =
      !!dossier.apologyDueBy && now.getTime() <= new Date(dossier.apologyDueBy).getTime();
    add(apologyOpen && (leader || has('Leader', dossier.decidingAgencyId) || desk), 'apologise');
    add(leader, 'stop');
  }
  return actions;
}
