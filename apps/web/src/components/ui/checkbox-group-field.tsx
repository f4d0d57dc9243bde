import { Checkbox, type GetProps } from 'antd';

type CheckboxGroupProps = GetProps<typeof Checkbox.Group>;

/**
 * A Checkbox.Group for a Form.Item: a named group of checkboxes. Form.Item marks its control
 * `aria-required` when a rule requires it, which no group may carry (axe: aria-allowed-attr);
 * the required mark and the error message still say it.
 */
export function CheckboxGroupField({
  label,
  ...props
}: CheckboxGroupProps & { label: string; 'aria-required'?: unknown }) {
  const rest: CheckboxGroupProps & { 'aria-required'?: unknown } = { ...props };
  delete rest['aria-required'];
  return <Checkbox.Group role="group" aria-label={label} {...rest} />;
}
