import type { ReactNode } from 'react';
import { Form, InputNumber, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';

/** The API's money columns are numeric(14,2): below 1000 亿 and whole cents. */
export const AMOUNT_MAX = 1e11;

export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

export interface PriceRangeFieldsProps {
  minName: string;
  maxName: string;
  minLabel: string;
  maxLabel: string;
  /** A fixed price asks one amount: the max field is left out. */
  showMax?: boolean;
  /** 面议: the amounts are greyed out and nothing is asked of them. */
  disabled?: boolean;
  /** A listing's range must widen (max > min); a budget may be one amount (max ≥ min). */
  strictOrder?: boolean;
  orderMessage: string;
  /** Shown when an amount is missing; defaults to 「请填写{{label}}」. */
  requiredMessage?: string;
  /** Fields the max re-checks against besides the min (e.g. the 面议 switch). */
  dependencies?: string[];
  /** Drop the amounts' values when the fields leave the form (a listing's price model switch). */
  preserve?: boolean;
  prefix?: ReactNode;
  suffix?: ReactNode;
  step?: number;
  /** Further fields in the same row, e.g. the price unit. */
  children?: ReactNode;
}

/** A min/max amount pair in 元 with the rules money needs: 0–1000 亿, at most two decimals, max not below min. */
export function PriceRangeFields({
  minName,
  maxName,
  minLabel,
  maxLabel,
  showMax = true,
  disabled = false,
  strictOrder = false,
  orderMessage,
  requiredMessage,
  dependencies = [],
  preserve,
  prefix,
  suffix,
  step,
  children,
}: PriceRangeFieldsProps) {
  const { t } = useTranslation();

  const required = (label: string): FormRule => ({
    validator: (_rule, value: unknown) =>
      disabled || typeof value === 'number'
        ? Promise.resolve()
        : Promise.reject(
            new Error(requiredMessage ?? t('form.required', { label })),
          ),
  });
  const amount: FormRule = {
    validator: (_rule, value: unknown) => {
      if (typeof value !== 'number') return Promise.resolve();
      if (!(value >= 0 && value <= AMOUNT_MAX))
        return Promise.reject(new Error(t('form.amountInvalid')));
      return hasAtMostTwoDecimals(value)
        ? Promise.resolve()
        : Promise.reject(new Error(t('form.amountDecimals')));
    },
  };
  const maxAfterMin: FormRule = ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) => {
      const min: unknown = getFieldValue(minName);
      const wrong =
        typeof value === 'number' &&
        typeof min === 'number' &&
        (strictOrder ? value <= min : value < min);
      return wrong
        ? Promise.reject(new Error(orderMessage))
        : Promise.resolve();
    },
  });

  const input = (
    <InputNumber<number>
      className="qf-input-number"
      min={0}
      max={AMOUNT_MAX}
      step={step}
      disabled={disabled}
      prefix={prefix}
      suffix={suffix}
    />
  );

  return (
    <div className="qf-form-row">
      <Form.Item
        name={minName}
        label={minLabel}
        // Asked for unless 面议 (when greyed out); never marked optional.
        required
        preserve={preserve}
        rules={[required(minLabel), amount]}
      >
        {input}
      </Form.Item>
      {showMax ? (
        <Form.Item
          name={maxName}
          label={maxLabel}
          required
          preserve={preserve}
          dependencies={[minName, ...dependencies]}
          rules={[required(maxLabel), amount, maxAfterMin]}
        >
          {input}
        </Form.Item>
      ) : null}
      {children}
    </div>
  );
}
