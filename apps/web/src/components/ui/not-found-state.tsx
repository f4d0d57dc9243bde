import type { ReactNode } from 'react';
import { Result } from 'antd';
import { ButtonLink } from './button-link';

export interface NotFoundStateProps {
  title: ReactNode;
  description: ReactNode;
  backHref: string;
  backLabel: ReactNode;
}

export function NotFoundState({ title, description, backHref, backLabel }: NotFoundStateProps) {
  return (
    <div className="qf-state">
      <Result
        status="404"
        title={<h1 className="qf-state__heading">{title}</h1>}
        subTitle={description}
        extra={
          <ButtonLink type="primary" to={backHref}>
            {backLabel}
          </ButtonLink>
        }
      />
    </div>
  );
}
