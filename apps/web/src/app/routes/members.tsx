import { useState } from 'react';
import type { InvitationDto } from '@qifu/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { Section } from '../../components/ui/section';
import {
  pageOnlyCodec,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { InvitationLink } from '../../features/members/components/invitation-link';
import { InvitationList } from '../../features/members/components/invitation-list';
import { InviteForm } from '../../features/members/components/invite-form';
import { MemberTable } from '../../features/members/components/member-table';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';

export function MembersRoute() {
  const { t } = useTranslation();
  const me = useMe().data;
  const { filters, setPage } = useUrlListState(pageOnlyCodec);
  // The accept link exists only in the answer that created it; it lives here until dismissed.
  const [created, setCreated] = useState<InvitationDto | null>(null);
  useDocumentTitle(t('members.documentTitle'));
  if (!me) return null;

  return (
    <App component={false}>
      <PageHeader
        title={t('members.title')}
        description={`${me.organisation.name} · ${t('members.text')}`}
      />
      <Section
        title={t('members.inviteTitle')}
        description={t('members.inviteText')}
      >
        <div className="qf-panel">
          {created ? (
            <InvitationLink
              invitation={created}
              onDone={() => setCreated(null)}
            />
          ) : null}
          <InviteForm onInvited={setCreated} />
        </div>
      </Section>
      <Section title={t('members.listTitle')}>
        <div className="qf-panel">
          <MemberTable
            page={filters.page}
            currentUserId={me.user.id}
            onPageChange={setPage}
          />
        </div>
      </Section>
      <Section title={t('members.invitationsTitle')}>
        <div className="qf-panel">
          <InvitationList />
        </div>
      </Section>
    </App>
  );
}
