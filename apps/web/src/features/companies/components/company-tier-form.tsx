import { useState } from 'react';
import {
  COMPANY_TIERS,
  type CompanyDto,
  type CompanyTier,
} from '@qifu/contracts';
import { Alert, App, Button, Form, Input, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '../../../components/ui/checkbox-group-field';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { isStaleTiersError, useSetCompanyTiers } from '../api/company-roster';

interface TierValues {
  tiers: CompanyTier[];
  note?: string;
}

const NOTE_MAX = 200;

/** What a change adds and removes, in the pyramid's order. */
export function tierChange(
  before: readonly CompanyTier[],
  after: readonly CompanyTier[],
) {
  return {
    added: COMPANY_TIERS.filter((x) => after.includes(x) && !before.includes(x)),
    removed: COMPANY_TIERS.filter(
      (x) => before.includes(x) && !after.includes(x),
    ),
  };
}

export interface CompanyTierEditorProps {
  company: Pick<CompanyDto, 'id' | 'name' | 'tiers'>;
}

/**
 * 调整梯度: the operator ticks the company's tiers, confirms what is added and removed, and the
 * API checks the tiers the form was read with; when someone changed them meanwhile the current
 * tiers are loaded (the form starts again from them) and a warning says so.
 */
export function CompanyTierEditor({ company }: CompanyTierEditorProps) {
  const { t } = useTranslation();
  const [stale, setStale] = useState(false);
  return (
    <>
      {stale ? (
        <Alert
          className="qf-form-alert"
          type="warning"
          showIcon
          title={t('errors.COMPANY_TIERS_CONFLICT')}
        />
      ) : null}
      <CompanyTierForm
        // A new tier set from the server (saved, or reloaded when stale) starts the form afresh.
        key={company.tiers.join(',')}
        company={company}
        onStale={() => setStale(true)}
        onSaved={() => setStale(false)}
      />
    </>
  );
}

function CompanyTierForm({
  company,
  onStale,
  onSaved,
}: CompanyTierEditorProps & { onStale: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TierValues>();
  const rules = useFormRules();
  const save = useSetCompanyTiers();
  const [pending, setPending] = useState<TierValues | null>(null);
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['tiers', 'note'],
  });
  const label = {
    tiers: t('companyRoster.tiers.tiers'),
    note: t('companyRoster.tiers.note'),
  };
  const tierName = (x: CompanyTier) => t(`companyTier.${x}`);
  const change = pending ? tierChange(company.tiers, pending.tiers) : null;

  const confirm = () => {
    if (!pending) return;
    clearError();
    return save
      .mutateAsync({
        id: company.id,
        tiers: pending.tiers,
        expectedTiers: company.tiers,
        note: pending.note?.trim() ?? '',
      })
      .then(
        () => {
          void message.success(t('companyRoster.tiers.saved'));
          onSaved();
        },
        (error: unknown) =>
          isStaleTiersError(error) ? onStale() : showError(form, error),
      )
      .finally(() => setPending(null));
  };

  return (
    <Form<TierValues>
      form={form}
      name="company-tiers"
      layout="vertical"
      requiredMark={false}
      initialValues={{ tiers: company.tiers, note: '' }}
      onFinish={(values) => setPending(values)}
      onValuesChange={clearError}
    >
      <Form.Item
        name="tiers"
        label={label.tiers}
        extra={t('companyRoster.tiers.tiersHelp')}
        rules={[
          {
            validator: (_rule, value: CompanyTier[] | undefined) => {
              const next = value ?? [];
              const { added, removed } = tierChange(company.tiers, next);
              return added.length || removed.length
                ? Promise.resolve()
                : Promise.reject(new Error(t('companyRoster.tiers.unchanged')));
            },
          },
        ]}
      >
        <CheckboxGroupField
          label={label.tiers}
          className="qf-tier-checkboxes"
          options={COMPANY_TIERS.map((x) => ({ value: x, label: tierName(x) }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={label.note}
        extra={t('companyRoster.tiers.noteHelp')}
        rules={[rules.maxLength(label.note, NOTE_MAX)]}
      >
        <Input
          maxLength={NOTE_MAX}
          showCount
          placeholder={t('companyRoster.tiers.notePlaceholder')}
        />
      </Form.Item>
      <FormAlert message={formError} />
      <Popconfirm
        open={pending !== null}
        // The form opens it once the fields are valid; the button's own click does not.
        onOpenChange={(open) => {
          if (!open) setPending(null);
        }}
        title={t('companyRoster.tiers.confirmTitle', { name: company.name })}
        description={
          change ? (
            <ul className="qf-tier-change">
              {change.added.length ? (
                <li>
                  {t('companyRoster.tiers.confirmAdded', {
                    tiers: change.added.map(tierName).join('、'),
                  })}
                </li>
              ) : null}
              {change.removed.length ? (
                <li>
                  {t('companyRoster.tiers.confirmRemoved', {
                    tiers: change.removed.map(tierName).join('、'),
                  })}
                </li>
              ) : null}
            </ul>
          ) : null
        }
        okText={t('form.confirm')}
        cancelText={t('form.cancel')}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('companyRoster.tiers.save')}
        </Button>
      </Popconfirm>
    </Form>
  );
}
