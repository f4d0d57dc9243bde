import { lazy, Suspense } from 'react';
import { CardGridSkeleton } from '../../../components/ui/card-grid-skeleton';
import { useMe } from '../../../lib/auth';
import type { RecommendationSectionProps } from './recommendation-section';

// The section (its cards, the dismiss mutation, antd's message and button) is fetched only
// for a signed-in company: the home page is the budgeted first visit, and most of its
// visitors are anonymous and would never see it.
const RecommendationSection = lazy(() =>
  import('./recommendation-section').then((m) => ({
    default: m.RecommendationSection,
  })),
);

/** Where 为您推荐 / 相关推荐 goes: nothing for anyone but a signed-in company. */
export function RecommendationSlot({ params }: RecommendationSectionProps) {
  const me = useMe().data;
  if (me?.organisation.kind !== 'company') return null;
  const columns = params.context === 'home' ? 3 : 4;
  return (
    <Suspense fallback={<CardGridSkeleton count={columns} columns={columns} />}>
      <RecommendationSection params={params} />
    </Suspense>
  );
}
