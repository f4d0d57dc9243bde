import type { ProviderApplicationDto } from '@qifu/contracts';
import { Result, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/ui/section';
import { ApplicationFacts } from './application-facts';

/** The provider's own view of its application: where it stands and what happens next. */
export function ApplicationStatus({
  application,
}: {
  application: ProviderApplicationDto;
}) {
  const { t } = useTranslation();
  const { status } = application;

  const steps = (
    <Steps
      className="qf-application-steps"
      current={status === 'approved' ? 2 : 1}
      status={
        status === 'rejected'
          ? 'error'
          : status === 'approved'
            ? 'finish'
            : 'process'
      }
      items={[
        { title: t('application.stepSubmitted') },
        { title: t('application.stepReview') },
        { title: t('application.stepDone') },
      ]}
    />
  );

  let result;
  if (status === 'pending') {
    result = (
      <Result
        status="info"
        title={t('application.pendingTitle')}
        subTitle={t('application.pendingText')}
      />
    );
  } else if (status === 'approved') {
    result = (
      <Result
        status="success"
        title={t('application.approvedTitle')}
        subTitle={t('application.approvedText')}
      >
        {application.reviewNote ? (
          <div className="qf-decision">
            <h2 className="qf-decision__title">
              {t('application.reviewNote')}
            </h2>
            <p className="qf-prose">{application.reviewNote}</p>
          </div>
        ) : null}
      </Result>
    );
  } else {
    result = (
      <Result
        status="error"
        title={t('application.rejectedTitle')}
        subTitle={t('application.rejectedText')}
      >
        <div className="qf-decision">
          <h2 className="qf-decision__title">
            {t('application.rejectionReason')}
          </h2>
          <p className="qf-prose">
            {application.rejectionReason ?? t('application.none')}
          </p>
        </div>
      </Result>
    );
  }

  return (
    <>
      <div className="qf-panel">
        {steps}
        <div role="status" data-testid="application-status">
          {result}
        </div>
      </div>
      <Section title={t('application.details')}>
        <ApplicationFacts application={application} />
      </Section>
    </>
  );
}
