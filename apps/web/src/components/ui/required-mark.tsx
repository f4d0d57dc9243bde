import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** antd Form `requiredMark`: required fields plain, optional ones say so in words. */
export function useRequiredMark() {
  const { t } = useTranslation();
  return (label: ReactNode, { required }: { required: boolean }) =>
    required ? (
      label
    ) : (
      <>
        {label}
        <span className="qf-optional">（{t('form.optional')}）</span>
      </>
    );
}
