import { App, Button, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { useTableScrollFocus } from '../../../components/ui/use-table-scroll-focus';
import { formatDateMinute } from '../../../lib/format';
import { useInvitations, type PendingInvitation } from '../api/get-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

const PAGE_SIZE = 10;

function RevokeButton({ invitation }: { invitation: PendingInvitation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const revoke = useRevokeInvitation();
  return (
    <Popconfirm
      title={t('members.revokeInvitationConfirm', { email: invitation.email })}
      okText={t('form.confirm')}
      cancelText={t('form.cancel')}
      onConfirm={() =>
        revoke.mutateAsync(invitation.id).then(
          () =>
            void message.success(
              t('members.invitationRevoked', { email: invitation.email }),
            ),
          (error: unknown) => void message.error(errorMessage(error)),
        )
      }
    >
      <Button size="small" loading={revoke.isPending}>
        {t('members.revokeInvitation')}
      </Button>
    </Popconfirm>
  );
}

export function InvitationList() {
  const { t } = useTranslation();
  const query = useInvitations();
  const tableRef = useTableScrollFocus(t('members.invitationsLabel'));

  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );

  return (
    <Table<PendingInvitation>
      ref={tableRef}
      aria-label={t('members.invitationsLabel')}
      rowKey="id"
      size="middle"
      scroll={{ x: 'max-content' }}
      loading={query.isPending}
      dataSource={query.data ?? []}
      locale={{
        emptyText: <EmptyState title={t('members.invitationsEmpty')} />,
      }}
      // The API returns at most 100 open invitations; they page here.
      pagination={{ pageSize: PAGE_SIZE, hideOnSinglePage: true }}
      columns={[
        { key: 'email', title: t('members.email'), dataIndex: 'email' },
        {
          key: 'role',
          title: t('members.role'),
          render: (_, invitation) => (
            <Tag>{t(`memberRole.${invitation.role}`)}</Tag>
          ),
        },
        {
          key: 'expiresAt',
          title: t('members.expiresAt'),
          render: (_, invitation) => formatDateMinute(invitation.expiresAt),
        },
        {
          key: 'actions',
          title: t('members.actions'),
          render: (_, invitation) => <RevokeButton invitation={invitation} />,
        },
      ]}
    />
  );
}
