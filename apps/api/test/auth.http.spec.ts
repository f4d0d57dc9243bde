import type { ApiErrorBody, AuditEntryDto, MeDto, MeResponse, Page, SessionDto } from '@qifu/contracts';
import { addMember, companySignup, PASSWORD, signIn, signInOperator, signUpCompany, signUpProvider, uniq } from './support/accounts';
import { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const code = (res: { body: unknown }) => (res.body as ApiErrorBody).code;
// Whom GET /api/auth/me names: a user id, or null for the signed-out state (an ended session included).
const whoIs = async (b: Browser) => (await b.get<MeResponse>('/api/auth/me')).body.user?.id ?? null;
const countWhere = async (sql: string, params: unknown[]) => Number((await t.db.query(sql, params))[0].n);

describe('company sign-up', () => {
  it('creates the company and its admin, and signs in with a safe cookie', async () => {
    const b = new Browser(t.baseUrl);
    const body = companySignup();
    const res = await b.post<MeDto>('/api/auth/register', body);
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: body.email, role: 'admin' });
    expect(res.body.organisation).toMatchObject({ kind: 'company', name: body.name });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('qifu_sid='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i); // plain HTTP here; Secure behind HTTPS
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|password/i);
    const me = await b.get<MeDto>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.organisation.id).toBe(res.body.organisation.id);
    const [row] = await t.db.query(`SELECT credit_code, tiers FROM company WHERE id = $1`, [res.body.organisation.id]);
    expect(row.credit_code).toBe(body.creditCode);
  });

  it('marks Secure when the request came over HTTPS via a trusted proxy', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      const res = await new Browser(proxied.baseUrl).post('/api/auth/register', companySignup(), { 'x-forwarded-proto': 'https' });
      expect(res.status).toBe(201);
      expect(res.headers.getSetCookie().find((c) => c.startsWith('qifu_sid='))).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });

  it.each([
    ['creditCode', { creditCode: '91350100M000100Y44' }, 'VALIDATION_FAILED'], // wrong check character
    ['creditCode', { creditCode: '91350100M000100Y4' }, 'VALIDATION_FAILED'], // 17 characters
    ['creditCode', { creditCode: '9135010OM000100Y43' }, 'VALIDATION_FAILED'], // letter O is not in the alphabet
    ['password', { password: 'short-pass' }, 'VALIDATION_FAILED'],
    ['password', { password: 'x'.repeat(129) }, 'VALIDATION_FAILED'],
    ['email', { email: 'not-an-email' }, 'VALIDATION_FAILED'],
    ['size', { size: 'huge' as never }, 'VALIDATION_FAILED'],
  ])('refuses a bad %s and writes nothing', async (field, override, expected) => {
    const body = companySignup(override);
    const res = await new Browser(t.baseUrl).post<ApiErrorBody>('/api/auth/register', body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(expected);
    expect(res.body.details?.map((d) => d.field)).toContain(field);
    expect(await countWhere(`SELECT count(*) AS n FROM company WHERE name = $1`, [body.name])).toBe(0);
  });

  it('refuses a common password', async () => {
    const res = await new Browser(t.baseUrl).post('/api/auth/register', companySignup({ password: 'password1234' }));
    expect(res.status).toBe(400);
    expect(code(res)).toBe('PASSWORD_TOO_COMMON');
    const seq = await new Browser(t.baseUrl).post('/api/auth/register', companySignup({ password: '123456789012' }));
    expect(code(seq)).toBe('PASSWORD_TOO_COMMON');
  });

  it('refuses a taken credit code and a taken e-mail with codes', async () => {
    const first = companySignup();
    expect((await new Browser(t.baseUrl).post('/api/auth/register', first)).status).toBe(201);
    const sameCode = await new Browser(t.baseUrl).post('/api/auth/register', companySignup({ creditCode: first.creditCode }));
    expect(sameCode.status).toBe(409);
    expect(code(sameCode)).toBe('CREDIT_CODE_TAKEN');
    const sameEmail = await new Browser(t.baseUrl).post('/api/auth/register', companySignup({ email: first.email }));
    expect(sameEmail.status).toBe(409);
    expect(code(sameEmail)).toBe('EMAIL_TAKEN');
  });
});

