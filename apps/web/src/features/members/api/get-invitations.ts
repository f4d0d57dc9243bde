import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

/** Open invitations; the accept link is only ever in the answer that created one. */
export type PendingInvitation = Omit<InvitationDto, 'acceptPath'>;

export function getInvitations(signal?: AbortSignal) {
  return apiGet<PendingInvitation[]>('/organisation/invitations', undefined, {
    signal,
  });
}

export const invitationsQueryKey = () => ['members', 'invitations'] as const;

export function getInvitationsQueryOptions() {
  return queryOptions({
    queryKey: invitationsQueryKey(),
    queryFn: ({ signal }) => getInvitations(signal),
  });
}

export function useInvitations() {
  return useQuery(getInvitationsQueryOptions());
}
