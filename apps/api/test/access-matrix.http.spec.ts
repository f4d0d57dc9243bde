import {
  ERROR_HTTP_STATUS,
  SESSION_COOKIE,
  type ApiErrorBody,
  type ErrorCode,
  type IntentDetailDto,
  type IntentSummaryDto,
  type InvitationDto,
  type MemberRole,
  type OrgKind,
  type Page,
  type ProviderStatus,
  type ServiceSummaryDto,
  type SessionDto,
} from '@qifu/contracts';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { AccessRule } from '../src/common/auth/access.decorator';
import { OPERATOR_ORG_ID } from '../src/common/auth/actor';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { PASSWORD, addMember, companySignup, providerSignup, signIn, signInOperator, signUpCompany, signUpProvider, uniq } from './support/accounts';
import { Browser, type HttpResult } from './support/browser';
import { discoverRoutes, fastifyRoutes, type DiscoveredRoute } from './support/routes';
import { startTestApp, type TestApp } from './support/test-app';

// Who may call what, for every route of the API, checked three ways: the rules declared on the
// controllers must equal this table, every route the server answers must be in it, and every
// (route, caller) pair is called over HTTP. Then: ids of another organisation (BOLA), extra body
// fields (mass assignment) and secrets in responses.

// ---------------------------------------------------------------------------------------------
// The expected rules. A new route fails the discovery test until it is added here.

const PUBLIC: AccessRule = { kind: 'public' };
const SIGNED_IN: AccessRule = { kind: 'user' };
const ANY_ADMIN: AccessRule = { kind: 'user', admin: true };
const COMPANY: AccessRule = { kind: 'user', orgKinds: ['company'] };
const PROVIDER: AccessRule = { kind: 'user', orgKinds: ['provider'] };
const OPERATOR: AccessRule = { kind: 'user', orgKinds: ['operator'] };
// The operator's decisions and personal data: see Access.operator for the line drawn.
const OPERATOR_ADMIN: AccessRule = { kind: 'user', orgKinds: ['operator'], admin: true };
const COMPANY_OR_OPERATOR: AccessRule = { kind: 'user', orgKinds: ['company', 'operator'] };
const APPROVED_PROVIDER: AccessRule = { kind: 'user', orgKinds: ['provider'], approvedProvider: true };
const PROVIDER_ADMIN: AccessRule = { kind: 'user', orgKinds: ['provider'], admin: true };

