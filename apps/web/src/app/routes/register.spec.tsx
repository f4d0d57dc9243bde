import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { creditCodeCheckChar } from '@qifu/contracts';
import { chooseOptions, fill, formItem, setupUser } from '../../testing/antd';
import {
  auditCategory,
  me,
  providerMe,
  recruitmentCategory,
} from '../../testing/fixtures';
import {
  apiError,
  mockFetch,
  requests,
  type MockResponse,
} from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { RegisterRoute } from './register';

// A code with a correct GB 32100 check character, and the same code with a wrong one.
const FIRST_17 = '91410100MA3X5KQ1W';
const VALID_CODE = `${FIRST_17}${creditCodeCheckChar(FIRST_17)}`;
const WRONG_CHECK = `${FIRST_17}${VALID_CODE.endsWith('0') ? '1' : '0'}`;
const PASSWORD = 'wutong-park-2026';

const categories = [
  { ...auditCategory, serviceCount: 3 },
  { ...recruitmentCategory, serviceCount: 2 },
];

function renderRegister(
  url = '/register',
  onRegister: () => MockResponse = () => ({ status: 201, body: me() }),
) {
  const fetchMock = mockFetch((url) =>
    url.pathname === '/api/categories'
      ? { body: categories }
      : url.pathname === '/api/auth/register'
        ? onRegister()
        : { status: 500 },
  );
  const view = renderRoute(<RegisterRoute />, {
    path: '/register',
    url,
    me: null,
  });
  return { ...view, fetchMock };
}

function registrations(fetchMock: ReturnType<typeof mockFetch>) {
  return requests(fetchMock).filter(
    (r) => r.url.pathname === '/api/auth/register',
  );
}

async function fillCompany(user: UserEvent) {
  await fill(user, '企业名称', '郑州梧桐测试科技有限公司');
  await fill(user, '统一社会信用代码', VALID_CODE.toLowerCase());
  await fill(user, '所属行业', '软件和信息技术服务业');
  await chooseOptions(user, '企业规模', '小型企业');
  await chooseOptions(user, '发展阶段', '成长期');
  await chooseOptions(user, /^企业梯度标签/, '高新技术企业');
  await fill(user, '联系人', '赵女士');
  await fill(user, '联系电话', '0371-6788 0000');
  await fill(user, '您的姓名', '赵女士');
  await fill(user, '电子邮箱', 'zhao@wutong-test.example');
  await fill(user, '密码', PASSWORD);
  await fill(user, '确认密码', PASSWORD);
}

// Whole forms filled in jsdom take a few seconds.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RegisterRoute — client checks', () => {
  it('checks the credit code’s check character beside the field', async () => {
    const user = setupUser();
    const { fetchMock } = renderRegister();
    const code = screen.getByLabelText('统一社会信用代码');

    await user.clear(code);
    await user.paste(WRONG_CHECK);
    await user.tab();
    expect(
      await within(formItem('统一社会信用代码')).findByText(
        '统一社会信用代码校验位不正确，请核对后重新输入',
      ),
    ).toBeInTheDocument();

    await user.clear(code);
    await user.paste('9141010');
    await user.tab();
    expect(
      await within(formItem('统一社会信用代码')).findByText(
        '统一社会信用代码为 18 位',
      ),
    ).toBeInTheDocument();

    await user.clear(code);
    await user.paste(`${FIRST_17.slice(0, 16)}IO`);
    await user.tab();
    expect(
      await within(formItem('统一社会信用代码')).findByText(
        '统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z）',
      ),
    ).toBeInTheDocument();

    // Typed in lower case with spaces, a valid code is accepted as its capitals.
    await user.clear(code);
    await user.type(
      code,
      `${VALID_CODE.slice(0, 9)} ${VALID_CODE.slice(9)}`.toLowerCase(),
    );
    await user.tab();
    expect(code).toHaveValue(VALID_CODE);
    await waitFor(() =>
      expect(
        formItem('统一社会信用代码').querySelector(
          '.ant-form-item-explain-error',
        ),
      ).toBeNull(),
    );
    expect(registrations(fetchMock)).toHaveLength(0);
  });

  it('shows the password rule and holds short passwords and mismatched confirmations', async () => {
    const user = setupUser();
    const { fetchMock } = renderRegister();

    expect(
      within(formItem('密码')).getByText(
        '12–128 个字符；不要使用常见密码，也不要包含邮箱名。',
      ),
    ).toBeInTheDocument();

    await fill(user, '密码', 'short-pw');
    await fill(user, '确认密码', 'short-pw-2');
    await user.click(screen.getByRole('button', { name: '注册企业账户' }));

    expect(
      await within(formItem('密码')).findByText('密码长度需为 12–128 个字符'),
    ).toBeInTheDocument();
    expect(
      await within(formItem('确认密码')).findByText('两次输入的密码不一致'),
    ).toBeInTheDocument();
    expect(
      await within(formItem('企业名称')).findByText('请填写企业名称'),
    ).toBeInTheDocument();
    expect(
      await within(formItem('企业规模')).findByText('请选择企业规模'),
    ).toBeInTheDocument();
    expect(registrations(fetchMock)).toHaveLength(0);
  });
});

