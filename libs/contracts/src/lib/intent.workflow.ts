// The cooperation intent (合作意向) workflow: ONE table, read by the API (to allow or refuse a
// move) and by the web (to show only the buttons allowed now).

export const INTENT_STATUSES = [
  'submitted',
  'accepted',
  'declined',
  'withdrawn',
  'negotiating',
  'signed',
  'in_service',
  'completed',
  'closed',
] as const;
export type IntentStatus = (typeof INTENT_STATUSES)[number];

export const INTENT_PARTIES = ['company', 'provider', 'operator'] as const;
export type IntentParty = (typeof INTENT_PARTIES)[number];

/** Fields a transition requires besides the target state. */
export type TransitionField = 'reason' | 'contractAmount' | 'signedOn';

export interface TransitionRule {
  from: IntentStatus;
  to: IntentStatus;
  by: readonly IntentParty[];
  requires: readonly TransitionField[];
}

export const OPEN_INTENT_STATUSES = ['submitted', 'accepted', 'negotiating', 'signed', 'in_service'] as const satisfies readonly IntentStatus[];
export const TERMINAL_INTENT_STATUSES = ['declined', 'withdrawn', 'completed', 'closed'] as const satisfies readonly IntentStatus[];

const closeFrom = (from: IntentStatus): TransitionRule => ({
  from,
  to: 'closed',
  by: ['company', 'provider', 'operator'],
  requires: ['reason'],
});

export const INTENT_TRANSITIONS: readonly TransitionRule[] = [
  { from: 'submitted', to: 'accepted', by: ['provider'], requires: [] },
  { from: 'submitted', to: 'declined', by: ['provider'], requires: ['reason'] },
  { from: 'submitted', to: 'withdrawn', by: ['company'], requires: [] },
  { from: 'accepted', to: 'negotiating', by: ['provider', 'company'], requires: [] },
  { from: 'negotiating', to: 'signed', by: ['provider'], requires: ['contractAmount', 'signedOn'] },
  { from: 'signed', to: 'in_service', by: ['provider'], requires: [] },
  { from: 'in_service', to: 'completed', by: ['company'], requires: [] },
  ...OPEN_INTENT_STATUSES.map(closeFrom),
];

export function findTransition(from: IntentStatus, to: IntentStatus): TransitionRule | undefined {
  return INTENT_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The moves `party` may make from `from` — what the UI offers as buttons. */
export function nextStates(from: IntentStatus, party: IntentParty): TransitionRule[] {
  return INTENT_TRANSITIONS.filter((t) => t.from === from && t.by.includes(party));
}

export type TransitionCheck =
  | { ok: true; rule: TransitionRule }
  | { ok: false; reason: 'not_in_table' | 'wrong_party' };

export function checkTransition(from: IntentStatus, to: IntentStatus, party: IntentParty): TransitionCheck {
  const rule = findTransition(from, to);
  if (!rule) return { ok: false, reason: 'not_in_table' };
  if (!rule.by.includes(party)) return { ok: false, reason: 'wrong_party' };
  return { ok: true, rule };
}

export function isOpenStatus(status: IntentStatus): boolean {
  return (OPEN_INTENT_STATUSES as readonly IntentStatus[]).includes(status);
}
