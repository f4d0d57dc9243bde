import { useState, type ReactNode } from 'react';
import type { IntentDetailDto } from '@qifu/contracts';
import { Button, DatePicker, Form, Input, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { ContactFields } from '../../../components/ui/form-fields/contact-fields';
import { PriceRangeFields } from '../../../components/ui/form-fields/price-range-fields';
import { useRequiredMark } from '../../../components/ui/required-mark';
import {
  useAppLanguage,
  useLocalizedName,
} from '../../../i18n/use-app-language';
import type { AppErrorCode } from '../../../lib/api-client';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { useCreateIntent } from '../api/create-intent';
import { formatBudget } from '../intent-budget';
import {
  requestFormFields,
  toCreateIntentRequest,
  type IntentRequestValues,
  type IntentTarget,
} from '../intent-request';

export interface IntentRequestFormProps {
  target: IntentTarget;
  /** Fields shown first, e.g. the operator's company and service pickers. */
  leading?: ReactNode;
  initialValues?: Partial<IntentRequestValues>;
  onCreated: (intent: IntentDetailDto) => void;
}

const NEED_MIN = 5;
const NEED_MAX = 2000;

function codeFields(
  target: IntentTarget,
): Partial<Record<AppErrorCode, string>> {
  if (target.kind === 'provider')
    return { SERVICE_UNAVAILABLE_FOR_INTENT: 'categoryCode' };
  if (target.kind === 'operator')
    return {
      SERVICE_UNAVAILABLE_FOR_INTENT: 'serviceId',
      COMPANY_REQUIRED: 'companyId',
    };
  return {};
}

/** 申请服务: the need, a budget range in 元 (or 面议), a wished start date and a contact. */
export function IntentRequestForm({
  target,
  leading,
  initialValues,
  onCreated,
}: IntentRequestFormProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const localizedName = useLocalizedName();
  const [form] = Form.useForm<IntentRequestValues>();
  const rules = useFormRules();
  const requiredMark = useRequiredMark();
  const create = useCreateIntent();
  // One key for this form's life: a double click or a retry after a lost answer gives one intent.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const { formError, showError, clearError } = useServerFormErrors({
    fields: requestFormFields(target),
    codeFields: codeFields(target),
  });
  const negotiable = Form.useWatch('budgetNegotiable', form) ?? false;
  const budgetMin = Form.useWatch('budgetMin', form);
  const budgetMax = Form.useWatch('budgetMax', form);

  const label = {
    category: t('intents.request.category'),
    need: t('intents.request.need'),
    wishedStartDate: t('intents.request.wishedStartDate'),
  };

  const onNegotiableChange = (checked: boolean) => {
    if (!checked) return;
    // 面议 has no amounts: clear them, and any complaint about them.
    form.setFields([
      { name: 'budgetMin', value: null, errors: [] },
      { name: 'budgetMax', value: null, errors: [] },
    ]);
  };

  const onFinish = (values: IntentRequestValues) => {
    clearError();
    create.mutate(
      { body: toCreateIntentRequest(values, target), idempotencyKey },
      {
        onSuccess: (intent) => onCreated(intent),
        onError: (error) => showError(form, error),
      },
    );
  };

  const preview =
    !negotiable &&
    typeof budgetMin === 'number' &&
    typeof budgetMax === 'number'
      ? formatBudget(
          { negotiable: false, min: budgetMin, max: budgetMax },
          language,
          t('intents.budgetNegotiable'),
        )
      : null;

  return (
    <Form<IntentRequestValues>
      form={form}
      name="intent-request"
      layout="vertical"
      requiredMark={requiredMark}
      scrollToFirstError
      initialValues={{ budgetNegotiable: false, ...initialValues }}
      onFinish={onFinish}
    >
      {leading}
      {target.kind === 'provider' ? (
        <Form.Item
          name="categoryCode"
          label={label.category}
          rules={[rules.select(label.category)]}
        >
          <Select
            placeholder={t('intents.request.categoryPlaceholder')}
            options={target.categories.map((category) => ({
              value: category.code,
              label: localizedName(category),
            }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        name="need"
        label={label.need}
        extra={t('intents.request.needHelp')}
        rules={[
          rules.required(label.need),
          rules.length(label.need, NEED_MIN, NEED_MAX),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 10 }}
          maxLength={NEED_MAX}
          showCount
          placeholder={t('intents.request.needPlaceholder')}
        />
      </Form.Item>

      <fieldset className="qf-form-section qf-budget">
        <legend className="qf-form-section__title">
          {t('intents.request.budget')}
        </legend>
        <div className="qf-budget__negotiable">
          <label className="qf-switch-label">
            <Form.Item name="budgetNegotiable" valuePropName="checked" noStyle>
              <Switch onChange={onNegotiableChange} />
            </Form.Item>
            <span>{t('intents.budgetNegotiable')}</span>
          </label>
          <span className="qf-muted">
            {t('intents.request.budgetNegotiableHelp')}
          </span>
        </div>
        <PriceRangeFields
          minName="budgetMin"
          maxName="budgetMax"
          minLabel={t('intents.request.budgetMin')}
          maxLabel={t('intents.request.budgetMax')}
          disabled={negotiable}
          requiredMessage={t('intents.request.budgetRequired')}
          orderMessage={t('intents.request.budgetOrder')}
          dependencies={['budgetNegotiable']}
          step={1000}
          suffix={t('intents.request.yuan')}
        />
        {preview ? (
          <p className="qf-muted qf-budget__preview" aria-live="polite">
            {t('intents.request.budgetPreview', { range: preview })}
          </p>
        ) : null}
      </fieldset>

      <Form.Item
        name="wishedStartDate"
        label={label.wishedStartDate}
        rules={[rules.select(label.wishedStartDate)]}
      >
        <DatePicker
          format="YYYY-MM-DD"
          className="qf-date"
          disabledDate={(day) => day.isBefore(dayjs(), 'day')}
        />
      </Form.Item>

      <fieldset className="qf-form-section">
        <legend className="qf-form-section__title">
          {t('intents.request.contactSection')}
        </legend>
        <p className="qf-form-section__hint">
          {t('intents.request.contactHint')}
        </p>
        <ContactFields
          nameLabel={t('intents.request.contactName')}
          phoneLabel={t('intents.request.contactPhone')}
        />
      </fieldset>

      <FormAlert message={formError} />
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        loading={create.isPending}
        disabled={create.isPending}
      >
        {t('intents.request.submit')}
      </Button>
    </Form>
  );
}
