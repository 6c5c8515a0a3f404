import type { Type } from '@angular/core';

import type { PanelAction } from '../../workspace-rules';
import type { ActionPanel } from './action-panel';
import { ApologyPanel } from './apology-panel';
import { AssignPanel } from './assign-panel';
import { CommentPanel } from './comment-panel';
import { DigitisePanel } from './digitise-panel';
import { ForwardPanel } from './forward-panel';
import { IssueResultPanel } from './issue-result-panel';
import { ReasonPanel } from './reason-panel';
import { ReceivePanel } from './receive-panel';
import { ReturnResultPanel } from './return-result-panel';
import { SupplementPanel } from './supplement-panel';

/** The panel each action the server allows opens, with its own form. */
export const ACTION_PANELS: Readonly<Record<PanelAction, Type<ActionPanel>>> = {
  receive: ReceivePanel,
  reject: ReasonPanel,
  'request-supplement': SupplementPanel,
  assign: AssignPanel,
  reassign: AssignPanel,
  forward: ForwardPanel,
  'submit-for-approval': CommentPanel,
  approve: CommentPanel,
  'return-to-specialist': CommentPanel,
  refuse: ReasonPanel,
  'issue-result': IssueResultPanel,
  'return-result': ReturnResultPanel,
  apologise: ApologyPanel,
  stop: ReasonPanel,
  'record-uncollected': CommentPanel,
  digitise: DigitisePanel,
};

export type { ActionPanelContext } from './action-panel';
