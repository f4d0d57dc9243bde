import type { RecommendationDto } from '@qifu/contracts';
import { CloseOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardGrid } from '../../../components/ui/card-grid';
import { CardGridSkeleton } from '../../../components/ui/card-grid-skeleton';
import { EmptyState } from '../../../components/ui/empty-state';
import { PriceTag } from '../../../components/ui/price-tag';
import { QueryContent } from '../../../components/ui/query-content';
import { Section } from '../../../components/ui/section';
import { paths } from '../../../config/paths';
import {
  useAppLanguage,
  useLocalizedName,
} from '../../../i18n/use-app-language';
import { useMe } from '../../../lib/auth';
import {
  useDismissRecommendation,
  useRecommendations,
  type RecommendationsParams,
} from '../api/get-recommendations';

/** The reason in the reader's language: a rule's own words, or the source's. */
function useReason() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const localizedName = useLocalizedName();
  return (r: RecommendationDto) => {
    if (r.reason) return language === 'en-US' ? r.reason.enUS : r.reason.zhCN;
    const category = localizedName(r.service.category);
    return r.source === 'related'
      ? t('recommendations.reasonRelated', { category })
      : t('recommendations.reasonPeers', { category });
  };
}

function RecommendationCard({ item }: { item: RecommendationDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const localizedName = useLocalizedName();
  const reason = useReason();
  const dismiss = useDismissRecommendation();
  const { service } = item;
  const onDismiss = () =>
    dismiss.mutateAsync({ key: item.key }).then(
      () =>
        void message.success(
          <span>
            {t('recommendations.dismissed', { title: service.title })}{' '}
            <Button
              type="link"
              size="small"
              onClick={() =>
                void dismiss.mutateAsync({ key: item.key, undo: true })
              }
            >
              {t('recommendations.undo')}
            </Button>
          </span>,
        ),
      () => void message.error(t('recommendations.dismissFailed')),
    );
  return (
    <article className="qf-card qf-card--service qf-card--recommendation">
      <div className="qf-card__head">
        <span className="qf-tag qf-tag--category">
          {localizedName(service.category)}
        </span>
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined aria-hidden />}
          loading={dismiss.isPending}
          onClick={() => void onDismiss()}
          aria-label={t('recommendations.dismiss', { title: service.title })}
          title={t('recommendations.dismissShort')}
        />
      </div>
      <h3 className="qf-card__title">
        <Link to={paths.services.detail.getHref(service.id)}>
          {service.title}
        </Link>
      </h3>
      <p className="qf-card__reason">
        <span className="qf-visually-hidden">
          {t('recommendations.reasonLabel')}{' '}
        </span>
        {reason(item)}
      </p>
      <div className="qf-card__footer">
        <PriceTag price={service.price} />
        <span className="qf-muted">{service.provider.name}</span>
      </div>
    </article>
  );
}

export interface RecommendationSectionProps {
  params: RecommendationsParams;
}

/**
 * 为您推荐 (home) / 相关推荐 (a service's page), for a signed-in company only: everyone else
 * sees nothing and nothing is asked of the API.
 */
export function RecommendationSection({ params }: RecommendationSectionProps) {
  const { t } = useTranslation();
  const me = useMe().data;
  const isCompany = me?.organisation.kind === 'company';
  const query = useRecommendations(params, isCompany);
  if (!isCompany) return null;
  const title =
    params.context === 'home'
      ? t('recommendations.homeTitle')
      : t('recommendations.serviceTitle');
  const columns = params.context === 'home' ? 3 : 4;
  return (
    <App component={false}>
      <Section title={title} description={t('recommendations.text')}>
        <QueryContent
          query={query}
          loading={<CardGridSkeleton count={columns} columns={columns} />}
        >
          {(data) =>
            data.items.length > 0 ? (
              <CardGrid
                items={data.items}
                getKey={(r) => r.key}
                columns={columns}
                label={title}
                renderItem={(r) => <RecommendationCard item={r} />}
              />
            ) : (
              <EmptyState
                title={t('recommendations.empty')}
                description={t('recommendations.emptyText')}
              />
            )
          }
        </QueryContent>
      </Section>
    </App>
  );
}
