import { Descriptions, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ButtonLink } from '../../components/ui/button-link';
import { ErrorState } from '../../components/ui/error-state';
import { paths } from '../../config/paths';
import { useInvitationPreview } from '../../features/members/api/get-invitation-preview';
import { AcceptInvitationForm } from '../../features/members/components/accept-invitation-form';
import { isNotFoundError } from '../../lib/api-client';
import { formatDateMinute } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageFallback } from '../layout/page-fallback';

export function AcceptInvitationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);
  useDocumentTitle(t('invitation.documentTitle'));

  if (preview.isPending) return <PageFallback />;
  if (preview.isError) {
    if (isNotFoundError(preview.error))
      return (
        <div className="qf-state qf-narrow">
          <Result
            status="warning"
            title={
              <h1 className="qf-state__heading">
                {t('invitation.invalidTitle')}
              </h1>
            }
            subTitle={t('invitation.invalidText')}
            extra={
              <ButtonLink type="primary" to={paths.home.getHref()}>
                {t('invitation.home')}
              </ButtonLink>
            }
          />
        </div>
      );
    return (
      <ErrorState
        error={preview.error}
        onRetry={() => void preview.refetch()}
      />
    );
  }

  const invitation = preview.data;
  const organisation = invitation.organisation.name;
  return (
    <div className="qf-auth">
      <div className="qf-auth__panel">
        <h1 className="qf-auth__title">
          {t('invitation.title', { organisation })}
        </h1>
        <p className="qf-auth__text">
          {t('invitation.text', {
            organisation,
            kind: t(`orgKind.${invitation.organisation.kind}`),
            role: t(`memberRole.${invitation.role}`),
          })}
        </p>
        <Descriptions
          size="small"
          column={1}
          className="qf-auth__facts"
          items={[
            {
              key: 'email',
              label: t('invitation.email'),
              children: invitation.email,
            },
            {
              key: 'expires',
              label: t('invitation.expiresAt'),
              children: formatDateMinute(invitation.expiresAt),
            },
          ]}
        />
        <AcceptInvitationForm
          token={token}
          email={invitation.email}
          onJoined={() =>
            void navigate(paths.home.getHref(), { replace: true })
          }
        />
      </div>
    </div>
  );
}
