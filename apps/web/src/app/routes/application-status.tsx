import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryContent } from '../../components/ui/query-content';
import { useMyApplication } from '../../features/provider-applications/api/get-my-application';
import { ApplicationStatus } from '../../features/provider-applications/components/application-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

export function ApplicationStatusRoute() {
  const { t } = useTranslation();
  const query = useMyApplication();
  useDocumentTitle(t('application.documentTitle'));
  return (
    <>
      <PageHeader title={t('application.title')} />
      <QueryContent query={query} loading={<DetailSkeleton />}>
        {(application) => <ApplicationStatus application={application} />}
      </QueryContent>
    </>
  );
}