describe('sign-up limit', () => {
  it('limits sign-ups per source and hour, taken addresses included, with a coded 429', async () => {
    const limited = await startTestApp({ TRUST_PROXY: 'true', REGISTER_MAX_PER_IP_PER_HOUR: '3' });
    try {
      const ip = { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` };
      const signUp = (body: ReturnType<typeof companySignup>, headers = ip) => new Browser(limited.baseUrl).post('/api/auth/register', body, headers);
      const first = companySignup();
      expect((await signUp(first)).status).toBe(201);
      expect(code(await signUp(companySignup({ email: first.email })))).toBe('EMAIL_TAKEN');
      expect((await signUp(companySignup())).status).toBe(201);
      // A harvester testing one more address learns nothing, and nothing is written.
      const fourth = companySignup({ email: first.email });
      const refused = await signUp(fourth);
      expect(refused.status).toBe(429);
      expect(code(refused)).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await signUp(companySignup())).status).toBe(429);
      expect(await countWhere(`SELECT count(*) AS n FROM company WHERE name = $1`, [fourth.name])).toBe(0);
      // Another source is not affected.
      expect((await signUp(companySignup(), { 'x-forwarded-for': '203.0.113.9' })).status).toBe(201);
    } finally {
      await limited.close();
    }
  });
});

describe('sign-in and sessions', () => {
  it('answers a signed-out visitor 200 { user: null } and keeps 401 for routes that need a session', async () => {
    const visitor = new Browser(t.baseUrl);
    const me = await visitor.get('/api/auth/me');
    expect({ status: me.status, body: me.body }).toEqual({ status: 200, body: { user: null } });
    const sessions = await visitor.get('/api/auth/sessions');
    expect({ status: sessions.status, code: code(sessions) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    // A made-up cookie is no session either: the same signed-out state, and 401 where one is needed.
    visitor.cookies.set('qifu_sid', 'A'.repeat(43));
    expect((await visitor.get('/api/auth/me')).body).toEqual({ user: null });
    expect(code(await visitor.get('/api/auth/sessions'))).toBe('SESSION_EXPIRED');
  });

  it('answers the same for an unknown account and a wrong password', async () => {
    const b = await signUpCompany(t);
    const email = b.me!.user.email;
    const wrong = await new Browser(t.baseUrl).post<ApiErrorBody>('/api/auth/login', { email, password: 'wrong-password-1234' });
    const unknown = await new Browser(t.baseUrl).post<ApiErrorBody>('/api/auth/login', { email: `nobody-${uniq()}@x.test`, password: 'wrong-password-1234' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.code).toBe(wrong.body.code);
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('issues a new session id at every sign-in and revokes on logout', async () => {
    const b = await signUpCompany(t);
    const email = b.me!.user.email;
    const before = b.cookies.get('qifu_sid');
    const again = await b.post<MeDto>('/api/auth/login', { email, password: PASSWORD });
    expect(again.status).toBe(200);
    expect(b.cookies.get('qifu_sid')).not.toBe(before);
    // The previous session of this browser ended with the new sign-in.
    const stale = new Browser(t.baseUrl);
    stale.cookies.set('qifu_sid', before!);
    expect(code(await stale.get('/api/auth/sessions'))).toBe('SESSION_EXPIRED');
    expect(await whoIs(stale)).toBeNull();

    const keep = b.clone();
    const out = await b.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(b.cookies.has('qifu_sid')).toBe(false);
    const replay = await keep.get('/api/auth/sessions');
    expect(replay.status).toBe(401);
    expect(code(replay)).toBe('SESSION_EXPIRED');
    expect((await keep.get('/api/auth/me')).body).toEqual({ user: null });
  });

  it('expires idle sessions and sessions past their absolute end', async () => {
    const idle = await signUpCompany(t);
    await t.db.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [idle.me!.session.id]);
    expect(code(await idle.get('/api/auth/sessions'))).toBe('SESSION_EXPIRED');

    const old = await signUpCompany(t);
    await t.db.query(`UPDATE user_session SET created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour' WHERE id = $1`, [
      old.me!.session.id,
    ]);
    expect(code(await old.get('/api/auth/sessions'))).toBe('SESSION_EXPIRED');

    const active = await signUpCompany(t);
    await t.db.query(`UPDATE user_session SET last_seen_at = now() - interval '29 minutes' WHERE id = $1`, [active.me!.session.id]);
    expect(await whoIs(active)).toBe(active.me!.user.id);
  });

  it('changes the password: other sessions end, this browser continues on a new id', async () => {
    const b = await signUpCompany(t);
    const email = b.me!.user.email;
    const other = await signIn(t, email);
    const oldCookie = b.cookies.get('qifu_sid');

    const wrong = await b.post('/api/auth/password', { currentPassword: 'not-the-password', newPassword: 'A-new-pass-phrase-2026' });
    expect(wrong.status).toBe(400);
    expect(code(wrong)).toBe('PASSWORD_INCORRECT');

    const ok = await b.post<MeDto>('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'A-new-pass-phrase-2026' });
    expect(ok.status).toBe(200);
    expect(b.cookies.get('qifu_sid')).not.toBe(oldCookie);
    expect(await whoIs(b)).toBe(b.me!.user.id);
    expect(code(await other.get('/api/auth/sessions'))).toBe('SESSION_EXPIRED');
    expect((await new Browser(t.baseUrl).post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401);
    expect((await new Browser(t.baseUrl).post('/api/auth/login', { email, password: 'A-new-pass-phrase-2026' })).status).toBe(200);
  });

  it('lists sessions and signs out elsewhere', async () => {
    const b = await signUpCompany(t);
    const email = b.me!.user.email;
    const phone = await signIn(t, email);
    const laptop = await signIn(t, email);
    const list = await b.get<SessionDto[]>('/api/auth/sessions');
    expect(list.body).toHaveLength(3);
    expect(list.body.filter((s) => s.current)).toHaveLength(1);

    const one = list.body.find((s) => s.id === phone.me!.session.id)!;
    expect((await b.delete(`/api/auth/sessions/${one.id}`)).status).toBe(204);
    expect((await phone.get('/api/auth/sessions')).status).toBe(401);

    const res = await b.post<{ revoked: number }>('/api/auth/sessions/revoke-others');
    expect(res.body.revoked).toBe(1);
    expect((await laptop.get('/api/auth/sessions')).status).toBe(401);
    expect(await whoIs(b)).toBe(b.me!.user.id);
  });
});

describe('CSRF and origin', () => {
  it('refuses a cookie-authenticated write without the session token, and changes nothing', async () => {
    const b = await signUpCompany(t);
    const none = await b.post('/api/auth/logout', undefined, { 'x-csrf-token': '' });
    expect(none.status).toBe(403);
    expect(code(none)).toBe('CSRF_FAILED');
    const forged = await b.post('/api/auth/logout', undefined, { 'x-csrf-token': 'A'.repeat(43) });
    expect(code(forged)).toBe('CSRF_FAILED');
    expect(await whoIs(b)).toBe(b.me!.user.id);
  });

  it('refuses writes from another origin, signed in or not', async () => {
    const b = await signUpCompany(t);
    const res = await new Browser(t.baseUrl).post('/api/auth/login', { email: b.me!.user.email, password: PASSWORD }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(code(res)).toBe('ORIGIN_NOT_ALLOWED');
    const same = await new Browser(t.baseUrl).post('/api/auth/login', { email: b.me!.user.email, password: PASSWORD }, { origin: t.baseUrl });
    expect(same.status).toBe(200);
  });
});

describe('failed sign-in limit', () => {
  beforeEach(async () => {
    await t.db.query(`DELETE FROM login_failure`);
  });

  // Sources are told apart by X-Forwarded-For, so these run on an app that trusts a proxy.
  let proxied: TestApp;
  beforeAll(async () => {
    proxied = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await proxied?.close();
  });
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const randomIp = (net: string) => `${net}.${Math.floor(Math.random() * 250) + 1}`;
  const login = (ip: string, email: string, password: string) => new Browser(proxied.baseUrl).post('/api/auth/login', { email, password }, from(ip));

  it('locks an account after 5 failures for a source it never signed in from, with Retry-After, even for the right password', async () => {
    const owner = randomIp('192.0.2');
    const attacker = randomIp('198.51.100');
    const b = new Browser(proxied.baseUrl);
    expect((await b.post<MeDto>('/api/auth/register', companySignup(), from(owner))).status).toBe(201);
    const email = b.me!.user.email;
    for (let i = 0; i < 5; i++) expect((await login(attacker, email, `wrong-password-${i}xx`)).status).toBe(401);
    const locked = await login(attacker, email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(code(locked)).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    const retry = Number(locked.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    // An unknown account is limited the same way: the limit does not reveal which accounts exist.
    const ghost = `ghost-${uniq()}@x.test`;
    for (let i = 0; i < 5; i++) await login(attacker, ghost, 'wrong-password-xx');
    expect((await login(attacker, ghost, 'wrong-password-xx')).status).toBe(429);
  });

  it('lets the owner in from a source the account has had a session from, while the attacker stays locked', async () => {
    const known = randomIp('192.0.2');
    const attacker = randomIp('198.51.100');
    const b = new Browser(proxied.baseUrl);
    expect((await b.post<MeDto>('/api/auth/register', companySignup(), from(known))).status).toBe(201);
    const email = b.me!.user.email;
    await b.post('/api/auth/logout', undefined, from(known)); // an ended session still makes the source known
    for (let i = 0; i < 5; i++) expect((await login(attacker, email, `wrong-password-${i}xx`)).status).toBe(401);
    expect((await login(attacker, email, PASSWORD)).status).toBe(429);

    const owner = await login(known, email, PASSWORD);
    expect(owner.status).toBe(200);
    // The owner's sign-in does not hand the attacker a fresh set of guesses, nor a new source the lock.
    expect((await login(attacker, email, PASSWORD)).status).toBe(429);
    expect((await login(randomIp('203.0.113'), email, PASSWORD)).status).toBe(429);
  });

  it('refuses one source pushing an 11th account into failures, with a code', async () => {
    const ip = randomIp('198.18.0');
    for (let i = 0; i < 10; i++) expect((await login(ip, `spray-${i}-${uniq()}@x.test`, 'wrong-password-xx')).status).toBe(401);
    const eleventh = await login(ip, `spray-10-${uniq()}@x.test`, 'wrong-password-xx');
    expect(eleventh.status).toBe(429);
    expect(code(eleventh)).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another source is not affected.
    expect((await login(randomIp('198.19.0'), `spray-x-${uniq()}@x.test`, 'wrong-password-xx')).status).toBe(401);
  });

  it('limits one IP across accounts (state in PostgreSQL, shared by API processes)', async () => {
    const a = await startTestApp({ TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_IP: '3' });
    const b2 = await startTestApp({ TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_IP: '3' });
    try {
      const ip = { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200) + 1}` };
      // Failures spread over two API processes count together.
      await new Browser(a.baseUrl).post('/api/auth/login', { email: `a-${uniq()}@x.test`, password: 'wrong-password-xx' }, ip);
      await new Browser(b2.baseUrl).post('/api/auth/login', { email: `b-${uniq()}@x.test`, password: 'wrong-password-xx' }, ip);
      await new Browser(a.baseUrl).post('/api/auth/login', { email: `c-${uniq()}@x.test`, password: 'wrong-password-xx' }, ip);
      const res = await new Browser(b2.baseUrl).post('/api/auth/login', { email: `d-${uniq()}@x.test`, password: 'wrong-password-xx' }, ip);
      expect(res.status).toBe(429);
      const other = await new Browser(a.baseUrl).post('/api/auth/login', { email: `e-${uniq()}@x.test`, password: 'wrong-password-xx' }, {
        'x-forwarded-for': '203.0.113.77',
      });
      expect(other.status).toBe(401);
    } finally {
      await a.close();
      await b2.close();
    }
  });
});

describe('provider onboarding', () => {
  it('keeps a new provider pending until the operator approves it with a note', async () => {
    const p = await signUpProvider(t);
    expect(p.me!.organisation).toMatchObject({ kind: 'provider', providerStatus: 'pending' });
    const own = await p.get<{ status: string }>('/api/provider-application');
    expect(own.body.status).toBe('pending');
    // Not in the catalogue while pending.
    expect((await t.get(`/api/providers/${p.me!.organisation.id}`)).status).toBe(404);

    const op = await signInOperator(t);
    const queue = await op.get<Page<{ id: string; status: string }>>('/api/provider-applications?status=pending&pageSize=100');
    expect(queue.body.items.map((a) => a.id)).toContain(p.me!.organisation.id);

    expect((await op.post(`/api/provider-applications/${p.me!.organisation.id}/approve`, {})).status).toBe(400);
    const ok = await op.post<{ status: string; reviewNote: string }>(`/api/provider-applications/${p.me!.organisation.id}/approve`, {
      note: '营业执照与代理资质核验无误。',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'approved', reviewNote: '营业执照与代理资质核验无误。' });
    const twice = await op.post(`/api/provider-applications/${p.me!.organisation.id}/reject`, { reason: '重复' });
    expect(twice.status).toBe(409);
    expect(code(twice)).toBe('APPLICATION_ALREADY_DECIDED');
    expect((await p.get<MeDto>('/api/auth/me')).body.organisation.providerStatus).toBe('approved');
    expect((await t.get(`/api/providers/${p.me!.organisation.id}`)).status).toBe(200);
  });

  it('rejects with a reason the provider can read', async () => {
    const p = await signUpProvider(t);
    const op = await signInOperator(t);
    const res = await op.post(`/api/provider-applications/${p.me!.organisation.id}/reject`, { reason: '缺少专利代理机构执业许可证。' });
    expect(res.status).toBe(200);
    const own = await p.get<{ status: string; rejectionReason: string }>('/api/provider-application');
    expect(own.body).toMatchObject({ status: 'rejected', rejectionReason: '缺少专利代理机构执业许可证。' });
  });

  it('refuses unknown categories in an application', async () => {
    const b = new Browser(t.baseUrl);
    const res = await b.post('/api/auth/register', {
      ...(await import('./support/accounts')).providerSignup({ categories: ['no-such-category'] }),
    });
    expect(res.status).toBe(400);
    expect(code(res)).toBe('UNKNOWN_CATEGORY');
  });
});

describe('members', () => {
  it('lets an admin invite and remove members; removal ends their sessions', async () => {
    const admin = await signUpCompany(t);
    const member = await addMember(t, admin);
    expect(member.me!.organisation.id).toBe(admin.me!.organisation.id);
    expect(member.me!.user.role).toBe('member');
    expect((await member.get('/api/organisation/members')).status).toBe(403);

    const list = await admin.get<Page<{ id: string; role: string }>>('/api/organisation/members');
    expect(list.body.total).toBe(2);
    const del = await admin.delete(`/api/organisation/members/${member.me!.user.id}`);
    expect(del.status).toBe(204);
    expect((await member.get('/api/auth/sessions')).status).toBe(401);
  });

  it('keeps at least one admin', async () => {
    const admin = await signUpCompany(t);
    const res = await admin.delete(`/api/organisation/members/${admin.me!.user.id}`);
    expect(res.status).toBe(409);
    expect(code(res)).toBe('LAST_ADMIN');
  });

  it('an invitation link works once', async () => {
    const admin = await signUpCompany(t);
    const inv = await admin.post<{ acceptPath: string }>('/api/organisation/invitations', { email: `m-${uniq()}@x.test`, role: 'member' });
    const token = inv.body.acceptPath.split('/').pop();
    const preview = await new Browser(t.baseUrl).get<{ organisation: { name: string } }>(`/api/invitations/${token}`);
    expect(preview.body.organisation.name).toBe(admin.me!.organisation.name);
    const results = await Promise.all(
      [0, 1, 2].map(() => new Browser(t.baseUrl).post(`/api/invitations/${token}/accept`, { displayName: '并发', password: PASSWORD })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect((await new Browser(t.baseUrl).get(`/api/invitations/${token}`)).status).toBe(404);
  });
});

describe('security headers, limits and the audit log', () => {
  it('sends security headers and no CORS grant to other origins', async () => {
    const res = await fetch(`${t.baseUrl}/api/categories`, { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers an oversized body with 413, malformed JSON with 400, and a wrong type with 415', async () => {
    const big = await fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x@y.z', password: 'p'.repeat(2 * 1024 * 1024) }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as ApiErrorBody).code).toBe('PAYLOAD_TOO_LARGE');
    const bad = await fetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ApiErrorBody).code).toBe('MALFORMED_JSON');
    const xml = await fetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' });
    expect(xml.status).toBe(415);
    expect(((await xml.json()) as ApiErrorBody).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('limits anonymous traffic per IP', async () => {
    const limited = await startTestApp({ RATE_LIMIT_ANON_PER_MINUTE: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.get('/api/categories')).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses[6]).toBe(429);
      const res = await limited.get<ApiErrorBody>('/api/categories');
      expect(res.body.code).toBe('RATE_LIMITED');
      expect(res.headers.get('retry-after')).toBeTruthy();
    } finally {
      await limited.close();
    }
  });

  it('gives the larger budget only to the cookie of a live session, not a made-up one', async () => {
    const real = await signUpCompany(t);
    const limited = await startTestApp({ RATE_LIMIT_ANON_PER_MINUTE: '3' });
    try {
      const forged = new Browser(limited.baseUrl);
      forged.cookies.set('qifu_sid', 'A'.repeat(43)); // the shape of a real token, no session behind it
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await forged.get('/api/categories')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);

      // The same IP's anonymous budget is spent; a real session (sessions live in PostgreSQL) has its own, ten times larger.
      const user = new Browser(limited.baseUrl);
      user.cookies.set('qifu_sid', real.cookies.get('qifu_sid')!);
      const signedIn: number[] = [];
      for (let i = 0; i < 10; i++) signedIn.push((await user.get('/api/categories')).status);
      expect(signedIn).toEqual(Array(10).fill(200));
    } finally {
      await limited.close();
    }
  });

  it('records sign-in, failures, sign-out, password change and approvals for operators to read', async () => {
    const b = await signUpCompany(t);
    const email = b.me!.user.email;
    await new Browser(t.baseUrl).post('/api/auth/login', { email, password: 'wrong-password-zz' }, { 'user-agent': 'audit-test' });
    const c = await signIn(t, email);
    await c.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'Another-pass-phrase-9' });
    await c.post('/api/auth/logout');
    const p = await signUpProvider(t, { approve: true });

    const op = await signInOperator(t);
    const log = await op.get<Page<AuditEntryDto>>('/api/audit-log?pageSize=100');
    expect(log.status).toBe(200);
    const mine = log.body.items.filter((e) => e.actorEmail === email);
    const actions = mine.map((e) => e.action);
    for (const a of ['account.registered', 'auth.login_failed', 'auth.login', 'auth.password_changed', 'auth.logout']) expect(actions).toContain(a);
    const failed = mine.find((e) => e.action === 'auth.login_failed')!;
    expect(failed.ip).toBeTruthy();
    expect(failed.userAgent).toBe('audit-test');
    expect(log.body.items.some((e) => e.action === 'provider.approved' && e.organisationId === p.me!.organisation.id)).toBe(true);

    const company = await signUpCompany(t);
    const denied = await company.get('/api/audit-log');
    expect(denied.status).toBe(403);
    expect(code(denied)).toBe('FORBIDDEN');
  });
});
