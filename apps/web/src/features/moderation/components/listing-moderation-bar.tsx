import { useState } from 'react';
import { StopOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { useRestoreListing } from '../api/moderate-listing';
import { UnlistModal } from './unlist-modal';

export interface ListingModerationBarProps {
  listing: { id: string; title: string };
}

/** The operator's strip above a public listing: unlist it with a reason, or lift that again. */
export function ListingModerationBar(props: ListingModerationBarProps) {
  // Its own antd App: the messages it shows need one, and the storefront page has none.
  return (
    <App component={false}>
      <ModerationBar {...props} />
    </App>
  );
}

function ModerationBar({ listing }: ListingModerationBarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [unlistedFor, setUnlistedFor] = useState<string | null>(null);
  const restore = useRestoreListing();

  if (unlistedFor !== null)
    return (
      <Alert
        className="qf-moderation-result"
        type={restore.isSuccess ? 'success' : 'warning'}
        showIcon
        title={
          restore.isSuccess
            ? t('moderation.restored')
            : t('moderation.unlisted', { title: listing.title })
        }
        description={
          restore.isSuccess ? undefined : (
            <>
              <p>{t('moderation.unlistedReason', { reason: unlistedFor })}</p>
              <p>{t('moderation.restoreText')}</p>
            </>
          )
        }
        action={
          restore.isSuccess ? undefined : (
            <Button
              loading={restore.isPending}
              onClick={() =>
                restore.mutate(listing.id, {
                  onError: (error) =>
                    void message.error(
                      t('moderation.failed', { message: errorMessage(error) }),
                    ),
                })
              }
            >
              {t('moderation.restore')}
            </Button>
          )
        }
      />
    );

  return (
    <aside className="qf-moderation" aria-label={t('moderation.label')}>
      <span className="qf-moderation__label">{t('moderation.label')}</span>
      <Button
        danger
        icon={<StopOutlined aria-hidden />}
        onClick={() => setConfirming(true)}
      >
        {t('moderation.unlist')}
      </Button>
      {confirming ? (
        <UnlistModal
          listing={listing}
          onClose={() => setConfirming(false)}
          onUnlisted={(reason) => {
            setConfirming(false);
            setUnlistedFor(reason);
          }}
        />
      ) : null}
    </aside>
  );
}
