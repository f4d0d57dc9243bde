import { useState } from 'react';
import { vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { creditCodeCheckChar } from '@qifu/contracts';
import { Button, Form } from 'antd';
import { AppProvider } from '../../../app/providers';
import { fill, formItem, setupUser } from '../../../testing/antd';
import { createTestQueryClient } from '../../../testing/render';
import { ContactFields } from './contact-fields';
import { OrganisationFields } from './organisation-fields';
import { PriceRangeFields, hasAtMostTwoDecimals } from './price-range-fields';

// A credit code whose GB 32100 check character is right (computed by libs/contracts), and one with it wrong.
const FIRST_17 = '91410100MA3X5KQ1W';
const GOOD_CODE = `${FIRST_17}${creditCodeCheckChar(FIRST_17)}`;
const BAD_CODE = `${FIRST_17}${GOOD_CODE.endsWith('0') ? '1' : '0'}`;

function Harness({
  onFinish,
  strictOrder = false,
}: {
  onFinish: (values: Record<string, unknown>) => void;
  strictOrder?: boolean;
}) {
  const [negotiable, setNegotiable] = useState(false);
  return (
    <Form layout="vertical" onFinish={onFinish}>
      <OrganisationFields nameLabel="企业名称" />
      <ContactFields nameLabel="联系人" phoneLabel="联系电话" />
      <PriceRangeFields
        minName="priceMin"
        maxName="priceMax"
        minLabel="最低价"
        maxLabel="最高价"
        disabled={negotiable}
        strictOrder={strictOrder}
        orderMessage="最高价须高于最低价"
      />
      <Button onClick={() => setNegotiable(true)}>面议</Button>
      <Button type="primary" htmlType="submit">
        提交
      </Button>
    </Form>
  );
}

function renderHarness(strictOrder?: boolean) {
  const onFinish = vi.fn();
  render(
    <AppProvider queryClient={createTestQueryClient()}>
      <Harness onFinish={onFinish} strictOrder={strictOrder} />
    </AppProvider>,
  );
  return onFinish;
}

const submit = (user: ReturnType<typeof setupUser>) =>
  user.click(screen.getByRole('button', { name: '提交' }));

async function fillOrganisationAndContact(user: ReturnType<typeof setupUser>) {
  await fill(user, '企业名称', '  郑州示例科技有限公司 ');
  await fill(user, '统一社会信用代码', GOOD_CODE.toLowerCase());
  await fill(user, '联系人', '王经理');
  await fill(user, '联系电话', '0371-6788 1234');
}

describe('form field blocks', () => {
  it('labels every control so it can be found by its name', () => {
    renderHarness();
    for (const label of [
      '企业名称',
      '统一社会信用代码',
      '联系人',
      '联系电话',
      '最低价',
      '最高价',
    ])
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    expect(screen.getByLabelText('联系电话')).toHaveAttribute('type', 'tel');
  });

  it('shows each block’s message beside its field and submits nothing', async () => {
    const onFinish = renderHarness();
    const user = setupUser();
    await fill(user, '企业名称', '郑');
    await fill(user, '统一社会信用代码', BAD_CODE);
    await fill(user, '联系电话', 'call me');
    await fill(user, '最低价', '1.004');
    await fill(user, '最高价', '0.5');
    await submit(user);

    // Each field validates on its own tick: wait until all have spoken.
    await waitFor(() => {
      expect(formItem('企业名称')).toHaveTextContent('企业名称应为 2–100 个字');
      expect(formItem('统一社会信用代码')).toHaveTextContent(
        '统一社会信用代码校验位不正确',
      );
      expect(formItem('联系人')).toHaveTextContent('请填写联系人');
      expect(formItem('联系电话')).toHaveTextContent('请输入有效的电话号码');
      expect(formItem('最低价')).toHaveTextContent('金额最多保留两位小数');
      expect(formItem('最高价')).toHaveTextContent('最高价须高于最低价');
    });
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('asks for both amounts unless they are greyed out as 面议', async () => {
    const onFinish = renderHarness();
    const user = setupUser();
    await fillOrganisationAndContact(user);
    await submit(user);
    await waitFor(() => {
      expect(formItem('最低价')).toHaveTextContent('请填写最低价');
      expect(formItem('最高价')).toHaveTextContent('请填写最高价');
    });
    expect(onFinish).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '面议' }));
    await submit(user);
    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    expect(screen.getByLabelText('最低价')).toBeDisabled();
  });

  it('submits the values typed, the credit code in capitals', async () => {
    const onFinish = renderHarness();
    const user = setupUser();
    await fillOrganisationAndContact(user);
    await fill(user, '最低价', '8000.5');
    await fill(user, '最高价', '8000.5');
    await submit(user);

    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    expect(onFinish.mock.calls[0]?.[0]).toEqual({
      name: '  郑州示例科技有限公司 ',
      creditCode: GOOD_CODE,
      contactName: '王经理',
      contactPhone: '0371-6788 1234',
      priceMin: 8000.5,
      priceMax: 8000.5,
    });
  });

  it('refuses an equal max where the range must widen', async () => {
    const onFinish = renderHarness(true);
    const user = setupUser();
    await fillOrganisationAndContact(user);
    await fill(user, '最低价', '100');
    await fill(user, '最高价', '100');
    await submit(user);
    await waitFor(() =>
      expect(formItem('最高价')).toHaveTextContent('最高价须高于最低价'),
    );
    expect(onFinish).not.toHaveBeenCalled();
  });
});

describe('hasAtMostTwoDecimals', () => {
  it('takes whole cents, including those binary floats cannot hold exactly', () => {
    for (const value of [0, 1, 0.1, 0.29, 1.01, 19.99, 1e11])
      expect(hasAtMostTwoDecimals(value)).toBe(true);
    for (const value of [0.001, 1.004, 1.005, 19.999])
      expect(hasAtMostTwoDecimals(value)).toBe(false);
  });
});
