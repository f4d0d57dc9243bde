import type { SynonymGroupDto } from '@qifu/contracts';
import { App, Button, Popconfirm, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { formatDateMinute } from '../../../lib/format';
import {
  SYNONYMS_PAGE_SIZE,
  useSynonyms,
  type SynonymsParams,
} from '../api/get-synonyms';
import { useDeleteSynonym } from '../api/save-synonym';

function DeleteButton({ group }: { group: SynonymGroupDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const remove = useDeleteSynonym();
  const name = group.terms.join(' = ');
  return (
    <Popconfirm
      title={t('synonyms.deleteConfirm', { name })}
      description={t('synonyms.deleteText')}
      okText={t('synonyms.deleteOk')}
      okButtonProps={{ danger: true }}
      cancelText={t('synonyms.cancel')}
      onConfirm={() =>
        remove.mutateAsync(group.id).then(
          () => void message.success(t('synonyms.deleted')),
          (error: unknown) =>
            void message.error(
              t('synonyms.deleteFailed', { message: errorMessage(error) }),
            ),
        )
      }
    >
      <Button
        size="small"
        danger
        loading={remove.isPending}
        aria-label={`${t('synonyms.delete')} ${name}`}
      >
        {t('synonyms.delete')}
      </Button>
    </Popconfirm>
  );
}

export interface SynonymTableProps {
  params: SynonymsParams;
  onPageChange: (page: number) => void;
  onEdit: (group: SynonymGroupDto) => void;
}

/** The dictionary's groups: their words, the pinyin they are also found by, edit and delete. */
export function SynonymTable({ params, onPageChange, onEdit }: SynonymTableProps) {
  const { t } = useTranslation();
  const query = useSynonyms(params);
  return (
    <PagedTable<SynonymGroupDto>
      query={query}
      label={t('synonyms.listLabel')}
      totalText={(total) => t('synonyms.total', { total })}
      empty={
        <EmptyState
          title={params.q ? t('synonyms.emptyFiltered') : t('synonyms.empty')}
        />
      }
      size="small"
      page={params.page}
      pageSize={SYNONYMS_PAGE_SIZE}
      onPageChange={onPageChange}
      columns={[
        {
          key: 'terms',
          title: t('synonyms.terms'),
          render: (_, g) => (
            <Space size={[4, 4]} wrap>
              {g.terms.map((term) => (
                <Tag key={term}>{term}</Tag>
              ))}
            </Space>
          ),
        },
        {
          key: 'pinyin',
          title: t('synonyms.pinyin'),
          render: (_, g) => <code>{g.pinyin.join(' ')}</code>,
        },
        {
          key: 'note',
          title: t('synonyms.note'),
          render: (_, g) => g.note,
        },
        {
          key: 'updatedAt',
          title: t('synonyms.updatedAt'),
          render: (_, g) => (
            <time dateTime={g.updatedAt} className="qf-nowrap">
              {formatDateMinute(g.updatedAt)}
            </time>
          ),
        },
        {
          key: 'actions',
          title: t('synonyms.actions'),
          render: (_, g) => (
            <Space>
              <Button
                size="small"
                onClick={() => onEdit(g)}
                aria-label={`${t('synonyms.edit')} ${g.terms.join(' = ')}`}
              >
                {t('synonyms.edit')}
              </Button>
              <DeleteButton group={g} />
            </Space>
          ),
        },
      ]}
    />
  );
}
