import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationPreviewDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getInvitationPreview(token: string, signal?: AbortSignal) {
  return apiGet<InvitationPreviewDto>(
    `/invitations/${encodeURIComponent(token)}`,
    undefined,
    { signal },
  );
}

export const invitationPreviewQueryKey = (token: string) =>
  ['invitations', 'preview', token] as const;

export function getInvitationPreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: invitationPreviewQueryKey(token),
    queryFn: ({ signal }) => getInvitationPreview(token, signal),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery(getInvitationPreviewQueryOptions(token));
}
