import { Rate, type RateProps } from 'antd';

/**
 * A Rate for a Form.Item. Form.Item marks its control `aria-required` when a rule requires it,
 * and antd's Rate renders it on a plain list, where ARIA allows no such attribute (axe:
 * aria-allowed-attr, critical). Giving the list a radiogroup role instead would orphan its
 * items, so the attribute is dropped; the rule's message still says the score is needed.
 */
export function RateField(props: RateProps & { 'aria-required'?: unknown }) {
  const rest: RateProps & { 'aria-required'?: unknown } = { ...props };
  delete rest['aria-required'];
  return <Rate {...rest} />;
}
