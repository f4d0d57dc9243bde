import {
  queryOptions,
  useQuery,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';
import type { MeDto, MeResponse, MemberRole, OrgKind } from '@qifu/contracts';
import { apiGet } from './api-client';
import { setCsrfToken } from './csrf-token';

// Who is signed in, shared by the header, the route guard and every account page.

export const meQueryKey = ['auth', 'me'] as const;

function isMeQuery(query: Query): boolean {
  return (
    query.queryKey[0] === meQueryKey[0] && query.queryKey[1] === meQueryKey[1]
  );
}

/** The signed-in account, or null when signed out (the API answers `{ user: null }`). */
export async function getMe(signal?: AbortSignal): Promise<MeDto | null> {
  const me = await apiGet<MeResponse>('/auth/me', undefined, { signal });
  if (me.user === null) {
    setCsrfToken(null);
    return null;
  }
  setCsrfToken(me.csrfToken);
  return me;
}

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
    // Coming back to the tab shows whether the session ended meanwhile.
    refetchOnWindowFocus: true,
  });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}

/** Every answer carrying a MeDto (sign-in, sign-up, password change, joining) goes through here. */
export function setSignedIn(queryClient: QueryClient, me: MeDto): void {
  const previous = queryClient.getQueryData<MeDto | null>(meQueryKey);
  // Nothing cached for whoever used this browser before may show to this account.
  if (previous?.user.id !== me.user.id)
    queryClient.removeQueries({ predicate: (query) => !isMeQuery(query) });
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(meQueryKey, me);
}

/** After sign-out nothing of the previous account may stay in memory. */
export function setSignedOut(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData(meQueryKey, null);
  queryClient.removeQueries({ predicate: (query) => !isMeQuery(query) });
  queryClient.getMutationCache().clear();
}

/** A page's requirement; mirrors the API's access rules (the API still decides). */
export interface AccessRule {
  orgKinds?: readonly OrgKind[];
  admin?: boolean;
}

export function canAccess(me: MeDto, rule: AccessRule = {}): boolean {
  if (rule.orgKinds && !rule.orgKinds.includes(me.organisation.kind))
    return false;
  return !rule.admin || me.user.role === ('admin' satisfies MemberRole);
}
