import type { MemberRole, OrgKind, ProviderStatus } from '@qifu/contracts';

/** The park operator is one organisation; this is its id wherever an organisation id is shown. */
export const OPERATOR_ORG_ID = '00000000-0000-4000-8000-00000000000a';

/** Who is calling: resolved from the session cookie by the AccessGuard. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  role: MemberRole;
  org: { kind: OrgKind; id: string; name: string; providerStatus?: ProviderStatus };
  session: { id: string; csrfToken: string; expiresAt: Date; lastSeenAt: Date };
}

export interface RequestContext {
  ip: string;
  userAgent: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor | null;
  }
}

/** SQL columns locating an organisation, for rows carrying org_kind/company_id/provider_id. */
export function orgColumns(org: Actor['org']): { org_kind: OrgKind; company_id: string | null; provider_id: string | null } {
  return {
    org_kind: org.kind,
    company_id: org.kind === 'company' ? org.id : null,
    provider_id: org.kind === 'provider' ? org.id : null,
  };
}
