import { Alert } from 'antd';

/** A submission's error that belongs to no single field (antd's Alert has role="alert"). */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert className="qf-form-alert" type="error" showIcon title={message} />
  );
}
