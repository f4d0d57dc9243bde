import { useMemo } from 'react';
import type { FormRule } from 'antd';
import {
  CREDIT_CODE_PATTERN,
  isValidCreditCode,
  PASSWORD_MAX,
  PASSWORD_MIN,
} from '@qifu/contracts';
import { useTranslation } from 'react-i18next';

// Mirrors phoneSchema in libs/contracts (the schema's regex is not exported on its own).
const PHONE_PATTERN = /^[0-9+() -]{5,20}$/;

/** Credit codes are typed in many ways; keep capitals and drop spaces as they are typed. */
export function normalizeCreditCode(value: unknown): string {
  return typeof value === 'string'
    ? value.replace(/\s+/g, '').toUpperCase()
    : '';
}

export type CreditCodeProblem = 'length' | 'chars' | 'check';

export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  if (!CREDIT_CODE_PATTERN.test(code)) return 'chars';
  return isValidCreditCode(code) ? null : 'check';
}

/** Client-side checks matching the API's schemas; the API still decides. */
export function useFormRules() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      required: (label: string): FormRule => ({
        required: true,
        whitespace: true,
        message: t('form.required', { label }),
      }),
      select: (label: string): FormRule => ({
        required: true,
        message: t('form.selectRequired', { label }),
      }),
      length: (label: string, min: number, max: number): FormRule => ({
        min,
        max,
        transform: (value: unknown) =>
          typeof value === 'string' ? value.trim() : value,
        message: t('form.lengthRange', { label, min, max }),
      }),
      maxLength: (label: string, max: number): FormRule => ({
        max,
        message: t('form.tooLong', { label, max }),
      }),
      email: {
        type: 'email',
        transform: (value: unknown) =>
          typeof value === 'string' ? value.trim() : value,
        message: t('form.emailInvalid'),
      } satisfies FormRule,
      phone: {
        pattern: PHONE_PATTERN,
        transform: (value: unknown) =>
          typeof value === 'string' ? value.trim() : value,
        message: t('form.phoneInvalid'),
      } satisfies FormRule,
      password: {
        min: PASSWORD_MIN,
        max: PASSWORD_MAX,
        message: t('form.passwordLength'),
      } satisfies FormRule,
      sameAs:
        (field: string): FormRule =>
        ({ getFieldValue }) => ({
          validator: (_rule, value) =>
            !value || getFieldValue(field) === value
              ? Promise.resolve()
              : Promise.reject(new Error(t('form.passwordMismatch'))),
        }),
      creditCode: {
        validator: (_rule, value: unknown) => {
          const code = normalizeCreditCode(value);
          // An empty field is the `required` rule's to report.
          const problem = code ? creditCodeProblem(code) : null;
          if (problem === 'length')
            return Promise.reject(new Error(t('form.creditCodeLength')));
          if (problem === 'chars')
            return Promise.reject(new Error(t('form.creditCodeChars')));
          if (problem === 'check')
            return Promise.reject(new Error(t('form.creditCodeCheck')));
          return Promise.resolve();
        },
      } satisfies FormRule,
    }),
    [t],
  );
}
