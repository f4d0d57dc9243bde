import type { ReactNode } from 'react';
import { ButtonLink } from './button-link';

export interface NotFoundStateProps {
  title: ReactNode;
  description: ReactNode;
  backHref: string;
  backLabel: ReactNode;
}

export function NotFoundState({
  title,
  description,
  backHref,
  backLabel,
}: NotFoundStateProps) {
  return (
    <div className="qf-state qf-state--not-found">
      <p className="qf-state__code">404</p>
      <h1 className="qf-state__heading">{title}</h1>
      <p className="qf-state__text">{description}</p>
      <div className="qf-state__actions">
        <ButtonLink type="primary" to={backHref}>
          {backLabel}
        </ButtonLink>
      </div>
    </div>
  );
}
