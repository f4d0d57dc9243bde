import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { MemberDto, Page } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export const MEMBERS_PAGE_SIZE = 20;

export function getMembers(page: number, signal?: AbortSignal) {
  return apiGet<Page<MemberDto>>(
    '/organisation/members',
    { page, pageSize: MEMBERS_PAGE_SIZE },
    { signal },
  );
}

export const membersQueryKey = (page?: number) =>
  page === undefined
    ? (['members', 'list'] as const)
    : (['members', 'list', { page }] as const);

export function getMembersQueryOptions(page: number) {
  return queryOptions({
    queryKey: membersQueryKey(page),
    queryFn: ({ signal }) => getMembers(page, signal),
  });
}

export function useMembers(page: number) {
  return useQuery({
    ...getMembersQueryOptions(page),
    placeholderData: keepPreviousData,
  });
}
