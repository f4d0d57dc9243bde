import type { ReactNode } from 'react';
import type {
  MeDto,
  RegisterCompanyRequest,
  RegisterProviderRequest,
} from '@qifu/contracts';
import { Button, Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { ContactFields } from '../../../components/ui/form-fields/contact-fields';
import { OrganisationFields } from '../../../components/ui/form-fields/organisation-fields';
import { useRequiredMark } from '../../../components/ui/required-mark';
import { useServerFormErrors } from '../../../lib/form-errors';
import { normalizeCreditCode } from '../../../lib/form-rules';
import { useRegister } from '../api/register';
import {
  ACCOUNT_FIELDS,
  AdminAccountFields,
  REGISTER_CODE_FIELDS,
} from './admin-account-fields';

/** What both sign-ups ask in the shell: the organisation's name and code, its contact, the admin. */
export interface RegisterShellValues {
  name: string;
  creditCode: string;
  contactName: string;
  contactPhone: string;
  displayName: string;
  email: string;
  password: string;
}

type ShellKey = keyof RegisterShellValues;

const SHELL_FIELDS = [
  'name',
  'creditCode',
  'contactName',
  'contactPhone',
  ...ACCOUNT_FIELDS,
] satisfies ShellKey[];

/** The fields only one kind of organisation has, ready for the API. */
export type OwnRegisterFields =
  | Omit<RegisterCompanyRequest, ShellKey>
  | Omit<RegisterProviderRequest, ShellKey>;

/** Sends a sign-up: the shell's fields tidied as the API wants them, the form's own beside them; refusals land on their fields. */
export function useRegisterSubmit({
  form,
  ownFields,
  onRegistered,
}: {
  form: FormInstance;
  /** The API's names of the form's own fields, for the 400 details that name them. */
  ownFields: string[];
  onRegistered: (me: MeDto) => void;
}) {
  const register = useRegister();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: [...SHELL_FIELDS, ...ownFields],
    codeFields: REGISTER_CODE_FIELDS,
  });
  const submit = (v: RegisterShellValues, own: OwnRegisterFields) => {
    clearError();
    register.mutate(
      {
        ...own,
        name: v.name.trim(),
        creditCode: normalizeCreditCode(v.creditCode),
        contactName: v.contactName.trim(),
        contactPhone: v.contactPhone.trim(),
        displayName: v.displayName.trim(),
        email: v.email.trim(),
        password: v.password,
      },
      {
        onSuccess: onRegistered,
        onError: (error) => showError(form, error),
      },
    );
  };
  return { submit, formError, pending: register.isPending };
}

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
