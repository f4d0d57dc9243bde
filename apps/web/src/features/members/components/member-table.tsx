import type { MemberDto } from '@qifu/contracts';
import { App, Button, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { formatDate } from '../../../lib/format';
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
  const query = useMembers(page);

  return (
    <PagedTable<MemberDto>
      query={query}
      label={t('members.listLabel')}
      totalText={(total) => t('members.total', { total })}
      empty={<EmptyState title={t('members.empty')} />}
      page={page}
      pageSize={MEMBERS_PAGE_SIZE}
      onPageChange={onPageChange}
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
  );
}
