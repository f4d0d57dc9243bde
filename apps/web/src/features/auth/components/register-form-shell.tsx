import type { ReactNode } from 'react';
import { Button, Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { ContactFields } from '../../../components/ui/form-fields/contact-fields';
import { OrganisationFields } from '../../../components/ui/form-fields/organisation-fields';
import { useRequiredMark } from '../../../components/ui/required-mark';
import { AdminAccountFields } from './admin-account-fields';

export interface RegisterFormShellProps<Values> {
  form: FormInstance<Values>;
  name: string;
  /** 企业名称 or 机构名称. */
  organisationLabel: string;
  /** Between the name and the credit code. */
  beforeCreditCode?: ReactNode;
  /** The rest of the organisation section, after the credit code. */
  children: ReactNode;
  /** Below the contact person and phone (e.g. a provider's address). */
  contactExtra?: ReactNode;
  formError: string | null;
  pending: boolean;
  submitLabel: string;
  onFinish: (values: Values) => void;
}

/** Both sign-ups: the organisation, its contact, the first admin's account, one submit. */
export function RegisterFormShell<Values>({
  form,
  name,
  organisationLabel,
  beforeCreditCode,
  children,
  contactExtra,
  formError,
  pending,
  submitLabel,
  onFinish,
}: RegisterFormShellProps<Values>) {
  const { t } = useTranslation();
  const requiredMark = useRequiredMark();
  return (
    <Form<Values>
      form={form}
      name={name}
      layout="vertical"
      requiredMark={requiredMark}
      scrollToFirstError
      onFinish={onFinish}
    >
      <fieldset className="qf-form-section">
        <legend className="qf-form-section__title">
          {t('register.organisationSection')}
        </legend>
        <OrganisationFields nameLabel={organisationLabel}>
          {beforeCreditCode}
        </OrganisationFields>
        {children}
      </fieldset>

      <fieldset className="qf-form-section">
        <legend className="qf-form-section__title">
          {t('register.contactSection')}
        </legend>
        <ContactFields
          nameLabel={t('register.contactName')}
          phoneLabel={t('register.contactPhone')}
        />
        {contactExtra}
      </fieldset>

      <AdminAccountFields />
      <FormAlert message={formError} />
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={pending}
      >
        {submitLabel}
      </Button>
    </Form>
  );
}
