import type {
  CategoryDto,
  ProviderProfileDto,
  ProviderProfileInput,
} from '@qifu/contracts';
import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { ContactFields } from '../../../components/ui/form-fields/contact-fields';
import { ProviderProfileFields } from '../../../components/ui/form-fields/provider-profile-fields';
import { useRequiredMark } from '../../../components/ui/required-mark';
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
  const [form] = Form.useForm<ProfileFormValues>();
  const rules = useFormRules();
  const requiredMark = useRequiredMark();
  const update = useUpdateProfile();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: FIELDS,
    codeFields: { UNKNOWN_CATEGORY: 'categories' },
  });

  const label = {
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
        <ProviderProfileFields
          qualificationsRequired={false}
          labels={{
            categories: t('workspace.profile.categories'),
            categoriesHelp: t('workspace.profile.categoriesHelp'),
            categoriesTooMany: t('workspace.profile.categoriesTooMany'),
            summary: t('workspace.profile.summary'),
            summaryHelp: t('workspace.profile.summaryHelp'),
            description: t('workspace.profile.description'),
            qualifications: t('workspace.profile.qualifications'),
            qualificationsHelp: t('workspace.profile.qualificationsHelp'),
          }}
          categories={categories}
          categoriesLoading={categoriesLoading}
        />
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
