import {
  checkTransition,
  INTENT_PARTIES,
  INTENT_STATUSES,
  INTENT_TRANSITIONS,
  nextStates,
  OPEN_INTENT_STATUSES,
  type IntentParty,
  type IntentStatus,
} from './intent.workflow';

// The allowed moves written out by hand from the product brief, independent of the table's code:
// every (from, to, party) triple not listed here must be refused.
const ALLOWED: [IntentStatus, IntentStatus, IntentParty][] = [
  ['submitted', 'accepted', 'provider'],
  ['submitted', 'declined', 'provider'],
  ['submitted', 'withdrawn', 'company'],
  ['accepted', 'negotiating', 'provider'],
  ['accepted', 'negotiating', 'company'],
  ['negotiating', 'signed', 'provider'],
  ['signed', 'in_service', 'provider'],
  ['in_service', 'completed', 'company'],
  ...OPEN_INTENT_STATUSES.flatMap((from) =>
    (['company', 'provider', 'operator'] as const).map((p) => [from, 'closed', p] as [IntentStatus, IntentStatus, IntentParty]),
  ),
];
const key = (f: string, t: string, p: string) => `${f}→${t} by ${p}`;
const allowed = new Set(ALLOWED.map(([f, t, p]) => key(f, t, p)));

const everyTriple = INTENT_STATUSES.flatMap((from) =>
  INTENT_STATUSES.flatMap((to) => INTENT_PARTIES.map((party) => [from, to, party] as [IntentStatus, IntentStatus, IntentParty])),
);

describe('intent transitions table', () => {
  it.each(everyTriple)('%s → %s by %s', (from, to, party) => {
    const result = checkTransition(from, to, party);
    expect(result.ok).toBe(allowed.has(key(from, to, party)));
    if (!result.ok) {
      const inTable = INTENT_TRANSITIONS.some((t) => t.from === from && t.to === to);
      expect(result.reason).toBe(inTable ? 'wrong_party' : 'not_in_table');
    }
  });

  it('requires a reason to decline or close and an amount and date to sign', () => {
    expect(checkTransition('submitted', 'declined', 'provider')).toMatchObject({ ok: true, rule: { requires: ['reason'] } });
    expect(checkTransition('in_service', 'closed', 'operator')).toMatchObject({ ok: true, rule: { requires: ['reason'] } });
    expect(checkTransition('negotiating', 'signed', 'provider')).toMatchObject({ ok: true, rule: { requires: ['contractAmount', 'signedOn'] } });
  });

  it('offers no move out of a final state', () => {
    for (const s of ['declined', 'withdrawn', 'completed', 'closed'] as const) {
      for (const p of INTENT_PARTIES) expect(nextStates(s, p)).toEqual([]);
    }
  });

  it('offers the provider accept, decline and close on a new intent', () => {
    expect(nextStates('submitted', 'provider').map((t) => t.to).sort()).toEqual(['accepted', 'closed', 'declined']);
    expect(nextStates('submitted', 'company').map((t) => t.to).sort()).toEqual(['closed', 'withdrawn']);
  });
});
