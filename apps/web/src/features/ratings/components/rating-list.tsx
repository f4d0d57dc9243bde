import { useState } from 'react';
import { Pagination, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import {
  RATINGS_PAGE_SIZE,
  useRatings,
  type RatingsSubject,
} from '../api/get-ratings';
import { RatingItem } from './rating-item';

/** The public ratings of a service or of a provider, newest first. */
export function RatingList({ subject }: { subject: RatingsSubject }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useRatings(subject, page);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  if (query.data.total === 0)
    return <p className="qf-muted">{t('ratings.empty')}</p>;

  return (
    <div className="qf-ratings" aria-busy={query.isPlaceholderData}>
      <ul className="qf-ratings__list" aria-label={t('ratings.listLabel')}>
        {query.data.items.map((rating) => (
          <li key={`${rating.createdAt}-${rating.companyName}`}>
            <RatingItem rating={rating} />
          </li>
        ))}
      </ul>
      {query.data.total > RATINGS_PAGE_SIZE ? (
        <Pagination
          className="qf-pagination"
          current={page}
          pageSize={RATINGS_PAGE_SIZE}
          total={query.data.total}
          showSizeChanger={false}
          onChange={setPage}
        />
      ) : null}
    </div>
  );
}
