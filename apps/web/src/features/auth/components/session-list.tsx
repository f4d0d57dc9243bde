import type { SessionDto } from '@qifu/contracts';
import { App, Button, List, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryContent } from '../../../components/ui/query-content';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { formatDateMinute } from '../../../lib/format';
import { describeUserAgent } from '../../../lib/user-agent';
import { useSessions } from '../api/get-sessions';
import {
  useRevokeOtherSessions,
  useRevokeSession,
} from '../api/revoke-session';

const PAGE_SIZE = 10;

function SessionItem({ session }: { session: SessionDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const revoke = useRevokeSession();
  const device =
    describeUserAgent(session.userAgent) ?? t('account.unknownDevice');

  return (
    <List.Item
      actions={
        session.current
          ? []
          : [
              <Popconfirm
                key="revoke"
                title={t('account.revokeConfirm')}
                okText={t('form.confirm')}
                cancelText={t('form.cancel')}
                onConfirm={() =>
                  revoke.mutateAsync(session.id).then(
                    () => void message.success(t('account.revoked')),
                    (error: unknown) => void message.error(errorMessage(error)),
                  )
                }
              >
                <Button size="small" loading={revoke.isPending}>
                  {t('account.revoke')}
                </Button>
              </Popconfirm>,
            ]
      }
    >
      <List.Item.Meta
        title={
          <span className="qf-session__device">
            <span title={session.userAgent ?? undefined}>{device}</span>
            {session.current ? (
              <Tag color="green">{t('account.currentSession')}</Tag>
            ) : null}
          </span>
        }
        description={
          <span className="qf-session__facts">
            <span>
              {t('account.signedInAt', {
                time: formatDateMinute(session.createdAt),
              })}
            </span>
            <span>
              {t('account.lastSeen', {
                time: formatDateMinute(session.lastSeenAt),
              })}
            </span>
            {session.ip ? (
              <span>{t('account.ip', { ip: session.ip })}</span>
            ) : null}
          </span>
        }
      />
    </List.Item>
  );
}

export function SessionList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const sessions = useSessions();
  const revokeOthers = useRevokeOtherSessions();
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;

  return (
    <QueryContent query={sessions}>
      {(data) =>
        data.length === 0 ? (
          <EmptyState title={t('account.sessionsEmpty')} />
        ) : (
          <>
            <List
              className="qf-session-list"
              dataSource={data}
              rowKey="id"
              pagination={
                data.length > PAGE_SIZE
                  ? { pageSize: PAGE_SIZE, size: 'small', align: 'center' }
                  : false
              }
              renderItem={(session) => <SessionItem session={session} />}
            />
            <div className="qf-actions-row">
              <Popconfirm
                title={t('account.revokeOthersConfirm')}
                okText={t('form.confirm')}
                cancelText={t('form.cancel')}
                disabled={others === 0}
                onConfirm={() =>
                  revokeOthers.mutateAsync().then(
                    ({ revoked }) =>
                      void message.success(
                        t('account.revokedOthers', { count: revoked }),
                      ),
                    (error: unknown) => void message.error(errorMessage(error)),
                  )
                }
              >
                <Button
                  danger
                  disabled={others === 0}
                  loading={revokeOthers.isPending}
                >
                  {t('account.revokeOthers')}
                </Button>
              </Popconfirm>
            </div>
          </>
        )
      }
    </QueryContent>
  );
}
