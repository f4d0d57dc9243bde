import type { ApiErrorBody, IntentDetailDto, NotificationSettingsDto, NotificationSettingsRequest, UnsubscribeDto } from '@qifu/contracts';
import { simpleParser, type ParsedMail } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { mailDestination } from '../src/modules/mail/mail-transport';
import { MailDelivery, MAIL_QUEUE } from '../src/modules/mail/mail-delivery';
import { MailDigest } from '../src/modules/mail/mail-digest';
import { MailSecret } from '../src/modules/mail/mail-secret';
import { SmsDelivery } from '../src/modules/mail/sms';
import { signUnsubscribe, UNSUBSCRIBE_VALID_DAYS } from '../src/modules/mail/unsubscribe-token';
import { Notifier } from '../src/modules/notifications/notifier';
import { parseConfig } from '../src/config/env.schema';
import { signInOperator, signUpCompany, signUpProvider, uniq } from './support/accounts';
import { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';
import { until } from './support/until';

// E-mail against a real SMTP server (smtp-server, started here) and what arrived parsed with
// mailparser. The database and the job queue are shared with the other suites, whose leftover
// mail jobs this app's worker may deliver too: every assertion looks at this test's own
// (unique) addresses only, never at totals.

interface Arrived {
  to: string[];
  mail: ParsedMail;
}

const PUBLIC = 'https://qifu.example.test';
let smtp: SMTPServer;
const arrived: Arrived[] = [];
let t: TestApp;
let outbox: string;
let intellectualProperty: { name_zh: string; name_en: string };

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no self-signed STARTTLS for nodemailer to refuse.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          arrived.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  outbox = mkdtempSync(join(tmpdir(), 'qifu-mail-outbox-'));
  t = await startTestApp({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: '企服超市 Qifu <noreply@qifu.example.test>',
    PUBLIC_URL: PUBLIC,
    MAIL_OUTBOX_DIR: outbox,
    JOBS_POLL_SECONDS: '0.5',
    // Only the mail queues: other suites queue mails too, into the same database.
    JOBS_ENABLED: 'true',
    JOBS_QUEUES: 'mail.*,sms.*',
    NOTIFY_CHANNELS: 'mail,sms',
  });
  [intellectualProperty] = await t.db.query(`SELECT name_zh, name_en FROM category WHERE code = 'intellectual-property'`);
});

afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

const code = (res: { body: unknown }) => (res.body as ApiErrorBody).code;

const WAIT_MS = 20000;

const mailsTo = (address: string) => arrived.filter((a) => a.to.includes(address.toLowerCase()));
const waitForMail = (address: string, match: (m: ParsedMail) => boolean = () => true) =>
  until(`a mail to ${address}`, () => mailsTo(address).find((a) => match(a.mail))?.mail, WAIT_MS);

