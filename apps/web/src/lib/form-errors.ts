import { useState } from 'react';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../components/ui/use-error-message';
import { isApiError, type AppErrorCode } from './api-client';

export interface ServerFieldError {
  name: string;
  errors: string[];
}

export interface ServerErrorMapping {
  /** The form's field names; the API reports fields by the same names. */
  fields: readonly string[];
  /** Codes that concern one field, e.g. EMAIL_TAKEN → email. */
  codeFields?: Partial<Record<AppErrorCode, string>>;
}

/**
 * Splits a failed submission into messages beside fields and one for the whole form.
 * `details[].field` may be a path ("categories.0"); its first segment names the field.
 */
export function toServerFormErrors(
  error: unknown,
  mapping: ServerErrorMapping,
  messages: { forCode: (error: unknown) => string; invalidField: string },
): { fieldErrors: ServerFieldError[]; formError: string | null } {
  const message = messages.forCode(error);
  if (!isApiError(error)) return { fieldErrors: [], formError: message };

  const codeField = mapping.codeFields?.[error.code];
  if (codeField)
    return {
      fieldErrors: [{ name: codeField, errors: [message] }],
      formError: null,
    };

  const byField = new Map<string, string>();
  for (const issue of error.details) {
    const name = issue.field.split('.')[0];
    if (!mapping.fields.includes(name) || byField.has(name)) continue;
    // A schema failure's own text is for developers; the code's message is for people.
    byField.set(
      name,
      error.code === 'VALIDATION_FAILED' ? messages.invalidField : message,
    );
  }
  if (byField.size === 0) return { fieldErrors: [], formError: message };
  return {
    fieldErrors: [...byField].map(([name, text]) => ({ name, errors: [text] })),
    formError: null,
  };
}

/** Shows a failed submission on an antd form: beside the fields, or above the button. */
export function useServerFormErrors(mapping: ServerErrorMapping) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [formError, setFormError] = useState<string | null>(null);
  return {
    formError,
    showError: (form: FormInstance, error: unknown) => {
      const result = toServerFormErrors(error, mapping, {
        forCode: errorMessage,
        invalidField: t('form.invalidField'),
      });
      form.setFields(result.fieldErrors);
      setFormError(result.formError);
    },
    clearError: () => setFormError(null),
  };
}