const EXPECTED: Record<string, AccessRule> = {
  'GET /api/health': PUBLIC,
  'GET /api/health/live': PUBLIC,
  // Public to the guard; the controller admits loopback or the METRICS_TOKEN bearer (metrics.http.spec.ts).
  'GET /api/metrics': PUBLIC,
  'GET /api/categories': PUBLIC,
  'GET /api/services': PUBLIC,
  'GET /api/search/suggest': PUBLIC,
  'GET /api/services/:id': PUBLIC,
  'GET /api/providers': PUBLIC,
  'GET /api/providers/:id': PUBLIC,

  'POST /api/auth/register': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/logout': SIGNED_IN,
  'GET /api/auth/me': PUBLIC,
  'POST /api/auth/password': SIGNED_IN,
  'GET /api/auth/sessions': SIGNED_IN,
  'DELETE /api/auth/sessions/:id': SIGNED_IN,
  'POST /api/auth/sessions/revoke-others': SIGNED_IN,

  'GET /api/organisation/members': ANY_ADMIN,
  'DELETE /api/organisation/members/:id': ANY_ADMIN,
  'GET /api/organisation/invitations': ANY_ADMIN,
  'POST /api/organisation/invitations': ANY_ADMIN,
  'DELETE /api/organisation/invitations/:id': ANY_ADMIN,
  'GET /api/invitations/:token': PUBLIC,
  'POST /api/invitations/:token/accept': PUBLIC,

  'GET /api/provider-application': PROVIDER,
  'GET /api/provider-applications': OPERATOR,
  'GET /api/provider-applications/:id': OPERATOR,
  'POST /api/provider-applications/:id/approve': OPERATOR_ADMIN,
  'POST /api/provider-applications/:id/reject': OPERATOR_ADMIN,

  'GET /api/audit-log': OPERATOR_ADMIN,
  'GET /api/companies': OPERATOR,
  // The roster: import (preview, confirm, progress), tiers with their history, the pyramid.
  'POST /api/operator/companies/imports': OPERATOR,
  'GET /api/operator/companies/imports/:id': OPERATOR,
  'GET /api/operator/companies/imports/:id/rows': OPERATOR,
  'POST /api/operator/companies/imports/:id/confirm': OPERATOR,
  'GET /api/operator/companies/tier-pyramid': OPERATOR,
  'GET /api/operator/companies/:id': OPERATOR,
  'PUT /api/operator/companies/:id/tiers': OPERATOR,
  'GET /api/operator/companies/:id/tier-events': OPERATOR,

  // Provider workspace: only staff of an approved provider manage listings.
  'GET /api/provider/listings': APPROVED_PROVIDER,
  'POST /api/provider/listings': APPROVED_PROVIDER,
  'GET /api/provider/listings/:id': APPROVED_PROVIDER,
  'PUT /api/provider/listings/:id': APPROVED_PROVIDER,
  'POST /api/provider/listings/:id/publish': APPROVED_PROVIDER,
  'POST /api/provider/listings/:id/unlist': APPROVED_PROVIDER,
  'DELETE /api/provider/listings/:id': APPROVED_PROVIDER,
  'GET /api/provider/figures': APPROVED_PROVIDER,
  'GET /api/provider/profile': PROVIDER,
  'PUT /api/provider/profile': PROVIDER_ADMIN,
  'GET /api/operator/listings': OPERATOR,
  'POST /api/operator/listings/:id/unlist': OPERATOR,
  'POST /api/operator/listings/:id/restore': OPERATOR_ADMIN,
  // The job queue console: any operator member (job data carries ids, not people's data).
  'GET /api/operator/search-synonyms': OPERATOR,
  'GET /api/operator/search-analytics': OPERATOR,
  'POST /api/operator/search-synonyms': OPERATOR,
  'PUT /api/operator/search-synonyms/:id': OPERATOR,
  'DELETE /api/operator/search-synonyms/:id': OPERATOR,
  // Recommendations: a company's own; the rules are for any operator member to read.
  'GET /api/recommendations': COMPANY,
  'POST /api/recommendations/:key/dismiss': COMPANY,
  'DELETE /api/recommendations/:key/dismiss': COMPANY,
  'GET /api/operator/recommendation-rules': OPERATOR,
  'GET /api/operator/jobs/summary': OPERATOR,
  'GET /api/operator/jobs/failed': OPERATOR,
  'POST /api/operator/jobs/:id/retry': OPERATOR,

  'GET /api/stats/overview': OPERATOR,
  'GET /api/stats/trend': OPERATOR,
  'GET /api/stats/breakdown/:dimension': OPERATOR,
  'GET /api/stats/export/intents.:format': OPERATOR,
  'GET /api/stats/export/providers.:format': OPERATOR,
  // Export jobs: any operator member; each job (and its file) is then its requester's only.
  'POST /api/stats/exports': OPERATOR,
  'GET /api/stats/exports': OPERATOR,
  'GET /api/stats/exports/:id': OPERATOR,
  'GET /api/stats/exports/:id/file': OPERATOR,

  // Intents: any signed-in caller; the intent policy then limits each one to its own intents.
  'GET /api/intents': SIGNED_IN,
  'POST /api/intents': COMPANY_OR_OPERATOR,
  'GET /api/intents/:id': SIGNED_IN,
  'POST /api/intents/:id/transitions': SIGNED_IN,
  'GET /api/intents/:id/messages': SIGNED_IN,
  'POST /api/intents/:id/messages': SIGNED_IN,
  'POST /api/intents/:id/rating': COMPANY,
  'POST /api/intents/:id/rating/reply': PROVIDER,
  // The service desk: operators record visits; a company sees and moves only its own problems
  // (problems.http.spec.ts checks that), the operator every problem.
  'GET /api/problem-categories': SIGNED_IN,
  'POST /api/visits': OPERATOR,
  'POST /api/problems': COMPANY_OR_OPERATOR,
  'GET /api/problems': COMPANY_OR_OPERATOR,
  'GET /api/problems/:id': COMPANY_OR_OPERATOR,
  'POST /api/problems/:id/transitions': COMPANY_OR_OPERATOR,
  'POST /api/problems/:id/intent': OPERATOR,
  'GET /api/operator/problems/dashboard': OPERATOR,
  'GET /api/operator/problems/dashboard/export.csv': OPERATOR,
  'GET /api/notifications': SIGNED_IN,
  'GET /api/notifications/unread-count': SIGNED_IN,
  'POST /api/notifications/:id/read': SIGNED_IN,
  'POST /api/notifications/read-all': SIGNED_IN,
  'GET /api/account/notification-settings': SIGNED_IN,
  'PUT /api/account/notification-settings': SIGNED_IN,
  // The link in a mail: its signed token is the authority, not a session.
  'GET /api/mail/unsubscribe': PUBLIC,
  'POST /api/mail/unsubscribe': PUBLIC,
  'GET /api/services/:id/ratings': PUBLIC,
  'GET /api/providers/:id/ratings': PUBLIC,
};

/** Routes that change the caller's own session or account: run on a throw-away session. */
const SELF_STATE = new Set(['POST /api/auth/logout', 'POST /api/auth/password', 'POST /api/auth/sessions/revoke-others']);

/** A rule in words, so a declared rule and an expected one compare whatever keys they spell out. */
function ruleName(rule: AccessRule | undefined): string {
  if (!rule) return '(no rule)';
  if (rule.kind === 'public') return 'public';
  let name = rule.orgKinds ? [...rule.orgKinds].sort().join('|') : rule.admin ? '' : 'signed-in';
  if (rule.approvedProvider) name = `approved-${name}`;
  if (rule.admin) name = name ? `${name}-admin` : 'admin';
  return name;
}

// ---------------------------------------------------------------------------------------------
// The callers.

type ActorName =
  | 'anonymous'
  | 'company-admin'
  | 'company-member'
  | 'provider-admin'
  | 'pending-provider-admin'
  | 'provider-member'
  | 'operator-admin'
  | 'operator-member';

interface ActorSpec {
  name: ActorName;
  org?: { kind: OrgKind; role: MemberRole; providerStatus?: ProviderStatus };
}

const ACTORS: ActorSpec[] = [
  { name: 'anonymous' },
  { name: 'company-admin', org: { kind: 'company', role: 'admin' } },
  { name: 'company-member', org: { kind: 'company', role: 'member' } },
  { name: 'provider-admin', org: { kind: 'provider', role: 'admin', providerStatus: 'approved' } },
  { name: 'pending-provider-admin', org: { kind: 'provider', role: 'admin', providerStatus: 'pending' } },
  { name: 'provider-member', org: { kind: 'provider', role: 'member', providerStatus: 'approved' } },
  { name: 'operator-admin', org: { kind: 'operator', role: 'admin' } },
  { name: 'operator-member', org: { kind: 'operator', role: 'member' } },
];
const SIGNED_IN_ACTORS = ACTORS.filter((a) => a.org).map((a) => a.name);