async function newIntent(company: Browser, providerId: string): Promise<IntentDetailDto> {
  const res = await company.post<IntentDetailDto>('/api/intents', {
    providerId,
    categoryCode: 'intellectual-property',
    need: '申请两项发明专利，需要代理机构协助撰写。',
    budgetNegotiable: true,
    wishedStartDate: '2026-12-01',
    contactName: '王经理',
    contactPhone: '13800001111',
  });
  if (res.status !== 201) throw new Error(`create failed ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const settings = (b: Browser, body: NotificationSettingsRequest) => b.request<NotificationSettingsDto>('PUT', '/api/account/notification-settings', body);
const defaults = (): NotificationSettingsDto => ({ language: 'zh-CN', phone: null, email: { transition: 'immediate', message: 'immediate', overdue: 'immediate', rating: 'immediate', problem_overdue: 'immediate' } });

/** A notification row written directly (no job queued): for calling the handlers by hand. */
async function notification(userId: string, intentId: string, kind: string, detail: object = {}, age = '0 seconds'): Promise<string> {
  const [r] = await t.db.query(`INSERT INTO notification (user_id, intent_id, kind, title, detail, at) VALUES ($1, $2, $3, '测试', $4, now() - $5::interval) RETURNING id::text`, [userId, intentId, kind, JSON.stringify(detail), age]);
  return r.id;
}

const tokenOf = (mail: ParsedMail) => /\/unsubscribe\?token=([A-Za-z0-9_.-]+)/.exec(mail.text ?? '')?.[1];

describe('e-mail of notifications', () => {
  let provider: Browser;
  let company: Browser;
  let providerEmail: string;
  let companyEmail: string;
  let providerId: string;
  let first: IntentDetailDto;
  let firstMail: ParsedMail;

  beforeAll(async () => {
    provider = await signUpProvider(t, { approve: true });
    company = await signUpCompany(t);
    providerEmail = provider.me!.user.email;
    companyEmail = company.me!.user.email;
    providerId = provider.me!.organisation.id;
  });

  it('mails the provider, in Chinese by default, when a company sends an intent', async () => {
    first = await newIntent(company, providerId);
    firstMail = await waitForMail(providerEmail);
    expect(firstMail.subject).toBe(`【企服超市】收到新的合作意向：咨询：${intellectualProperty.name_zh}`);
    expect(firstMail.from?.text).toContain('noreply@qifu.example.test');
    expect(firstMail.headers.get('content-language')).toBe('zh-CN');
    expect(firstMail.text).toContain('您收到一条新的合作意向');
    expect(firstMail.text).toContain(`${PUBLIC}/intents/${first.id}`);
    expect(firstMail.html).toContain(`href="${PUBLIC}/intents/${first.id}"`);
    expect(firstMail.text).toContain(first.company.name);
    // The contact person and phone stay on the page, behind the sign-in.
    expect(firstMail.text).not.toContain('13800001111');
    expect(firstMail.html).not.toContain('13800001111');
    expect(firstMail.text).not.toContain('王经理');
    // One-click unsubscribe (RFC 8058) to the API, the visible link to the web page.
    const header = (name: string) => firstMail.headerLines.find((h) => h.key === name)?.line ?? '';
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toContain(`<${PUBLIC}/api/mail/unsubscribe?token=`);
    expect(tokenOf(firstMail)).toBeTruthy();
    // Only this provider's users were mailed, not the company that sent it.
    expect(mailsTo(companyEmail)).toHaveLength(0);
  });

  it('mails the company in English once it chose English', async () => {
    const put = await settings(company, { ...defaults(), language: 'en-US' });
    expect(put.status).toBe(200);
    expect(put.body.language).toBe('en-US');
    const moved = await provider.post(`/api/intents/${first.id}/transitions`, { to: 'accepted' });
    expect(moved.status).toBe(200);
    const mail = await waitForMail(companyEmail);
    expect(mail.subject).toBe(`[Qifu] Cooperation intent accepted: Enquiry: ${intellectualProperty.name_en}`);
    expect(mail.headers.get('content-language')).toBe('en-US');
    expect(mail.text).toContain('The cooperation intent is now “Accepted”.');
    expect(mail.text).toContain(`Open the cooperation intent: ${PUBLIC}/intents/${first.id}`);
    expect(mail.html).toContain('<html lang="en-US">');
    expect(mail.text).toContain('Stop these e-mails');
  });

  it('escapes what it quotes in the HTML part', async () => {
    const evil = `<script>alert(1)</script>&"${uniq()}`;
    await t.db.query(`UPDATE company SET name = $2 WHERE id = $1`, [company.me!.organisation.id, evil]);
    try {
      const [p] = await t.db.query(`SELECT id FROM app_user WHERE email = $1`, [providerEmail]);
      const id = await notification(p.id, first.id, 'message');
      expect(await t.app.get(MailDelivery).send(id)).toMatchObject({ sent: expect.any(String) });
      const mail = await waitForMail(providerEmail, (m) => m.subject?.includes('新留言') ?? false);
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;');
      expect(mail.text).toContain(evil);
    } finally {
      await t.db.query(`UPDATE company SET name = $2 WHERE id = $1`, [company.me!.organisation.id, first.company.name]);
    }
  });

  it('unsubscribes signed out with the link of the mail, turning off only that kind', async () => {
    const token = tokenOf(firstMail)!;
    const anonymous = new Browser(t.baseUrl);
    const shown = await anonymous.get<UnsubscribeDto>(`/api/mail/unsubscribe?token=${token}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ kind: 'transition', kinds: ['transition'], mode: 'immediate' });
    expect(shown.body.email).toMatch(/^a\*\*\*@provider\.test$/);
    // As a mail provider's one-click POST: a form body, no cookie.
    const res = await fetch(`${t.baseUrl}/api/mail/unsubscribe?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'transition', mode: 'off' });
    const now = await provider.get<NotificationSettingsDto>('/api/account/notification-settings');
    expect(now.body).toEqual({ language: 'zh-CN', phone: null, email: { transition: 'off', message: 'immediate', overdue: 'immediate', rating: 'immediate', problem_overdue: 'immediate' } });
    // Again: still fine, nothing else changes.
    expect((await anonymous.post(`/api/mail/unsubscribe?token=${token}`)).status).toBe(200);
  });

  it('refuses altered, foreign and expired tokens with a code', async () => {
    const token = tokenOf(firstMail)!;
    const [body, sig] = token.split('.');
    const anonymous = new Browser(t.baseUrl);
    const other = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), k: ['message'] })).toString('base64url');
    const altered = await anonymous.post(`/api/mail/unsubscribe?token=${other}.${sig}`);
    expect(altered.status).toBe(400);
    expect(code(altered)).toBe('UNSUBSCRIBE_TOKEN_INVALID');
    const foreign = signUnsubscribe(Buffer.alloc(32, 7), { userId: provider.me!.user.id, kinds: ['message'] });
    expect(code(await anonymous.post(`/api/mail/unsubscribe?token=${foreign}`))).toBe('UNSUBSCRIBE_TOKEN_INVALID');
    const key = await t.app.get(MailSecret).get();
    const old = signUnsubscribe(key, { userId: provider.me!.user.id, kinds: ['message'] }, Date.now() - (UNSUBSCRIBE_VALID_DAYS + 1) * 86400_000);
    const expired = await anonymous.post(`/api/mail/unsubscribe?token=${old}`);
    expect(expired.status).toBe(410);
    expect(code(expired)).toBe('UNSUBSCRIBE_TOKEN_EXPIRED');
    expect(code(await anonymous.get('/api/mail/unsubscribe?token=nonsense'))).toBe('VALIDATION_FAILED');
    // None of these changed the message setting.
    expect((await provider.get<NotificationSettingsDto>('/api/account/notification-settings')).body.email.message).toBe('immediate');
  });

  it('queues no mail for a kind turned off, and still mails the kinds left on', async () => {
    const second = await newIntent(company, providerId);
    const [n] = await t.db.query(`SELECT id::text FROM notification WHERE intent_id = $1`, [second.id]);
    expect(n).toBeTruthy();
    const jobs = await t.db.query(`SELECT id FROM pgboss.job WHERE name = $1 AND data->>'notificationId' = $2`, [MAIL_QUEUE.name, n.id]);
    expect(jobs).toHaveLength(0);
    // A message (still on) arrives; the intent's own announcement never does.
    expect((await company.post(`/api/intents/${second.id}/messages`, { body: '请问大概多久能完成？' })).status).toBe(201);
    const msg = await waitForMail(providerEmail, (m) => m.text?.includes(`/intents/${second.id}`) ?? false);
    expect(msg.subject).toBe(`【企服超市】合作意向有新留言：咨询：${intellectualProperty.name_zh}`);
    expect(msg.text).not.toContain('请问大概多久能完成');
    expect(mailsTo(providerEmail).filter((a) => a.mail.subject?.startsWith('【企服超市】收到新的合作意向') && a.mail.text?.includes(second.id))).toHaveLength(0);
  });

  it('queues the mail in the notification’s transaction: a rollback leaves no job', async () => {
    let inside: unknown[] = [];
    const probe = `SELECT j.id FROM pgboss.job j JOIN notification n ON n.id = (j.data->>'notificationId')::bigint
                    WHERE j.name = $1 AND n.intent_id = $2 AND n.kind = 'rating'`;
    await t.db
      .transaction(async (m) => {
        await t.app.get(Notifier).toOrganisation(m, { kind: 'provider', id: providerId }, { kind: 'rating', intentId: first.id, title: '收到新的服务评价' });
        inside = await m.query(probe, [MAIL_QUEUE.name, first.id]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(inside.length).toBeGreaterThan(0);
    expect(await t.db.query(`SELECT id FROM pgboss.job WHERE name = $1 AND data->>'notificationId' IN (SELECT id::text FROM notification WHERE intent_id = $2 AND kind = 'rating')`, [MAIL_QUEUE.name, first.id])).toHaveLength(0);
  });

  it('sends one mail for a job run twice, one after the other and at once', async () => {
    const [p] = await t.db.query(`SELECT id FROM app_user WHERE email = $1`, [providerEmail]);
    const delivery = t.app.get(MailDelivery);
    const once = await notification(p.id, first.id, 'overdue');
    expect(await delivery.send(once)).toMatchObject({ sent: expect.any(String) });
    expect(await delivery.send(once)).toEqual({ skipped: 'already sent' });
    const other = await newIntent(company, providerId); // announced by no mail: its kind is off now
    const racing = await notification(p.id, other.id, 'overdue');
    const both = await Promise.allSettled([delivery.send(racing), delivery.send(racing)]);
    const sent = both.filter((r) => r.status === 'fulfilled' && 'sent' in r.value);
    expect(sent).toHaveLength(1);
    // Let anything extra arrive before counting this address's overdue mails.
    await new Promise((r) => setTimeout(r, 1500));
    const overdue = mailsTo(providerEmail).filter((a) => a.mail.subject?.startsWith('【企服超市】合作意向超时未响应'));
    expect(overdue).toHaveLength(2);
    const rows = await t.db.query(`SELECT state FROM notification_delivery WHERE notification_id = ANY($1::bigint[]) AND channel = 'email'`, [[once, racing]]);
    expect(rows).toEqual([{ state: 'sent' }, { state: 'sent' }]);
  });

  it('sends an SMS to a user with a phone, and none to one without', async () => {
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    await settings(provider, { ...defaults(), phone });
    const third = await newIntent(company, providerId);
    const file = await until('the SMS', () => {
      for (const f of safeList(join(outbox, 'sms'))) {
        const text = readFileSync(join(outbox, 'sms', f), 'utf8');
        if (text.includes(phone) && text.includes(third.id)) return text;
      }
      return undefined;
    }, WAIT_MS);
    expect(file).toContain(`To: ${phone}`);
    expect(file).toContain(`【企服超市】收到新的合作意向：咨询：${intellectualProperty.name_zh}。详情：${PUBLIC}/intents/${third.id}`);
    // The company (no phone) was told of nothing by SMS; its intent note is in-app and mail only.
    const [c] = await t.db.query(`SELECT id FROM app_user WHERE email = $1`, [companyEmail]);
    const cid = await notification(c.id, third.id, 'message');
    expect(await t.app.get(SmsDelivery).send(cid)).toEqual({ skipped: 'no phone' });
    await settings(provider, defaults());
  });
});

describe('13710 notices by mail', () => {
  it('mails an operator a problem past its deadline, linking the problem page, in the daily digest too', async () => {
    const op = await signInOperator(t, 'admin');
    const opEmail = op.me!.user.email;
    const company = await signUpCompany(t);
    const raised = await company.post<{ id: string; company: { name: string } }>('/api/problems', { categoryCode: 'recruitment', description: '研发岗位招聘困难，急需三名嵌入式工程师。', urgency: 'urgent' });
    expect(raised.status).toBe(201);
    const problemId = raised.body.id;
    const dueAt = '2026-12-07T08:30:00.000Z';
    const [n] = await t.db.query(
      `INSERT INTO notification (user_id, problem_id, kind, title, detail) VALUES ($1, $2, 'problem_overdue', '企业问题超过受理期限', $3) RETURNING id::text`,
      [op.me!.user.id, problemId, JSON.stringify({ stage: 'accept', dueAt, companyName: raised.body.company.name, categoryName: '用工招聘' })],
    );
    expect(await t.app.get(MailDelivery).send(n.id)).toMatchObject({ sent: expect.any(String) });
    const mail = await waitForMail(opEmail, (m) => m.subject?.includes('企业问题') ?? false);
    expect(mail.subject).toBe(`【企服超市】企业问题超过受理期限：${raised.body.company.name} · 用工招聘`);
    expect(mail.text).toContain('13710 机制的受理（1 个工作日）期限（2026/12/07 16:30）');
    expect(mail.text).toContain(`${PUBLIC}/problems/${problemId}`);
    expect(mail.html).toContain(`href="${PUBLIC}/problems/${problemId}"`);
    expect(mail.headers.get('x-qifu-problem')).toBe(problemId);
    expect(mail.headers.get('x-qifu-intent')).toBeUndefined();
    // The problem's description stays behind the sign-in.
    expect(mail.text).not.toContain('嵌入式工程师');

    // As a digest line: switched to the digest, a second notice goes into the day's summary.
    await settings(op, { language: 'zh-CN', phone: null, email: { transition: 'immediate', message: 'immediate', overdue: 'immediate', rating: 'immediate', problem_overdue: 'digest' } });
    await t.db.query(
      `INSERT INTO notification (user_id, problem_id, kind, title, detail) VALUES ($1, $2, 'problem_overdue', '企业问题超过反馈期限', $3)`,
      [op.me!.user.id, problemId, JSON.stringify({ stage: 'progress', dueAt, companyName: raised.body.company.name, categoryName: '用工招聘' })],
    );
    expect(await t.app.get(MailDigest).send(op.me!.user.id, '2026-12-08')).toMatchObject({ sent: expect.any(String) });
    const digest = await waitForMail(opEmail, (m) => m.subject?.includes('每日通知汇总') ?? false);
    expect(digest.text).toContain(`企业问题超过反馈期限 — ${raised.body.company.name} · 用工招聘`);
    expect(digest.text).toContain(`${PUBLIC}/problems/${problemId}`);
  });
});

describe('the daily digest', () => {
  it('gathers exactly the digest kinds not yet sent, once per user and day', async () => {
    const provider = await signUpProvider(t, { approve: true });
    const company = await signUpCompany(t);
    const email = provider.me!.user.email;
    const userId = provider.me!.user.id;
    expect((await settings(provider, { language: 'zh-CN', phone: null, email: { transition: 'digest', message: 'digest', overdue: 'immediate', rating: 'off' } })).status).toBe(200);
    const intent = await newIntent(company, provider.me!.organisation.id); // a transition notification, kept for the digest
    const [created] = await t.db.query(`SELECT id::text FROM notification WHERE intent_id = $1 AND user_id = $2`, [intent.id, userId]);
    const message = await notification(userId, intent.id, 'message');
    await notification(userId, intent.id, 'rating'); // off: in no mail
    await notification(userId, intent.id, 'message', {}, '8 days'); // older than the digest's week
    const digest = t.app.get(MailDigest);

    const queued = await digest.run('2099-01-01');
    expect(queued.users).toBeGreaterThanOrEqual(1);
    const job = await t.db.query(`SELECT data FROM pgboss.job WHERE name = 'mail.digest' AND data->>'userId' = $1`, [userId]);
    expect(job.map((j: { data: unknown }) => j.data)).toContainEqual({ userId, day: '2099-01-01' });
    // The worker may take that job first; either way one digest arrives.
    const results = await Promise.allSettled([digest.send(userId, '2099-01-01'), digest.send(userId, '2099-01-01')]);
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    const mail = await waitForMail(email, (m) => m.subject?.startsWith('【企服超市】每日通知汇总') ?? false);
    expect(mail.subject).toBe('【企服超市】每日通知汇总：2 条新通知');
    expect(mail.text).toContain('收到新的合作意向');
    expect(mail.text).toContain('合作意向有新留言');
    expect(mail.text).not.toContain('收到新的服务评价');
    expect(mail.text?.match(/^• /gm)).toHaveLength(2);
    expect(mail.text).toContain(`${PUBLIC}/intents/${intent.id}`);
    const carried = await t.db.query(`SELECT notification_id::text AS id FROM notification_delivery WHERE channel = 'digest' AND notification_id IN (SELECT id FROM notification WHERE user_id = $1) ORDER BY 1`, [userId]);
    expect(carried.map((r: { id: string }) => r.id).sort()).toEqual([created.id, message].sort());
    // Its unsubscribe link names both kinds it carried.
    const shown = await new Browser(t.baseUrl).get<UnsubscribeDto>(`/api/mail/unsubscribe?token=${tokenOf(mail)}`);
    expect(shown.body.kinds.sort()).toEqual(['message', 'transition']);

    // The same day again: nothing more, whatever is new.
    const later = await notification(userId, intent.id, 'transition', { to: 'withdrawn' });
    expect(await digest.send(userId, '2099-01-01')).toEqual({ skipped: 'digest of 2099-01-01 is sent' });
    // The next day: only what came since.
    expect(await digest.send(userId, '2099-01-02')).toMatchObject({ sent: expect.any(String) });
    const next = await waitForMail(email, (m) => m.subject === '【企服超市】每日通知汇总：1 条新通知');
    expect(next.text).toContain('合作意向已撤回');
    expect(next.text?.match(/^• /gm)).toHaveLength(1);
    expect((await t.db.query(`SELECT state FROM notification_delivery WHERE notification_id = $1`, [later]))).toEqual([{ state: 'sent' }]);
    // Nothing left: the following day has no digest for this user.
    expect(await digest.send(userId, '2099-01-03')).toEqual({ skipped: 'nothing to send' });
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailsTo(email).filter((a) => a.mail.subject?.startsWith('【企服超市】每日通知汇总'))).toHaveLength(2);
    // No mail of its own for a digest kind either.
    expect(mailsTo(email).filter((a) => a.mail.subject?.startsWith('【企服超市】收到新的合作意向'))).toHaveLength(0);
  });

  it('is scheduled for 08:00 China time', async () => {
    const rows = await t.db.query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = 'mail.digest-run'`);
    expect(rows).toEqual([{ cron: '0 8 * * *', timezone: 'Asia/Shanghai' }]);
  });
});

describe('settings', () => {
  it('needs a session and refuses a bad body with a code', async () => {
    const anonymous = new Browser(t.baseUrl);
    expect(code(await anonymous.get('/api/account/notification-settings'))).toBe('UNAUTHENTICATED');
    const company = await signUpCompany(t);
    expect((await company.get<NotificationSettingsDto>('/api/account/notification-settings')).body).toEqual(defaults());
    const bad = await settings(company, { ...defaults(), email: { ...defaults().email, message: 'weekly' as 'off' } });
    expect(bad.status).toBe(400);
    expect(code(bad)).toBe('VALIDATION_FAILED');
    expect(code(await settings(company, { ...defaults(), phone: 'call me' }))).toBe('VALIDATION_FAILED');
    expect(code(await settings(company, { ...defaults(), language: 'fr-FR' as 'zh-CN' }))).toBe('VALIDATION_FAILED');
  });
});

describe('without SMTP_URL', () => {
  it('writes the mail to the outbox as an .eml file, and says so at start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qifu-eml-'));
    // Sending only: this app must not take the other app's jobs (which would land here).
    const app = await startTestApp({ MAIL_OUTBOX_DIR: dir, JOBS_ENABLED: 'false', NOTIFY_CHANNELS: 'mail', PUBLIC_URL: PUBLIC });
    try {
      const company = await signUpCompany(app);
      await settings(company, { ...defaults(), language: 'en-US' });
      const [intent] = await app.db.query(`SELECT id FROM intent ORDER BY created_at DESC LIMIT 1`);
      const [n] = await app.db.query(`INSERT INTO notification (user_id, intent_id, kind, title) VALUES ($1, $2, 'message', '测试') RETURNING id::text`, [company.me!.user.id, intent.id]);
      expect(await app.app.get(MailDelivery).send(n.id)).toMatchObject({ sent: expect.any(String) });
      const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
      expect(files).toHaveLength(1);
      const mail = await simpleParser(readFileSync(join(dir, files[0])));
      expect(mail.subject).toMatch(/^\[Qifu\] New message on a cooperation intent: /);
      expect(JSON.stringify(mail.to)).toContain(company.me!.user.email);
      expect(mail.text).toContain(`${PUBLIC}/intents/${intent.id}`);
      expect(mailDestination(parseConfig({ MAIL_OUTBOX_DIR: dir }))).toBe(`files in ${dir}/*.eml (no SMTP_URL)`);
      expect(mailDestination(parseConfig({ SMTP_URL: 'smtp://user:secret@mail.example:587' }))).toBe('SMTP smtp://mail.example:587');
    } finally {
      await app.close();
    }
  });
});

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
