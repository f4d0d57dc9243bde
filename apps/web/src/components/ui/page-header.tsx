import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
}

export function PageHeader({ title, description, extra }: PageHeaderProps) {
  return (
    <div className="qf-page-header">
      <div className="qf-page-header__text">
        <h1 className="qf-page-header__title">{title}</h1>
        {description ? (
          <p className="qf-page-header__description">{description}</p>
        ) : null}
      </div>
      {extra ? <div className="qf-page-header__extra">{extra}</div> : null}
    </div>
  );
}