type Outcome = 'allowed' | ErrorCode;

/** What the guard must answer this caller: the specification the matrix checks. */
function expectedOutcome(rule: AccessRule, actor: ActorSpec): Outcome {
  if (rule.kind === 'public') return 'allowed';
  if (!actor.org) return 'UNAUTHENTICATED';
  if (rule.orgKinds && !rule.orgKinds.includes(actor.org.kind)) return 'FORBIDDEN';
  if (rule.admin && actor.org.role !== 'admin') return 'FORBIDDEN';
  if (rule.approvedProvider && actor.org.providerStatus !== 'approved') return 'PROVIDER_NOT_APPROVED';
  return 'allowed';
}

const outcomeLabel = (o: Outcome) => (o === 'allowed' ? 'allowed' : `${ERROR_HTTP_STATUS[o]} ${o}`);

const CELLS = Object.entries(EXPECTED).flatMap(([route, rule]) =>
  ACTORS.map((actor) => {
    const outcome = expectedOutcome(rule, actor);
    return { route, actor: actor.name, outcome, label: outcomeLabel(outcome) };
  }),
);

/** Parameters that are not UUIDs, per route. */
const PARAM_VALUES: Record<string, Record<string, () => string>> = {
  'POST /api/notifications/:id/read': { id: () => String(randomInt(1_000_000_000, 2_000_000_000)) }, // bigint ids
};

/** A syntactically valid value for each path parameter, so the guard and the pipes both pass. */
function fillParams(route: string): string {
  const [, template] = route.split(' ');
  return template.replace(/:(\w+)/g, (_, name: string) => {
    const special = PARAM_VALUES[route]?.[name];
    if (special) return special();
    if (name === 'id' || name === 'key') return randomUUID();
    if (name === 'token') return randomBytes(32).toString('base64url'); // 43 characters
    if (name === 'dimension') return 'provider';
    if (name === 'format') return 'csv';
    throw new Error(`No test value for path parameter :${name} in ${template}; add one to fillParams.`);
  });
}

// ---------------------------------------------------------------------------------------------
// The running application and its accounts.

let t: TestApp;
const actors = new Map<ActorName, Browser>();
let discovered: DiscoveredRoute[] = [];

/** Rows of other organisations, which the BOLA cases aim at. */
const v = {
  companyA: { id: '', victimMemberId: '', victimSessionId: '', invitationId: '' },
  companyB: { id: '', adminId: '', memberId: '', memberSessionId: '', invitationId: '' },
  providerA: { victimMemberId: '', victimSessionId: '', invitationId: '' },
  providerP: { id: '' }, // the pending-provider-admin actor's own organisation
  providerQ: { id: '', memberId: '', memberSessionId: '', invitationId: '' }, // another pending provider
  operator: { victimId: '', victimSessionId: '', invitationId: '' },
  // An export job the operator admin requested (the operator member is another requester).
  exportJobId: '',
  // An intent of company B to seeded provider S, and the notification it gave S's staff.
  intent: { id: '', providerId: '', notificationId: '', state: undefined as IntentState | undefined },
};
const owners: { companyB?: Browser; companyBMember?: Browser; providerS?: Browser } = {};

const actor = (name: ActorName): Browser => {
  if (name === 'anonymous') return new Browser(t.baseUrl);
  const b = actors.get(name);
  if (!b) throw new Error(`actor ${name} was not set up`);
  return b;
};

async function currentSessionId(b: Browser): Promise<string> {
  const res = await b.get<SessionDto[]>('/api/auth/sessions');
  if (res.status !== 200) throw new Error(`sessions: ${res.status}`);
  const current = res.body.find((s) => s.current);
  if (!current) throw new Error('no current session');
  return current.id;
}

