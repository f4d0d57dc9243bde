import type { ReactNode } from 'react';
import { InboxOutlined } from '@ant-design/icons';

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className="qf-state" role="status">
      <InboxOutlined className="qf-state__icon" aria-hidden />
      <p className="qf-state__title">{title}</p>
      {description ? <p className="qf-state__text">{description}</p> : null}
      {action ? <div className="qf-state__actions">{action}</div> : null}
    </div>
  );
}
