import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { Section } from '../../components/ui/section';
import {
  pageOnlyCodec,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { paths } from '../../config/paths';
import { ProblemTable } from '../../features/problems/components/problem-table';
import { RaiseProblemForm } from '../../features/problems/components/raise-problem-form';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /problems — 我的问题: a company's own problems, and the form to raise one. */
export function CompanyProblemsRoute() {
  return (
    <App component={false}>
      <CompanyProblems />
    </App>
  );
}

function CompanyProblems() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { filters, setPage } = useUrlListState(pageOnlyCodec);
  useDocumentTitle(t('problems.mineDocumentTitle'));

  return (
    <>
      <PageHeader
        title={t('problems.mineTitle')}
        description={t('problems.mineText')}
      />
      <Section title={t('problems.raise.title')}>
        <RaiseProblemForm
          onDone={(p) => {
            void message.success(t('problems.raise.done'));
            void navigate(paths.problems.detail.getHref(p.id));
          }}
        />
      </Section>
      <div className="qf-panel qf-panel--table">
        <ProblemTable
          ledger={false}
          params={{ page: filters.page }}
          onPageChange={setPage}
        />
      </div>
    </>
  );
}