describe('RegisterRoute — the API’s answer', () => {
  it('registers a company with the normalised body and returns to the redirect', async () => {
    const user = setupUser();
    const { fetchMock, router } = renderRegister(
      `/register?redirect=${encodeURIComponent('/services/42')}`,
    );
    await fillCompany(user);
    await user.click(screen.getByRole('button', { name: '注册企业账户' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/services/42'),
    );
    const [request] = registrations(fetchMock);
    expect(request.method).toBe('POST');
    expect(request.body).toEqual({
      kind: 'company',
      name: '郑州梧桐测试科技有限公司',
      creditCode: VALID_CODE,
      industry: '软件和信息技术服务业',
      size: 'small',
      stage: 'growth',
      tiers: ['high_tech'],
      contactName: '赵女士',
      contactPhone: '0371-6788 0000',
      displayName: '赵女士',
      email: 'zhao@wutong-test.example',
      password: PASSWORD,
    });
  });

  it('shows each 409 conflict beside its field', async () => {
    const user = setupUser();
    let answer: MockResponse = apiError(409, 'EMAIL_TAKEN');
    const { router } = renderRegister('/register', () => answer);
    await fillCompany(user);

    const conflicts = [
      ['EMAIL_TAKEN', '电子邮箱', '该邮箱已被注册。'],
      ['CREDIT_CODE_TAKEN', '统一社会信用代码', '该统一社会信用代码已被注册。'],
      ['ORGANISATION_NAME_TAKEN', '企业名称', '该单位名称已被注册。'],
    ] as const;
    for (const [code, label, message] of conflicts) {
      answer = apiError(409, code);
      await user.click(screen.getByRole('button', { name: '注册企业账户' }));
      expect(
        await within(formItem(label)).findByText(message),
      ).toBeInTheDocument();
    }
    expect(router.state.location.pathname).toBe('/register');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts 400 details on their fields, and PASSWORD_TOO_COMMON on the password', async () => {
    const user = setupUser();
    let answer: MockResponse = apiError(400, 'VALIDATION_FAILED', [
      { field: 'contactPhone', message: 'must be a phone number' },
      { field: 'tiers.0', message: 'Invalid option' },
    ]);
    renderRegister('/register', () => answer);
    await fillCompany(user);
    await user.click(screen.getByRole('button', { name: '注册企业账户' }));

    expect(
      await within(formItem('联系电话')).findByText('此项填写有误，请检查'),
    ).toBeInTheDocument();
    expect(
      within(formItem(/企业梯度标签/)).getByText('此项填写有误，请检查'),
    ).toBeInTheDocument();
    expect(
      within(formItem('企业名称')).queryByText('此项填写有误，请检查'),
    ).toBeNull();

    answer = apiError(400, 'PASSWORD_TOO_COMMON', [
      { field: 'password', message: 'too common' },
    ]);
    await user.click(screen.getByRole('button', { name: '注册企业账户' }));
    expect(
      await within(formItem('密码')).findByText(
        '密码过于常见，请换一个更安全的密码。',
      ),
    ).toBeInTheDocument();
  });

  it('shows an error that belongs to no field above the button', async () => {
    const user = setupUser();
    renderRegister('/register', () => apiError(503, 'DATABASE_UNAVAILABLE'));
    await fillCompany(user);
    await user.click(screen.getByRole('button', { name: '注册企业账户' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '系统正在维护，请稍后重试。',
    );
  });

  it('sends a provider to its application status after applying', async () => {
    const user = setupUser();
    const { fetchMock, router } = renderRegister(
      `/register?kind=provider&redirect=${encodeURIComponent('/services/42')}`,
      () => ({ status: 201, body: providerMe() }),
    );

    await fill(user, '机构名称', '郑州梧桐测试会计师事务所');
    await fill(user, '机构简称', '梧桐测试所');
    await chooseOptions(user, '机构类型', '会计师事务所');
    await fill(user, '统一社会信用代码', VALID_CODE);
    await chooseOptions(user, '服务类别', '财务审计', '人才猎聘');
    await fill(user, '机构简介', '年度审计与专项审计。');
    await fill(user, '资质说明', '会计师事务所执业证书 41010001');
    await fill(user, '联系人', '钱会计师');
    await fill(user, '联系电话', '0371-6000 0000');
    await fill(user, '您的姓名', '钱会计师');
    await fill(user, '电子邮箱', 'qian@wutong-test.example');
    await fill(user, '密码', PASSWORD);
    await fill(user, '确认密码', PASSWORD);
    await user.click(screen.getByRole('button', { name: '提交入驻申请' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/account/application'),
    );
    expect(registrations(fetchMock)[0].body).toMatchObject({
      kind: 'provider',
      providerKind: 'accounting',
      categories: ['financial-audit', 'recruitment'],
      creditCode: VALID_CODE,
      description: '',
      address: '',
    });
  });
});