async function invite(admin: Browser): Promise<string> {
  const res = await admin.post<InvitationDto>('/api/organisation/invitations', { email: `pending-${uniq()}@org.test`, role: 'member' });
  if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

const q1 = async <T>(sql: string, params: unknown[]): Promise<T | undefined> => ((await t.db.query(sql, params)) as T[])[0];

/** Staff for one of the seeded providers (they have no accounts of their own). */
async function signInSeededProvider(providerId: string): Promise<Browser> {
  const email = `staff-${uniq()}@seeded-provider.test`;
  await t.db.query(
    `INSERT INTO app_user (email, password_hash, display_name, org_kind, provider_id, role) VALUES ($1, $2, '测试顾问', 'provider', $3, 'admin')`,
    [email, await new PasswordHasher().hash(PASSWORD), providerId],
  );
  return signIn(t, email);
}

interface IntentState {
  status: string;
  version: number;
  events: number;
  messages: number;
  ratings: number;
  reads: number;
}
const intentState = (id: string) =>
  q1<IntentState>(
    `SELECT status, version,
            (SELECT count(*)::int FROM intent_event WHERE intent_id = i.id) AS events,
            (SELECT count(*)::int FROM intent_message WHERE intent_id = i.id) AS messages,
            (SELECT count(*)::int FROM intent_rating WHERE intent_id = i.id) AS ratings,
            (SELECT count(*)::int FROM intent_read WHERE intent_id = i.id) AS reads
       FROM intent i WHERE i.id = $1`,
    [id],
  );

const userId = (b: Browser) => b.me?.user.id ?? '';
const orgId = (b: Browser) => b.me?.organisation.id ?? '';

beforeAll(async () => {
  t = await startTestApp();

  // One request at a time: with concurrent connections the embedded PGlite server mixes up the
  // connections' prepared statements ('portal "" does not exist'), which would make this flaky.
  const operatorAdmin = await signInOperator(t, 'admin');
  const operatorMember = await signInOperator(t, 'member');
  const companyAdmin = await signUpCompany(t);
  const providerAdmin = await signUpProvider(t, { approve: true, operator: operatorAdmin });
  const pendingProviderAdmin = await signUpProvider(t);
  const companyB = await signUpCompany(t);
  const providerQ = await signUpProvider(t);
  const operatorVictim = await signInOperator(t, 'member');
  const companyMember = await addMember(t, companyAdmin);
  const providerMember = await addMember(t, providerAdmin);
  const companyAVictim = await addMember(t, companyAdmin);
  const providerAVictim = await addMember(t, providerAdmin);
  const companyBMember = await addMember(t, companyB);
  const providerQMember = await addMember(t, providerQ);
  actors.set('company-admin', companyAdmin);
  actors.set('company-member', companyMember);
  actors.set('provider-admin', providerAdmin);
  actors.set('pending-provider-admin', pendingProviderAdmin);
  actors.set('provider-member', providerMember);
  actors.set('operator-admin', operatorAdmin);
  actors.set('operator-member', operatorMember);
  owners.companyB = companyB;
  owners.companyBMember = companyBMember;

  v.companyA = {
    id: orgId(companyAdmin),
    victimMemberId: userId(companyAVictim),
    victimSessionId: await currentSessionId(companyAVictim),
    invitationId: await invite(companyAdmin),
  };
  v.companyB = {
    id: orgId(companyB),
    adminId: userId(companyB),
    memberId: userId(companyBMember),
    memberSessionId: await currentSessionId(companyBMember),
    invitationId: await invite(companyB),
  };
  v.providerA = {
    victimMemberId: userId(providerAVictim),
    victimSessionId: await currentSessionId(providerAVictim),
    invitationId: await invite(providerAdmin),
  };
  v.providerP = { id: orgId(pendingProviderAdmin) };
  v.providerQ = {
    id: orgId(providerQ),
    memberId: userId(providerQMember),
    memberSessionId: await currentSessionId(providerQMember),
    invitationId: await invite(providerQ),
  };
  v.operator = {
    victimId: userId(operatorVictim),
    victimSessionId: await currentSessionId(operatorVictim),
    invitationId: await invite(operatorAdmin),
  };

  const service = (await t.get<Page<ServiceSummaryDto>>('/api/services?pageSize=1')).body.items[0];
  const providerS = await signInSeededProvider(service.provider.id);
  owners.providerS = providerS;
  const intent = await companyB.post<IntentDetailDto>('/api/intents', {
    serviceId: service.id,
    need: '需要申请两项发明专利，希望尽快对接。',
    budgetNegotiable: true,
    wishedStartDate: '2027-03-01',
    contactName: '赵经理',
    contactPhone: '13800005678',
  });
  if (intent.status !== 201) throw new Error(`intent failed: ${intent.status} ${JSON.stringify(intent.body)}`);
  const notification = await q1<{ id: string }>(`SELECT id::text AS id FROM notification WHERE intent_id = $1 AND user_id = $2`, [
    intent.body.id,
    userId(providerS),
  ]);
  if (!notification) throw new Error('the provider got no notification');
  v.intent = { id: intent.body.id, providerId: service.provider.id, notificationId: notification.id, state: await intentState(intent.body.id) };

  // Inserted, not requested: below EXPORT_JOB_THRESHOLD_ROWS a request streams and makes no job.
  const job = await q1<{ id: string }>(
    `INSERT INTO export_job (requested_by, subject, format, period_from, period_to, rows_total)
     VALUES ($1, 'intents', 'csv', '2026-01-01', '2026-01-31', 10) RETURNING id`,
    [userId(operatorAdmin)],
  );
  v.exportJobId = job?.id ?? '';

  discovered = discoverRoutes(t.app);
});

afterAll(async () => {
  await t?.close();
});

function expectError(res: HttpResult, code: ErrorCode): void {
  const body = res.body as ApiErrorBody;
  expect({ status: res.status, code: body?.code }).toEqual({ status: ERROR_HTTP_STATUS[code], code });
  expect(typeof body.message).toBe('string');
}

// ---------------------------------------------------------------------------------------------

describe('route discovery', () => {
  it('finds the accounts as specified', () => {
    for (const spec of ACTORS.filter((a) => a.org)) {
      const me = actor(spec.name).me;
      expect({ name: spec.name, kind: me?.organisation.kind, role: me?.user.role, status: me?.organisation.providerStatus }).toEqual({
        name: spec.name,
        kind: spec.org?.kind,
        role: spec.org?.role,
        status: spec.org?.providerStatus,
      });
    }
  });

  it('every route declares an access rule', () => {
    expect(discovered.length).toBeGreaterThan(0);
    expect(discovered.filter((r) => !r.rule).map((r) => `${r.key} (${r.controller}.${r.handler})`)).toEqual([]);
  });

  it('the routes are exactly those of the expectation table', () => {
    const keys = discovered.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(Object.keys(EXPECTED).sort((a, b) => a.localeCompare(b)));
    console.log(
      `access matrix: ${keys.length} routes × ${ACTORS.length} callers = ${CELLS.length} cells; ` +
        `${BOLA.length} BOLA cases; ${MASS_ASSIGNMENT.length + INVITE_EXTRAS.length + 1} mass-assignment cases; ${SECRETS.length} secret checks`,
    );
  });

  it('each declared rule equals the expected one', () => {
    const declared = Object.fromEntries(discovered.map((r) => [r.key, ruleName(r.rule)]));
    const expected = Object.fromEntries(discovered.map((r) => [r.key, r.key in EXPECTED ? ruleName(EXPECTED[r.key]) : '(missing from EXPECTED)']));
    expect(declared).toEqual(expected);
  });

  it('the HTTP server answers no API route that Nest does not know (nothing bypasses the guard)', () => {
    const served = fastifyRoutes(t.app).filter((k) => !/^\w+ \/api\/docs/.test(k));
    expect(served).toEqual(discovered.map((r) => r.key).sort());
  });
});

describe(`access matrix: ${Object.keys(EXPECTED).length} routes × ${ACTORS.length} callers = ${CELLS.length} cells`, () => {
  it.each(CELLS)('$route as $actor → $label', async ({ route, actor: name, outcome }) => {
    const [method] = route.split(' ');
    const selfState = SELF_STATE.has(route) && name !== 'anonymous';
    // A throw-away session of the same user, so logging out or revoking sessions spares the others.
    const caller = selfState ? await signIn(t, actor(name).me?.user.email ?? '') : actor(name);
    const res = await caller.request(method, fillParams(route), method === 'POST' ? {} : undefined);

    expect(res.status).toBeLessThan(500);
    if (outcome === 'allowed') {
      expect([401, 403]).not.toContain(res.status);
    } else {
      expectError(res, outcome);
    }

    if (selfState) {
      // "Sign out everywhere else" also ended the actor's main session: start a new one.
      const main = actor(name);
      if ((await main.get('/api/auth/sessions')).status === 401) actors.set(name, await signIn(t, main.me?.user.email ?? ''));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// BOLA: a real id of another organisation (or another user) must be refused and left alone.

const userExists = async (id: string) => expect(await q1<{ n: number }>(`SELECT count(*)::int AS n FROM app_user WHERE id = $1`, [id])).toEqual({ n: 1 });
const invitationOpen = async (id: string) =>
  expect(await q1(`SELECT revoked_at, accepted_at FROM invitation WHERE id = $1`, [id])).toEqual({ revoked_at: null, accepted_at: null });
const sessionLive = async (id: string) => expect(await q1(`SELECT revoked_at FROM user_session WHERE id = $1`, [id])).toEqual({ revoked_at: null });
const providerPending = async (id: string) =>
  expect(await q1(`SELECT status, reviewed_at, reviewed_by FROM provider WHERE id = $1`, [id])).toEqual({
    status: 'pending',
    reviewed_at: null,
    reviewed_by: null,
  });

interface BolaCase {
  name: string;
  actor: ActorName;
  method: 'GET' | 'POST' | 'DELETE';
  path: () => string;
  body?: unknown;
  code: ErrorCode;
  unchanged: () => Promise<void>;
}

const removeMember = (by: ActorName, whose: string, id: () => string, code: ErrorCode = 'MEMBER_NOT_FOUND'): BolaCase => ({
  name: `${by} removes ${whose}`,
  actor: by,
  method: 'DELETE',
  path: () => `/api/organisation/members/${id()}`,
  code,
  unchanged: () => userExists(id()),
});
const revokeInvitation = (by: ActorName, whose: string, id: () => string, code: ErrorCode = 'INVITATION_NOT_FOUND'): BolaCase => ({
  name: `${by} revokes ${whose}`,
  actor: by,
  method: 'DELETE',
  path: () => `/api/organisation/invitations/${id()}`,
  code,
  unchanged: () => invitationOpen(id()),
});
const revokeSession = (by: ActorName, whose: string, id: () => string): BolaCase => ({
  name: `${by} revokes ${whose}`,
  actor: by,
  method: 'DELETE',
  path: () => `/api/auth/sessions/${id()}`,
  code: 'NOT_FOUND',
  unchanged: () => sessionLive(id()),
});
const decide = (by: ActorName, verb: 'approve' | 'reject', whose: string, id: () => string): BolaCase => ({
  name: `${by} ${verb}s ${whose}`,
  actor: by,
  method: 'POST',
  path: () => `/api/provider-applications/${id()}/${verb}`,
  // A valid body: were the guard to let the caller through, the decision would really be taken.
  body: verb === 'approve' ? { note: '同意入驻。' } : { reason: '资料不全。' },
  code: 'FORBIDDEN',
  unchanged: () => providerPending(id()),
});
const readApplication = (by: ActorName, whose: string, id: () => string): BolaCase => ({
  name: `${by} reads ${whose}`,
  actor: by,
  method: 'GET',
  path: () => `/api/provider-applications/${id()}`,
  code: 'FORBIDDEN',
  unchanged: () => providerPending(id()),
});
const catalogueProvider = (by: ActorName, whose: string, id: () => string): BolaCase => ({
  name: `${by} opens ${whose} in the public catalogue`,
  actor: by,
  method: 'GET',
  path: () => `/api/providers/${id()}`,
  code: 'PROVIDER_NOT_FOUND',
  unchanged: () => providerPending(id()),
});

const intentUnchanged = async () => expect(await intentState(v.intent.id)).toEqual(v.intent.state);
const onIntent = (by: ActorName, method: 'GET' | 'POST', suffix: string, body?: unknown): BolaCase => ({
  name: `${by} ${method} /api/intents/<company B's intent>${suffix}`,
  actor: by,
  method,
  path: () => `/api/intents/${v.intent.id}${suffix}`,
  body,
  code: 'INTENT_NOT_FOUND',
  unchanged: intentUnchanged,
});
const exportJobUnchanged = async () =>
  expect(await q1(`SELECT status, rows_done FROM export_job WHERE id = $1`, [v.exportJobId])).toEqual({ status: 'queued', rows_done: 0 });
const onExportJob = (suffix: string): BolaCase => ({
  name: `operator-member GET /api/stats/exports/<the operator admin's job>${suffix}`,
  actor: 'operator-member',
  method: 'GET',
  path: () => `/api/stats/exports/${v.exportJobId}${suffix}`,
  code: 'EXPORT_NOT_FOUND',
  unchanged: exportJobUnchanged,
});
const RATING = { professional: 5, responsiveness: 5, attitude: 5, value: 5, comment: '很好' };

const BOLA: BolaCase[] = [
  // DELETE /api/organisation/members/:id
  removeMember('company-admin', 'a member of company B', () => v.companyB.memberId),
  removeMember('company-admin', 'the admin of company B', () => v.companyB.adminId),
  removeMember('company-admin', 'an operator member', () => v.operator.victimId),
  removeMember('provider-admin', 'a member of company B', () => v.companyB.memberId),
  removeMember('provider-admin', 'a member of provider Q', () => v.providerQ.memberId),
  removeMember('pending-provider-admin', 'a member of provider A', () => v.providerA.victimMemberId),
  removeMember('operator-admin', 'a member of company B', () => v.companyB.memberId),
  removeMember('operator-admin', 'a member of provider Q', () => v.providerQ.memberId),
  removeMember('company-member', 'a member of company B', () => v.companyB.memberId, 'FORBIDDEN'),
  removeMember('company-member', 'another member of its own company', () => v.companyA.victimMemberId, 'FORBIDDEN'),
  removeMember('operator-member', 'another operator member', () => v.operator.victimId, 'FORBIDDEN'),
  // DELETE /api/organisation/invitations/:id
  revokeInvitation('company-admin', 'an invitation of company B', () => v.companyB.invitationId),
  revokeInvitation('company-admin', 'an invitation of provider Q', () => v.providerQ.invitationId),
  revokeInvitation('company-admin', 'an invitation of the operator', () => v.operator.invitationId),
  revokeInvitation('provider-admin', 'an invitation of company B', () => v.companyB.invitationId),
  revokeInvitation('provider-admin', 'an invitation of provider Q', () => v.providerQ.invitationId),
  revokeInvitation('pending-provider-admin', 'an invitation of provider A', () => v.providerA.invitationId),
  revokeInvitation('operator-admin', 'an invitation of company B', () => v.companyB.invitationId),
  revokeInvitation('operator-admin', 'an invitation of provider Q', () => v.providerQ.invitationId),
  revokeInvitation('company-member', 'an invitation of its own company', () => v.companyA.invitationId, 'FORBIDDEN'),
  // DELETE /api/auth/sessions/:id
  revokeSession('company-member', 'a session of a company B member', () => v.companyB.memberSessionId),
  revokeSession('company-admin', 'a session of a company B member', () => v.companyB.memberSessionId),
  revokeSession('company-admin', 'a session of a member of its own company', () => v.companyA.victimSessionId),
  revokeSession('provider-admin', 'a session of a provider Q member', () => v.providerQ.memberSessionId),
  revokeSession('pending-provider-admin', 'a session of a provider A member', () => v.providerA.victimSessionId),
  revokeSession('provider-member', 'a session of another member of its own provider', () => v.providerA.victimSessionId),
  revokeSession('operator-admin', 'a session of a company B member', () => v.companyB.memberSessionId),
  revokeSession('operator-member', 'a session of another operator member', () => v.operator.victimSessionId),
  // GET /api/provider-applications/:id and the decisions
  readApplication('company-admin', 'the application of provider Q', () => v.providerQ.id),
  readApplication('provider-admin', 'the application of provider Q', () => v.providerQ.id),
  readApplication('pending-provider-admin', 'its own application by id', () => v.providerP.id),
  decide('company-admin', 'approve', 'provider Q', () => v.providerQ.id),
  decide('company-member', 'approve', 'provider Q', () => v.providerQ.id),
  decide('provider-admin', 'approve', 'provider Q', () => v.providerQ.id),
  decide('provider-member', 'approve', 'provider Q', () => v.providerQ.id),
  decide('pending-provider-admin', 'approve', 'provider Q', () => v.providerQ.id),
  decide('pending-provider-admin', 'approve', 'its own application', () => v.providerP.id),
  decide('company-admin', 'reject', 'provider Q', () => v.providerQ.id),
  decide('provider-admin', 'reject', 'provider Q', () => v.providerQ.id),
  decide('pending-provider-admin', 'reject', 'provider Q', () => v.providerQ.id),
  // GET /api/providers/:id: a pending applicant is not in the public catalogue
  catalogueProvider('anonymous', 'pending provider Q', () => v.providerQ.id),
  catalogueProvider('company-admin', 'pending provider Q', () => v.providerQ.id),
  catalogueProvider('pending-provider-admin', 'its own pending organisation', () => v.providerP.id),
  // /api/intents/:id… : company B's intent with seeded provider S
  onIntent('company-admin', 'GET', ''),
  onIntent('company-member', 'GET', ''),
  onIntent('company-admin', 'POST', '/transitions', { to: 'withdrawn', reason: '不需要了' }),
  onIntent('company-admin', 'GET', '/messages'),
  onIntent('company-admin', 'POST', '/messages', { body: '你好' }),
  onIntent('company-admin', 'POST', '/rating', RATING),
  onIntent('provider-admin', 'GET', ''),
  onIntent('provider-admin', 'POST', '/transitions', { to: 'accepted' }),
  onIntent('provider-member', 'POST', '/transitions', { to: 'declined', reason: '忙' }),
  onIntent('provider-admin', 'GET', '/messages'),
  onIntent('provider-admin', 'POST', '/messages', { body: '你好' }),
  onIntent('provider-admin', 'POST', '/rating/reply', { reply: '谢谢' }),
  onIntent('pending-provider-admin', 'GET', ''),
  // POST /api/notifications/:id/read: provider S's notification
  ...(['company-admin', 'provider-admin', 'operator-admin'] as const).map(
    (by): BolaCase => ({
      name: `${by} marks a notification of provider S's staff read`,
      actor: by,
      method: 'POST',
      path: () => `/api/notifications/${v.intent.notificationId}/read`,
      body: {},
      code: 'NOT_FOUND',
      unchanged: async () => expect(await q1(`SELECT read_at FROM notification WHERE id = $1`, [v.intent.notificationId])).toEqual({ read_at: null }),
    }),
  ),
  // /api/stats/exports/:id… : an export job is its requester's, even within the operator
  onExportJob(''),
  onExportJob('/file'),
];

// An operator member once approved providers and read the audit log (e-mails, IPs); with a real
// pending application and a real moderated listing, the refusal is a coded 403 that changes nothing.
describe('operator decisions are for operator admins', () => {
  it('refuses an operator member approving or rejecting a real application, and leaves it pending', async () => {
    const member = actor('operator-member');
    for (const [path, body] of [
      [`/api/provider-applications/${v.providerQ.id}/approve`, { note: '同意' }],
      [`/api/provider-applications/${v.providerQ.id}/reject`, { reason: '资料不全' }],
    ] as const) {
      expectError(await member.post(path, body), 'FORBIDDEN');
    }
    await providerPending(v.providerQ.id);
    expectError(await member.get('/api/audit-log'), 'FORBIDDEN');
    expect((await member.get('/api/provider-applications')).status).toBe(200);
  });
});

describe(`BOLA: ${BOLA.length} requests with real ids of another organisation or user`, () => {
  it.each(BOLA)('$name → $code', async (c) => {
    await c.unchanged(); // the target is real and in its initial state
    const res = await actor(c.actor).request(c.method, c.path(), c.body);
    expect([403, 404]).toContain(res.status);
    expectError(res, c.code);
    await c.unchanged();
  });

  it.each([
    ['company-admin', `companyId`, () => v.companyB.id],
    ['provider-admin', `providerId`, () => v.intent.providerId],
  ] as const)('%s cannot list another organisation\'s intents with ?%s=', async (name, param, value) => {
    const res = await actor(name as ActorName).get<Page<IntentSummaryDto>>(`/api/intents?${param}=${value()}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i) => i.id)).not.toContain(v.intent.id);
    expect(res.body.total).toBe(0);
  });

  // Controls: the same ids work for their owners, so the refusals above are not "no such row".
  it('the owners can do what the others could not', async () => {
    const { companyB, companyBMember, providerS } = owners as Required<typeof owners>;
    expect((await providerS.get(`/api/intents/${v.intent.id}`)).status).toBe(200);
    expect((await companyB.get(`/api/intents/${v.intent.id}`)).status).toBe(200);
    expect((await providerS.post(`/api/notifications/${v.intent.notificationId}/read`, {})).status).toBe(204);
    const operator = actor('operator-admin');
    expect((await operator.get(`/api/stats/exports/${v.exportJobId}`)).status).toBe(200);
    expectError(await operator.get(`/api/stats/exports/${v.exportJobId}/file`), 'EXPORT_NOT_READY');
    expect((await companyBMember.delete(`/api/auth/sessions/${v.companyB.memberSessionId}`)).status).toBe(204);
    expect(await q1(`SELECT revoked_at IS NOT NULL AS revoked FROM user_session WHERE id = $1`, [v.companyB.memberSessionId])).toEqual({ revoked: true });
    expect((await companyB.delete(`/api/organisation/invitations/${v.companyB.invitationId}`)).status).toBe(204);
    expect(await q1(`SELECT revoked_at IS NOT NULL AS revoked FROM invitation WHERE id = $1`, [v.companyB.invitationId])).toEqual({ revoked: true });
    expect((await companyB.delete(`/api/organisation/members/${v.companyB.memberId}`)).status).toBe(204);
    expect(await q1(`SELECT count(*)::int AS n FROM app_user WHERE id = $1`, [v.companyB.memberId])).toEqual({ n: 0 });
    expect((await operator.post(`/api/provider-applications/${v.providerQ.id}/reject`, { reason: '资料不全。' })).status).toBe(200);
    expect(await q1(`SELECT status FROM provider WHERE id = $1`, [v.providerQ.id])).toEqual({ status: 'rejected' });
  });
});

// ---------------------------------------------------------------------------------------------
// Mass assignment: bodies are strict; a field the schema does not declare writes nothing.

const EXTRA_FIELDS: Record<string, unknown> = {
  role: 'operator',
  status: 'approved',
  organisationId: OPERATOR_ORG_ID,
  version: 1,
  orgKind: 'operator',
};
const MASS_ASSIGNMENT = (['company', 'provider'] as const).flatMap((kind) => Object.keys(EXTRA_FIELDS).map((field) => ({ kind, field })));

const rowsFor = async (email: string, name: string, creditCode: string) =>
  q1<{ users: number; companies: number; providers: number }>(
    `SELECT (SELECT count(*)::int FROM app_user WHERE email = $1) AS users,
            (SELECT count(*)::int FROM company WHERE name = $2 OR credit_code = $3) AS companies,
            (SELECT count(*)::int FROM provider WHERE name = $2 OR credit_code = $3) AS providers`,
    [email, name, creditCode],
  );

function expectRejectedField(res: HttpResult, field: string): void {
  expectError(res, 'VALIDATION_FAILED');
  const fields = ((res.body as ApiErrorBody).details ?? []).flatMap((d) => d.field.split(','));
  expect(fields).toContain(field);
}

const INVITE_EXTRAS: Record<string, () => unknown>[] = [
  { companyId: () => v.companyB.id },
  { providerId: () => v.providerQ.id },
  { orgKind: () => 'operator' },
];

describe('mass assignment', () => {
  it.each(MASS_ASSIGNMENT)('POST /api/auth/register ($kind) with an extra "$field" → 400, nothing written', async ({ kind, field }) => {
    const body = kind === 'company' ? companySignup() : providerSignup();
    const before = await rowsFor(body.email, body.name, body.creditCode);
    expect(before).toEqual({ users: 0, companies: 0, providers: 0 });

    const res = await new Browser(t.baseUrl).post('/api/auth/register', { ...body, [field]: EXTRA_FIELDS[field] });
    expectRejectedField(res, field);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await rowsFor(body.email, body.name, body.creditCode)).toEqual(before);

    // Control: without the extra field the very same body is accepted, with the safe defaults.
    const ok = await new Browser(t.baseUrl).post('/api/auth/register', body);
    expect(ok.status).toBe(201);
    expect(await rowsFor(body.email, body.name, body.creditCode)).toEqual({
      users: 1,
      companies: kind === 'company' ? 1 : 0,
      providers: kind === 'provider' ? 1 : 0,
    });
    expect(await q1(`SELECT role, org_kind FROM app_user WHERE email = $1`, [body.email])).toEqual({ role: 'admin', org_kind: kind });
    if (kind === 'provider') expect(await q1(`SELECT status FROM provider WHERE name = $1`, [body.name])).toEqual({ status: 'pending' });
  });

  it.each(INVITE_EXTRAS.map((extra) => ({ field: Object.keys(extra)[0], extra })))(
    'POST /api/organisation/invitations with an extra "$field" → 400, nothing written',
    async ({ field, extra }) => {
      const admin = actor('company-admin');
      const email = `invitee-${uniq()}@org.test`;
      const count = async () => (await q1<{ n: number }>(`SELECT count(*)::int AS n FROM invitation WHERE email = $1`, [email]))?.n;
      expect(await count()).toBe(0);
      const res = await admin.post('/api/organisation/invitations', { email, role: 'member', [field]: extra[field]() });
      expectRejectedField(res, field);
      expect(await count()).toBe(0);

      const ok = await admin.post('/api/organisation/invitations', { email, role: 'member' });
      expect(ok.status).toBe(201);
      expect(await q1(`SELECT org_kind, company_id, provider_id FROM invitation WHERE email = $1`, [email])).toEqual({
        org_kind: 'company',
        company_id: v.companyA.id,
        provider_id: null,
      });
    },
  );

  it('POST /api/auth/login with an extra "role" → 400, no session started', async () => {
    const me = actor('company-admin').me;
    const sessions = async () =>
      (await q1<{ n: number }>(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [me?.user.id]))?.n ?? -1;
    const before = await sessions();
    const b = new Browser(t.baseUrl);
    const res = await b.post('/api/auth/login', { email: me?.user.email, password: PASSWORD, role: 'operator' });
    expectRejectedField(res, 'role');
    expect(b.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(await sessions()).toBe(before);

    const ok = await b.post('/api/auth/login', { email: me?.user.email, password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(await sessions()).toBe(before + 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Secrets: no password hash, token hash or session token in any response.

const SECRETS: { path: string; actor: ActorName }[] = [
  ...SIGNED_IN_ACTORS.flatMap((a) =>
    ['/api/auth/me', '/api/auth/sessions', '/api/intents?pageSize=100', '/api/notifications?pageSize=100'].map((path) => ({ path, actor: a })),
  ),
  ...(['company-admin', 'provider-admin', 'pending-provider-admin', 'operator-admin'] as const).flatMap((a) =>
    ['/api/organisation/members?pageSize=100', '/api/organisation/invitations'].map((path) => ({ path, actor: a })),
  ),
  ...(['provider-admin', 'pending-provider-admin', 'provider-member'] as const).map((a) => ({ path: '/api/provider-application', actor: a })),
  ...(['operator-admin', 'operator-member'] as const).map((a) => ({ path: '/api/provider-applications?pageSize=100', actor: a })),
  { path: '/api/audit-log?pageSize=100', actor: 'operator-admin' },
];

describe('responses never leak secrets', () => {
  it.each(SECRETS)('GET $path as $actor', async ({ path, actor: name }) => {
    const caller = actor(name);
    const res = await caller.get(path);
    expect(res.status).toBe(200);
    const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
    for (const secret of ['password_hash', 'passwordHash', '$argon2', 'token_hash', 'tokenHash', PASSWORD]) {
      expect(text).not.toContain(secret);
    }
    // Nobody's session token: the caller's own, nor any other account's.
    const tokens = [...actors.values()].map((b) => b.cookies.get(SESSION_COOKIE)).filter((x): x is string => !!x);
    expect(tokens).toContain(caller.cookies.get(SESSION_COOKIE));
    for (const token of tokens) expect(text).not.toContain(token);
  });
});
