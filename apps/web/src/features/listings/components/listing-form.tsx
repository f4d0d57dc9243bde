import {
  LIFECYCLE_STAGES,
  PRICE_MODELS,
  type CategoryDto,
  type LifecycleStage,
  type ListingInput,
  type PriceModel,
  type ProviderListingDto,
} from '@qifu/contracts';
import {
  Alert,
  Button,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Tabs,
  type FormRule,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { CheckboxGroupField } from '../../../components/ui/checkbox-group-field';
import { PriceRangeFields } from '../../../components/ui/form-fields/price-range-fields';
import { LazyMarkdown } from '../../../components/ui/lazy-markdown';
import { usePriceText } from '../../../components/ui/price-tag';
import { useRequiredMark } from '../../../components/ui/required-mark';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { useCreateListing, useUpdateListing } from '../api/save-listing';

export interface ListingFormValues {
  title: string;
  categoryCode: string;
  stages: LifecycleStage[];
  summary: string;
  description?: string;
  deliverables?: string[];
  priceModel: PriceModel;
  priceMin?: number | null;
  priceMax?: number | null;
  priceUnit?: string | null;
  duration: string;
}

// The API names fields as the form does (listingInputSchema); its 400 details land beside them.
const FIELDS = [
  'title',
  'categoryCode',
  'stages',
  'summary',
  'description',
  'deliverables',
  'priceModel',
  'priceMin',
  'priceMax',
  'priceUnit',
  'duration',
] as const;

const CODE_FIELDS = {
  LISTING_TITLE_TAKEN: 'title',
  UNKNOWN_CATEGORY: 'categoryCode',
} as const;

const DESCRIPTION_MAX = 10000;

/** The request body: amounts only where the price model has them (as the API requires). */
export function toListingInput(v: ListingFormValues): ListingInput {
  const amount = (value: number | null | undefined) =>
    typeof value === 'number' && Number.isFinite(value) ? value : null;
  const unit = v.priceUnit?.trim() || null;
  return {
    title: v.title.trim(),
    categoryCode: v.categoryCode,
    stages: LIFECYCLE_STAGES.filter((stage) => v.stages.includes(stage)),
    summary: v.summary.trim(),
    description: v.description ?? '',
    deliverables: (v.deliverables ?? []).map((d) => d.trim()).filter(Boolean),
    priceModel: v.priceModel,
    priceMin: v.priceModel === 'negotiable' ? null : amount(v.priceMin),
    priceMax: v.priceModel === 'range' ? amount(v.priceMax) : null,
    priceUnit: v.priceModel === 'negotiable' ? null : unit,
    duration: v.duration.trim(),
  };
}

export function toListingFormValues(l: ProviderListingDto): ListingFormValues {
  return {
    title: l.title,
    categoryCode: l.category.code,
    stages: l.stages,
    summary: l.summary,
    description: l.description,
    deliverables: l.deliverables,
    priceModel: l.price.model,
    priceMin: l.price.min,
    priceMax: l.price.max,
    priceUnit: l.price.unit,
    duration: l.duration,
  };
}

const EMPTY: Partial<ListingFormValues> = {
  stages: [],
  deliverables: [],
  priceModel: 'range',
  description: '',
};

export interface ListingFormProps {
  /** Editing this listing; left out, the form creates a draft. */
  listing?: ProviderListingDto;
  categories: CategoryDto[];
  categoriesLoading: boolean;
  categoriesFailed: boolean;
  onSaved: (listing: ProviderListingDto) => void;
  onCancel: () => void;
}

export function ListingForm({
  listing,
  categories,
  categoriesLoading,
  categoriesFailed,
  onSaved,
  onCancel,
}: ListingFormProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const priceText = usePriceText();
  const [form] = Form.useForm<ListingFormValues>();
  const rules = useFormRules();
  const requiredMark = useRequiredMark();
  const create = useCreateListing();
  const update = useUpdateListing();
  const saving = create.isPending || update.isPending;
  const { formError, showError, clearError } = useServerFormErrors({
    fields: FIELDS,
    codeFields: CODE_FIELDS,
  });
  const priceModel = Form.useWatch('priceModel', form) ?? EMPTY.priceModel;
  const description = Form.useWatch('description', form) ?? '';
  const priceMin = Form.useWatch('priceMin', form);
  const priceMax = Form.useWatch('priceMax', form);
  const priceUnit = Form.useWatch('priceUnit', form);

  const label = {
    title: t('workspace.form.title'),
    categoryCode: t('workspace.form.category'),
    stages: t('workspace.form.stages'),
    summary: t('workspace.form.summary'),
    description: t('workspace.form.description'),
    deliverables: t('workspace.form.deliverables'),
    priceModel: t('workspace.form.priceModel'),
    priceMin: t(
      priceModel === 'range'
        ? 'workspace.form.priceMin'
        : 'workspace.form.priceFixed',
    ),
    priceMax: t('workspace.form.priceMax'),
    priceUnit: t('workspace.form.priceUnit'),
    duration: t('workspace.form.duration'),
  };

  const deliverablesRule: FormRule = {
    validator: (_rule, value: unknown) => {
      const items = Array.isArray(value) ? (value as string[]) : [];
      if (items.length > 20)
        return Promise.reject(
          new Error(t('workspace.form.deliverablesTooMany')),
        );
      if (items.some((item) => item.trim().length > 100))
        return Promise.reject(
          new Error(t('workspace.form.deliverableTooLong')),
        );
      return Promise.resolve();
    },
  };

  const onFinish = (values: ListingFormValues) => {
    clearError();
    const input = toListingInput(values);
    const callbacks = {
      onSuccess: (saved: ProviderListingDto) => onSaved(saved),
      onError: (error: unknown) => showError(form, error),
    };
    if (listing) update.mutate({ id: listing.id, input }, callbacks);
    else create.mutate(input, callbacks);
  };

  const preview =
    priceModel === 'negotiable' || typeof priceMin === 'number'
      ? priceText({
          model: priceModel,
          min: priceModel === 'negotiable' ? null : (priceMin ?? null),
          max: priceModel === 'range' ? (priceMax ?? null) : null,
          unit: priceModel === 'negotiable' ? null : priceUnit?.trim() || null,
        })
      : null;

  return (
    <Form<ListingFormValues>
      form={form}
      name="listing"
      layout="vertical"
      requiredMark={requiredMark}
      scrollToFirstError
      initialValues={listing ? toListingFormValues(listing) : EMPTY}
      onFinish={onFinish}
      onValuesChange={clearError}
    >
      <fieldset className="qf-form-section">
        <legend className="qf-form-section__title">
          {t('workspace.form.basicSection')}
        </legend>
        <Form.Item
          name="title"
          label={label.title}
          extra={t('workspace.form.titleHelp')}
          rules={[
            rules.required(label.title),
            rules.length(label.title, 2, 60),
          ]}
        >
          <Input maxLength={60} showCount />
        </Form.Item>
        <Form.Item
          name="categoryCode"
          label={label.categoryCode}
          rules={[rules.select(label.categoryCode)]}
        >
          <Select
            loading={categoriesLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={categories.map((c) => ({
              value: c.code,
              label: localizedName(c),
            }))}
          />
        </Form.Item>
        {categoriesFailed ? (
          <Alert
            className="qf-form-alert"
            type="warning"
            showIcon
            title={t('workspace.form.categoriesFailed')}
          />
        ) : null}
        <Form.Item
          name="stages"
          label={label.stages}
          extra={t('workspace.form.stagesHelp')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('form.selectRequired', { label: label.stages }),
            },
          ]}
        >
          <CheckboxGroupField
            label={label.stages}
            options={LIFECYCLE_STAGES.map((stage) => ({
              value: stage,
              label: t(`stage.${stage}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label={label.summary}
          extra={t('workspace.form.summaryHelp')}
          rules={[
            rules.required(label.summary),
            rules.maxLength(label.summary, 200),
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} showCount />
        </Form.Item>
      </fieldset>

      <fieldset className="qf-form-section">
        <legend className="qf-form-section__title">
          {t('workspace.form.priceSection')}
        </legend>
        <Form.Item
          name="priceModel"
          label={label.priceModel}
          rules={[rules.select(label.priceModel)]}
        >
          <Radio.Group
            optionType="button"
            options={PRICE_MODELS.map((model) => ({
              value: model,
              label: t(`priceModel.${model}`),
            }))}
          />
        </Form.Item>
        {priceModel !== 'negotiable' ? (
          <PriceRangeFields
            minName="priceMin"
            maxName="priceMax"
            minLabel={label.priceMin}
            maxLabel={label.priceMax}
            showMax={priceModel === 'range'}
            strictOrder
            orderMessage={t('workspace.form.priceMaxAbove')}
            preserve={false}
            prefix="¥"
          >
            <Form.Item
              name="priceUnit"
              label={label.priceUnit}
              extra={t('workspace.form.priceUnitHelp')}
              preserve={false}
              rules={[rules.maxLength(label.priceUnit, 10)]}
            >
              <Input maxLength={10} />
            </Form.Item>
          </PriceRangeFields>
        ) : null}
        {preview ? (
          <p className="qf-form-section__hint" aria-live="polite">
            {t('workspace.form.pricePreview', { price: preview })}
          </p>
        ) : null}
        <Form.Item
          name="duration"
          label={label.duration}
          extra={t('workspace.form.durationHelp')}
          rules={[
            rules.required(label.duration),
            rules.maxLength(label.duration, 40),
          ]}
        >
          <Input maxLength={40} />
        </Form.Item>
      </fieldset>

      <fieldset className="qf-form-section">
        <legend className="qf-form-section__title">
          {t('workspace.form.contentSection')}
        </legend>
        <Form.Item
          label={label.description}
          extra={t('workspace.form.descriptionHelp')}
          required={false}
        >
          <Tabs
            size="small"
            items={[
              {
                key: 'write',
                label: t('workspace.form.write'),
                children: (
                  <Form.Item
                    name="description"
                    noStyle
                    rules={[
                      rules.maxLength(label.description, DESCRIPTION_MAX),
                    ]}
                  >
                    <Input.TextArea
                      aria-label={label.description}
                      autoSize={{ minRows: 8, maxRows: 24 }}
                      maxLength={DESCRIPTION_MAX}
                      showCount
                    />
                  </Form.Item>
                ),
              },
              {
                key: 'preview',
                label: t('workspace.form.preview'),
                children: (
                  <div
                    className="qf-md-preview"
                    data-testid="description-preview"
                  >
                    {description.trim() ? (
                      <LazyMarkdown>{description}</LazyMarkdown>
                    ) : (
                      <p className="qf-muted">
                        {t('workspace.form.previewEmpty')}
                      </p>
                    )}
                  </div>
                ),
              },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="deliverables"
          label={label.deliverables}
          extra={t('workspace.form.deliverablesHelp')}
          rules={[deliverablesRule]}
        >
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={['\n', '；', ';']}
          />
        </Form.Item>
      </fieldset>

      <FormAlert message={formError} />
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {listing ? t('workspace.form.update') : t('workspace.form.create')}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          {t('form.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
