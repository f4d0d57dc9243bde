import type {
  CategoryDto,
  ProviderProfileDto,
  ProviderProfileInput,
} from '@qifu/contracts';
import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { ContactFields } from '../../../components/ui/form-fields/contact-fields';
import { useRequiredMark } from '../../../components/ui/required-mark';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { useUpdateProfile } from '../api/update-profile';

export interface ProfileFormValues {
  summary: string;
  description?: string;
  qualifications?: string;
  contactName: string;
  contactPhone: string;
  contactEmail?: string | null;
  address?: string;
  categories: string[];
}

const FIELDS = [
  'summary',
  'description',
  'qualifications',
  'contactName',
  'contactPhone',
  'contactEmail',
  'address',
  'categories',
] as const;

export function toProfileInput(v: ProfileFormValues): ProviderProfileInput {
  return {
    summary: v.summary.trim(),
    description: v.description?.trim() ?? '',
    qualifications: v.qualifications?.trim() ?? '',
    contactName: v.contactName.trim(),
    contactPhone: v.contactPhone.trim(),
    contactEmail: v.contactEmail?.trim() || null,
    address: v.address?.trim() ?? '',
    categories: v.categories,
  };
}

function toValues(p: ProviderProfileDto): ProfileFormValues {
  return {
    summary: p.summary,
    description: p.description,
    qualifications: p.qualifications,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    contactEmail: p.contactEmail,
    address: p.address,
    categories: p.categories.map((c) => c.code),
  };
}

export interface ProfileFormProps {
  profile: ProviderProfileDto;
  categories: CategoryDto[];
  categoriesLoading: boolean;
  /** Members read the profile; only the organisation's admins change it (as the API rules). */
  canEdit: boolean;
}

export function ProfileForm({
  profile,
  categories,
  categoriesLoading,
  canEdit,
}: ProfileFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const localizedName = useLocalizedName();
  const [form] = Form.useForm<ProfileFormValues>();
  const rules = useFormRules();
  const requiredMark = useRequiredMark();
  const update = useUpdateProfile();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: FIELDS,
    codeFields: { UNKNOWN_CATEGORY: 'categories' },
  });

  const label = {
    summary: t('workspace.profile.summary'),
    description: t('workspace.profile.description'),
    qualifications: t('workspace.profile.qualifications'),
    categories: t('workspace.profile.categories'),
    contactEmail: t('workspace.profile.contactEmail'),
    address: t('workspace.profile.address'),
  };

  const onFinish = (values: ProfileFormValues) => {
    clearError();
    update.mutate(toProfileInput(values), {
      onSuccess: () => void message.success(t('workspace.profile.saved')),
      onError: (error) => showError(form, error),
    });
  };

  return (
    <Form<ProfileFormValues>
      form={form}
      name="provider-profile"
      layout="vertical"
      requiredMark={requiredMark}
      scrollToFirstError
      disabled={!canEdit}
      initialValues={toValues(profile)}
      onFinish={onFinish}
      onValuesChange={clearError}
    >
      {!canEdit ? (
        <Alert
          className="qf-form-alert"
          type="info"
          showIcon
          title={t('workspace.profile.readOnly')}
        />
      ) : null}
      <fieldset className="qf-form-section">
        <legend className="qf-form-section__title">
          {t('workspace.profile.basicSection')}
        </legend>
        <Form.Item
          name="categories"
          label={label.categories}
          extra={t('workspace.profile.categoriesHelp')}
          rules={[
            rules.select(label.categories),
            {
              type: 'array',
              max: 20,
              message: t('workspace.profile.categoriesTooMany'),
            },
          ]}
        >
          <Select
            mode="multiple"
            allowClear
            loading={categoriesLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={categories.map((c) => ({
              value: c.code,
              label: localizedName(c),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label={label.summary}
          extra={t('workspace.profile.summaryHelp')}
          rules={[
            rules.required(label.summary),
            rules.maxLength(label.summary, 200),
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} showCount />
        </Form.Item>
        <Form.Item
          name="description"
          label={label.description}
          rules={[rules.maxLength(label.description, 5000)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4 }}
            maxLength={5000}
            showCount
          />
        </Form.Item>
        <Form.Item
          name="qualifications"
          label={label.qualifications}
          extra={t('workspace.profile.qualificationsHelp')}
          rules={[rules.maxLength(label.qualifications, 2000)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3 }}
            maxLength={2000}
            showCount
          />
        </Form.Item>
      </fieldset>
      <fieldset className="qf-form-section">
        <legend className="qf-form-section__title">
          {t('workspace.profile.contactSection')}
        </legend>
        <ContactFields
          nameLabel={t('workspace.profile.contactName')}
          phoneLabel={t('workspace.profile.contactPhone')}
        />
        <div className="qf-form-row">
          <Form.Item
            name="contactEmail"
            label={label.contactEmail}
            rules={[rules.email, rules.maxLength(label.contactEmail, 254)]}
          >
            <Input type="email" autoComplete="email" maxLength={254} />
          </Form.Item>
          <Form.Item
            name="address"
            label={label.address}
            rules={[rules.maxLength(label.address, 200)]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </div>
      </fieldset>
      <FormAlert message={formError} />
      {canEdit ? (
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('workspace.profile.save')}
        </Button>
      ) : null}
    </Form>
  );
}
