import { vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { type CategoryDto, PROVIDER_PROFILE_LIMITS } from '@qifu/contracts';
import { Button, Form } from 'antd';
import { AppProvider } from '../../../app/providers';
import {
  chooseOptions,
  fill,
  formItem,
  setupUser,
} from '../../../testing/antd';
import { createTestQueryClient } from '../../../testing/render';
import {
  ProviderProfileFields,
  type ProviderProfileFieldsProps,
} from './provider-profile-fields';

vi.setConfig({ testTimeout: 30_000 });

const CATEGORIES: CategoryDto[] = Array.from(
  { length: PROVIDER_PROFILE_LIMITS.categories + 1 },
  (_, index) => ({
    code: `category-${index}`,
    nameZh: `类别${index}`,
    nameEn: `Category ${index}`,
    serviceCount: 0,
  }),
);

const LABELS: ProviderProfileFieldsProps['labels'] = {
  categories: '服务类别',
  categoriesHelp: '至少选择 1 个',
  categoriesTooMany: '服务类别最多选择 20 个',
  summary: '机构简介',
  summaryHelp: '一两句话',
  description: '机构介绍',
  qualifications: '资质说明',
  qualificationsHelp: '执业许可等',
};

function renderFields(
  props: Partial<ProviderProfileFieldsProps> & {
    initialValues?: Record<string, unknown>;
  } = {},
) {
  const onFinish = vi.fn();
  const { initialValues, ...fieldProps } = props;
  const view = render(
    <AppProvider queryClient={createTestQueryClient()}>
      <Form layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        <ProviderProfileFields
          labels={LABELS}
          categories={CATEGORIES}
          categoriesLoading={false}
          qualificationsRequired={false}
          {...fieldProps}
        />
        <Button type="primary" htmlType="submit">
          提交
        </Button>
      </Form>
    </AppProvider>,
  );
  return { onFinish, unmount: view.unmount };
}

const submit = (user: ReturnType<typeof setupUser>) =>
  user.click(screen.getByRole('button', { name: '提交' }));

describe('ProviderProfileFields', () => {
  it('asks for categories and a summary, and hands the values on', async () => {
    const user = setupUser();
    const { onFinish } = renderFields();
    for (const label of ['服务类别', '机构简介', '机构介绍', '资质说明'])
      expect(screen.getByLabelText(label)).toBeInTheDocument();

    await submit(user);
    expect(
      await within(formItem('服务类别')).findByText('请选择服务类别'),
    ).toBeInTheDocument();
    expect(
      within(formItem('机构简介')).getByText('请填写机构简介'),
    ).toBeInTheDocument();
    // Qualifications may stay empty in the workspace profile.
    expect(
      within(formItem('资质说明')).queryByText('请填写资质说明'),
    ).toBeNull();
    expect(onFinish).not.toHaveBeenCalled();

    await chooseOptions(user, '服务类别', '类别1');
    await fill(user, '机构简介', '专注年度审计');
    await submit(user);
    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    expect(onFinish.mock.calls[0][0]).toMatchObject({
      categories: ['category-1'],
      summary: '专注年度审计',
    });
  });

  it('requires qualifications where sign-up asks for them', async () => {
    const user = setupUser();
    const { onFinish } = renderFields({
      qualificationsRequired: true,
      initialValues: { categories: ['category-0'], summary: '简介' },
    });
    await submit(user);
    expect(
      await within(formItem('资质说明')).findByText('请填写资质说明'),
    ).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('holds the limits the API holds: categories, summary and qualifications', async () => {
    const user = setupUser();
    const { onFinish } = renderFields({
      initialValues: {
        categories: CATEGORIES.map((category) => category.code),
        summary: '简'.repeat(PROVIDER_PROFILE_LIMITS.summary + 1),
        qualifications: '资'.repeat(PROVIDER_PROFILE_LIMITS.qualifications + 1),
      },
    });
    await submit(user);
    expect(
      await within(formItem('服务类别')).findByText('服务类别最多选择 20 个'),
    ).toBeInTheDocument();
    expect(
      within(formItem('机构简介')).getByText('机构简介不能超过 200 个字'),
    ).toBeInTheDocument();
    expect(
      within(formItem('资质说明')).getByText('资质说明不能超过 2000 个字'),
    ).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('counts characters in the long texts, except on the compact sign-up form', () => {
    const counters = () =>
      ['机构介绍', '资质说明'].map(
        (label) =>
          formItem(label).querySelector('.ant-input-data-count') !== null,
      );
    const full = renderFields();
    expect(counters()).toEqual([true, true]);
    full.unmount();

    renderFields({ compact: true });
    expect(counters()).toEqual([false, false]);
    // The summary is short enough to count everywhere.
    expect(
      formItem('机构简介').querySelector('.ant-input-data-count'),
    ).not.toBeNull();
  });
});
