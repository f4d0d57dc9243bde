import type { MemberDto } from '@qifu/contracts';
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatDate, formatNumber } from '../../../lib/format';
import { MEMBERS_PAGE_SIZE, useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';

export interface MemberTableProps {
  page: number;
  onPageChange: (page: number) => void;
  /** The signed-in admin: listed, but not removable from here. */
  currentUserId: string;
}

function RemoveButton({ member }: { member: MemberDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const remove = useRemoveMember();
  return (
    <Popconfirm
      title={t('members.removeConfirm', { name: member.displayName })}
      okText={t('form.confirm')}
      cancelText={t('form.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        remove.mutateAsync(member.id).then(
          () =>
            void message.success(
              t('members.removed', { name: member.displayName }),
            ),
          // LAST_ADMIN and friends arrive translated.
          (error: unknown) => void message.error(errorMessage(error)),
        )
      }
    >
      <Button size="small" danger loading={remove.isPending}>
        {t('members.remove')}
      </Button>
    </Popconfirm>
  );
}

export function MemberTable({
  page,
  onPageChange,
  currentUserId,
}: MemberTableProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useMembers(page);

  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );

  return (
    <>
      {query.data ? (
        <p className="qf-list__total" aria-live="polite">
          {t('members.total', {
            total: formatNumber(query.data.total, language),
          })}
        </p>
      ) : null}
      <Table<MemberDto>
        aria-label={t('members.listLabel')}
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={query.isPending || query.isPlaceholderData}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: <EmptyState title={t('members.empty')} /> }}
        pagination={{
          current: page,
          pageSize: MEMBERS_PAGE_SIZE,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: onPageChange,
        }}
        columns={[
          {
            key: 'name',
            title: t('members.name'),
            render: (_, member) => (
              <>
                {member.displayName}
                {member.id === currentUserId ? (
                  <Tag className="qf-inline-tag">{t('members.you')}</Tag>
                ) : null}
              </>
            ),
          },
          { key: 'email', title: t('members.email'), dataIndex: 'email' },
          {
            key: 'role',
            title: t('members.role'),
            render: (_, member) => (
              <Tag color={member.role === 'admin' ? 'green' : undefined}>
                {t(`memberRole.${member.role}`)}
              </Tag>
            ),
          },
          {
            key: 'joinedAt',
            title: t('members.joinedAt'),
            render: (_, member) => formatDate(member.createdAt),
          },
          {
            key: 'actions',
            title: t('members.actions'),
            render: (_, member) =>
              member.id === currentUserId ? null : (
                <RemoveButton member={member} />
              ),
          },
        ]}
      />
    </>
  );
}
