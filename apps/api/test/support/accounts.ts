import { creditCodeCheckChar, type RegisterCompanyRequest, type RegisterProviderRequest } from '@qifu/contracts';
import { randomBytes } from 'node:crypto';
import { createOperator } from '../../src/database/cli/create-operator';
import { PasswordHasher } from '../../src/modules/auth/password-hasher';
import { Browser } from './browser';
import type { TestApp } from './test-app';

export const PASSWORD = 'Tr1cky-但安全的-passphrase';
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh, valid 统一社会信用代码 (check character computed per GB 32100-2015). */
export function newCreditCode(): string {
  const bytes = randomBytes(9);
  const body = '91410100' + [...bytes].map((b) => ALPHABET[b % 31]).join('');
  return body + creditCodeCheckChar(body);
}

export const uniq = () => randomBytes(4).toString('hex');

export function companySignup(overrides: Partial<RegisterCompanyRequest> = {}): RegisterCompanyRequest {
  const u = uniq();
  return {
    kind: 'company',
    name: `郑州测试科技有限公司${u}`,
    creditCode: newCreditCode(),
    industry: '软件和信息技术服务',
    size: 'small',
    stage: 'growth',
    tiers: ['tech_sme'],
    contactName: '王经理',
    contactPhone: '13800001234',
    email: `admin-${u}@company.test`,
    password: PASSWORD,
    displayName: '王经理',
    ...overrides,
  };
}

export function providerSignup(overrides: Partial<RegisterProviderRequest> = {}): RegisterProviderRequest {
  const u = uniq();
  return {
    kind: 'provider',
    name: `河南测试知识产权代理有限公司${u}`,
    shortName: `测试知产${u}`,
    creditCode: newCreditCode(),
    providerKind: 'ip',
    summary: '专利、商标申请代理与知识产权咨询。',
    description: '',
    qualifications: '国家知识产权局备案专利代理机构。',
    categories: ['intellectual-property'],
    contactName: '李顾问',
    contactPhone: '0371-60000000',
    address: '郑州高新区',
    email: `admin-${u}@provider.test`,
    password: PASSWORD,
    displayName: '李顾问',
    ...overrides,
  };
}

export async function signUpCompany(t: TestApp, overrides: Partial<RegisterCompanyRequest> = {}): Promise<Browser> {
  const b = new Browser(t.baseUrl);
  const res = await b.post('/api/auth/register', companySignup(overrides));
  if (res.status !== 201) throw new Error(`company sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  return b;
}

export async function signUpProvider(t: TestApp, opts: { approve?: boolean; operator?: Browser } = {}): Promise<Browser> {
  const b = new Browser(t.baseUrl);
  const res = await b.post('/api/auth/register', providerSignup());
  if (res.status !== 201) throw new Error(`provider sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  if (opts.approve) {
    const op = opts.operator ?? (await signInOperator(t));
    const ok = await op.post(`/api/provider-applications/${b.me?.organisation.id}/approve`, { note: '资质齐全，同意入驻。' });
    if (ok.status !== 200) throw new Error(`approval failed: ${ok.status} ${JSON.stringify(ok.body)}`);
    await b.get('/api/auth/me');
  }
  return b;
}

export async function signIn(t: TestApp, email: string, password = PASSWORD): Promise<Browser> {
  const b = new Browser(t.baseUrl);
  const res = await b.post('/api/auth/login', { email, password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return b;
}

export async function signInOperator(t: TestApp, role: 'admin' | 'member' = 'admin'): Promise<Browser> {
  const email = `operator-${uniq()}@park.test`;
  await createOperator(t.db, new PasswordHasher(), { email, name: '运营中心测试', password: PASSWORD, role });
  return signIn(t, email);
}

/** Adds a member (role member) to the browser's organisation through an invitation. */
export async function addMember(t: TestApp, admin: Browser): Promise<Browser> {
  const email = `member-${uniq()}@org.test`;
  const inv = await admin.post<{ acceptPath: string }>('/api/organisation/invitations', { email, role: 'member' });
  if (inv.status !== 201) throw new Error(`invite failed: ${inv.status} ${JSON.stringify(inv.body)}`);
  const token = inv.body.acceptPath.split('/').pop();
  const b = new Browser(t.baseUrl);
  const res = await b.post(`/api/invitations/${token}/accept`, { displayName: '新成员', password: PASSWORD });
  if (res.status !== 201) throw new Error(`accept failed: ${res.status} ${JSON.stringify(res.body)}`);
  return b;
}

/** Signs in as a (new) admin of an existing provider, e.g. one of the 14 seeded institutions. */
export async function signInAsProviderAdmin(t: TestApp, providerId: string, role: 'admin' | 'member' = 'admin'): Promise<Browser> {
  const email = `provider-${uniq()}@seeded.test`;
  await t.db.query(
    `INSERT INTO app_user (email, password_hash, display_name, org_kind, provider_id, role) VALUES ($1, $2, '测试顾问', 'provider', $3, $4)`,
    [email, await new PasswordHasher().hash(PASSWORD), providerId, role],
  );
  return signIn(t, email);
}
