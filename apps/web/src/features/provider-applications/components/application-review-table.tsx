import { useState } from 'react';
import type { ProviderApplicationDto, ProviderStatus } from '@qifu/contracts';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { formatDateMinute } from '../../../lib/format';
import {
  APPLICATIONS_PAGE_SIZE,
  useApplications,
} from '../api/get-applications';
import { ApplicationFacts, useProviderKindLabel } from './application-facts';
import { ApplicationStatusTag } from './application-status-tag';
import { DecisionModal, type DecisionKind } from './decision-modal';

export interface ApplicationReviewTableProps {
  status: ProviderStatus | null;
  page: number;
  onPageChange: (page: number) => void;
}

function Decision({ application }: { application: ProviderApplicationDto }) {
  const { t } = useTranslation();
  const text =
    application.status === 'approved'
      ? application.reviewNote
      : application.rejectionReason;
  if (application.status === 'pending' || !text) return null;
  return (
    <div className="qf-decision">
      <h3 className="qf-decision__title">
        {application.status === 'approved'
          ? t('application.reviewNote')
          : t('application.rejectionReason')}
      </h3>
      <p className="qf-prose">{text}</p>
    </div>
  );
}

export function ApplicationReviewTable({
  status,
  page,
  onPageChange,
}: ApplicationReviewTableProps) {
  const { t } = useTranslation();
  const kindLabel = useProviderKindLabel();
  const query = useApplications({ status: status ?? undefined, page });
  const [deciding, setDeciding] = useState<{
    application: ProviderApplicationDto;
    kind: DecisionKind;
  } | null>(null);

  return (
    <>
      <PagedTable<ProviderApplicationDto>
        query={query}
        label={t('review.listLabel')}
        totalText={(total) => t('review.total', { total })}
        empty={
          <EmptyState
            title={
              status === 'pending'
                ? t('review.emptyPending')
                : t('review.empty')
            }
          />
        }
        page={page}
        pageSize={APPLICATIONS_PAGE_SIZE}
        onPageChange={onPageChange}
        expandable={{
          expandedRowRender: (application) => (
            <div className="qf-review-detail">
              <ApplicationFacts
                application={application}
                column={{ xs: 1, md: 2 }}
              />
              <Decision application={application} />
            </div>
          ),
        }}
        columns={[
          {
            key: 'name',
            title: t('application.name'),
            render: (_, application) => (
              <span className="qf-review-name">
                <strong>{application.shortName}</strong>
                <span className="qf-muted">{application.name}</span>
              </span>
            ),
          },
          {
            key: 'kind',
            title: t('application.kind'),
            render: (_, application) => kindLabel(application.kind),
          },
          {
            key: 'submittedAt',
            title: t('application.submittedAt'),
            render: (_, application) =>
              formatDateMinute(application.submittedAt),
          },
          {
            key: 'status',
            title: t('application.status'),
            render: (_, application) => (
              <ApplicationStatusTag status={application.status} />
            ),
          },
          {
            key: 'actions',
            title: t('review.actions'),
            render: (_, application) =>
              application.status === 'pending' ? (
                <Space size="small">
                  <Button
                    size="small"
                    type="primary"
                    aria-label={`${t('review.approve')} ${application.shortName}`}
                    onClick={() =>
                      setDeciding({ application, kind: 'approve' })
                    }
                  >
                    {t('review.approve')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    aria-label={`${t('review.reject')} ${application.shortName}`}
                    onClick={() => setDeciding({ application, kind: 'reject' })}
                  >
                    {t('review.reject')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      {deciding ? (
        <DecisionModal
          application={deciding.application}
          kind={deciding.kind}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </>
  );
}
