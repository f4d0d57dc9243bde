import type { IntentParty } from '@qifu/contracts';
import { Alert, App } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import { useIntent } from '../../features/intents/api/get-intent';
import { IntentActions } from '../../features/intents/components/intent-actions';
import { IntentOverview } from '../../features/intents/components/intent-overview';
import { IntentProgress } from '../../features/intents/components/intent-progress';
import { IntentTimeline } from '../../features/intents/components/intent-timeline';
import { MessageThread } from '../../features/intents/components/message-thread';
import { RatingForm } from '../../features/intents/components/rating-form';
import { RatingReplyForm } from '../../features/intents/components/rating-reply-form';
import type { IntentPageState } from '../../features/intents/use-open-created-intent';
import { useIntentSubject } from '../../features/intents/use-intent-subject';
import { RatingItem } from '../../features/ratings/components/rating-item';
import { isNotFoundError } from '../../lib/api-client';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

/** /intents/:id — one cooperation intent: where it stands, what can be done, the talk, the rating. */
export function IntentDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const me = useMe().data;
  const party: IntentParty = me?.organisation.kind ?? 'company';
  const query = useIntent(id);
  const subject = useIntentSubject();
  const notFound = query.isError && isNotFoundError(query.error);
  const created = (location.state as IntentPageState | null)?.created === true;

  useDocumentTitle(
    query.data
      ? `${subject(query.data)} · ${t('intents.detail.documentTitle')}`
      : notFound
        ? t('intents.detail.notFoundTitle')
        : query.isError
          ? t('errors.title')
          : null,
  );

  if (query.isPending) return <DetailSkeleton />;
  if (notFound)
    return (
      <NotFoundState
        title={t('intents.detail.notFoundTitle')}
        description={t('intents.detail.notFoundText')}
        backHref={paths.intents.list.getHref()}
        backLabel={t('intents.detail.backToList')}
      />
    );
  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );

  const intent = query.data;
  return (
    <App component={false}>
      <article className="qf-intent">
        <p className="qf-intent__back">
          <Link to={paths.intents.list.getHref()}>
            {t('intents.detail.backToList')}
          </Link>
        </p>
        {created ? (
          <Alert
            className="qf-intent__created"
            type="success"
            showIcon
            title={t('intents.request.submitted')}
          />
        ) : null}
        <IntentOverview intent={intent} party={party} />

        <Section title={t('intents.detail.progress')}>
          <div className="qf-panel">
            <IntentProgress intent={intent} />
          </div>
        </Section>

        <Section title={t('intents.detail.actions')}>
          <IntentActions intent={intent} />
        </Section>

        <div className="qf-intent__columns">
          <Section title={t('intents.detail.messages')}>
            <div className="qf-panel">
              <MessageThread intentId={intent.id} />
            </div>
          </Section>
          <Section title={t('intents.detail.timeline')}>
            <div className="qf-panel">
              <IntentTimeline events={intent.events} />
            </div>
          </Section>
        </div>

        {intent.rating || intent.canRate ? (
          <Section
            title={
              intent.canRate
                ? t('intents.rating.formTitle')
                : t('intents.detail.rating')
            }
            description={
              intent.canRate ? t('intents.rating.formText') : undefined
            }
          >
            <div className="qf-panel">
              {intent.rating ? <RatingItem rating={intent.rating} /> : null}
              {intent.canRate ? <RatingForm intent={intent} /> : null}
              {intent.canReply ? (
                <div className="qf-rating-reply">
                  <h3 className="qf-rating-reply__title">
                    {t('intents.rating.replyTitle')}
                  </h3>
                  <RatingReplyForm intent={intent} />
                </div>
              ) : null}
            </div>
          </Section>
        ) : null}
      </article>
    </App>
  );
}
