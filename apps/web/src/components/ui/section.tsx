import { useId, type ReactNode } from 'react';

export interface SectionProps {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}

/** A titled block of a page; the heading labels the region for screen readers. */
export function Section({ title, description, extra, children }: SectionProps) {
  const headingId = useId();
  return (
    <section className="qf-section" aria-labelledby={headingId}>
      <div className="qf-section__head">
        <div>
          <h2 id={headingId} className="qf-section__title">
            {title}
          </h2>
          {description ? (
            <p className="qf-section__description">{description}</p>
          ) : null}
        </div>
        {extra ? <div className="qf-section__extra">{extra}</div> : null}
      </div>
      {children}
    </section>
  );
}
