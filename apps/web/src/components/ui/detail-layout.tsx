import type { ReactNode } from 'react';
import { Breadcrumb, Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { ButtonLink } from './button-link';

export interface Crumb {
  href: string;
  label: ReactNode;
}

/** Linked crumbs, then the page itself (not a link). */
export function LinkBreadcrumb({
  crumbs,
  current,
}: {
  crumbs: Crumb[];
  current: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Breadcrumb
      className="qf-breadcrumb"
      aria-label={t('services.detail.breadcrumbLabel')}
      items={[
        ...crumbs.map((crumb, index) => ({
          key: String(index),
          title: <Link to={crumb.href}>{crumb.label}</Link>,
        })),
        { key: 'current', title: current },
      ]}
    />
  );
}

export interface DetailLayoutProps {
  /** The crumbs between 首页 and this page. */
  crumbs: Crumb[];
  /** This page's crumb. */
  current: ReactNode;
  /** The tag above the title (category, provider kind). */
  tag: ReactNode;
  title: ReactNode;
  /** What stands between the title and the summary (the rating line). */
  meta?: ReactNode;
  summary: ReactNode;
  facts: DescriptionsProps['items'];
  aside: { label: string; children: ReactNode };
  /** The sections beside the aside on wide screens. */
  body: ReactNode;
  /** The full-width sections under the layout. */
  children?: ReactNode;
}

/** The page of one provider or one service: breadcrumb, header card with facts, aside, body. */
export function DetailLayout({
  crumbs,
  current,
  tag,
  title,
  meta,
  summary,
  facts,
  aside,
  body,
  children,
}: DetailLayoutProps) {
  const { t } = useTranslation();
  return (
    <article className="qf-detail">
      <LinkBreadcrumb
        crumbs={[
          { href: paths.home.getHref(), label: t('nav.home') },
          ...crumbs,
        ]}
        current={current}
      />
      {/* Phones read intro → aside (price, provider) → details; wide screens keep the aside beside. */}
      <div className="qf-detail__layout">
        <div className="qf-detail__intro">
          <header className="qf-detail__header">
            {tag}
            <h1 className="qf-detail__title">{title}</h1>
            {meta}
            <p className="qf-detail__summary">{summary}</p>
          </header>
          <Descriptions
            className="qf-detail__facts"
            column={{ xs: 1, sm: 2 }}
            size="small"
            items={facts}
          />
        </div>
        <aside className="qf-detail__aside" aria-label={aside.label}>
          {aside.children}
        </aside>
        <div className="qf-detail__body">{body}</div>
      </div>
      {children}
    </article>
  );
}

export interface ApplyCardProps {
  /** Where the button leads; null: this account cannot ask, only the hint shows. */
  href: string | null;
  label: ReactNode;
  hint: ReactNode;
  /** What stands above the button (the price). */
  children?: ReactNode;
}

/** The aside's call to action: 申请服务 on a service, 咨询该机构 on a provider. */
export function ApplyCard({ href, label, hint, children }: ApplyCardProps) {
  return (
    <div className="qf-card qf-apply-card">
      {children}
      {href ? (
        <ButtonLink type="primary" size="large" block to={href}>
          {label}
        </ButtonLink>
      ) : null}
      <p className="qf-apply-card__hint">{hint}</p>
    </div>
  );
}
