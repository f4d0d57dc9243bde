import type { MemberDto, MemberRole } from '@qifu/contracts';
import type { OrgOwned } from '../../common/auth/policies';

/** SQL matching rows of the actor's organisation; `$1..$3` are org_kind, company_id, provider_id. */
const SAME_ORG = `org_kind = $1 AND company_id IS NOT DISTINCT FROM $2 AND provider_id IS NOT DISTINCT FROM $3`;

/** $1..$3 the organisation, $4 page size, $5 offset. */
export const MEMBERS_PAGE = `SELECT id, email, display_name, role, created_at, count(*) OVER () AS total FROM app_user
          WHERE ${SAME_ORG} ORDER BY role, created_at, id LIMIT $4 OFFSET $5`;

/** The organisation's member count, for a page past the last one; $1..$3 the organisation. */
export const MEMBERS_COUNT = `SELECT count(*)::int AS n FROM app_user WHERE ${SAME_ORG}`;

export interface MemberRow {
  id: string;
  email: string;
  display_name: string;
  role: MemberRole;
  created_at: Date;
  total: string;
}

export function toMember(r: MemberRow): MemberDto {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

// Lock the organisation's admins so two removals cannot leave it with none.
export const LOCK_ORG_ADMINS = `SELECT id FROM app_user WHERE ${SAME_ORG} AND role = 'admin' ORDER BY id FOR UPDATE`;

export const MEMBER_BY_ID = `SELECT id, email, role, org_kind, company_id, provider_id FROM app_user WHERE id = $1`;
export type MemberOwnedRow = OrgOwned & {
  id: string;
  email: string;
  role: MemberRole;
};

export const DELETE_MEMBER = `DELETE FROM app_user WHERE id = $1`;

export const EMAIL_EXISTS = `SELECT 1 FROM app_user WHERE email = $1`;

export const INSERT_INVITATION = `INSERT INTO invitation (token_hash, email, role, org_kind, company_id, provider_id, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $8)) RETURNING id, expires_at`;

export const OPEN_INVITATIONS = `SELECT id, email, role, expires_at FROM invitation
        WHERE ${SAME_ORG} AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        ORDER BY created_at DESC LIMIT 100`;
export interface InvitationRow {
  id: string;
  email: string;
  role: MemberRole;
  expires_at: Date;
}

export const OPEN_INVITATION_BY_ID = `SELECT id, org_kind, company_id, provider_id FROM invitation WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`;
export type InvitationOwnedRow = OrgOwned & { id: string };
export const REVOKE_INVITATION = `UPDATE invitation SET revoked_at = now() WHERE id = $1`;

// Conditional update: a link used twice at once admits one member, not two.
export const CLAIM_INVITATION = `UPDATE invitation SET accepted_at = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now() RETURNING id`;

export const INSERT_MEMBER = `INSERT INTO app_user (email, password_hash, display_name, org_kind, company_id, provider_id, role)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`;

export const OPEN_INVITATION_BY_TOKEN = `SELECT i.id, i.email, i.role, i.org_kind, i.company_id, i.provider_id, i.expires_at, COALESCE(c.name, p.name) AS org_name
           FROM invitation i LEFT JOIN company c ON c.id = i.company_id LEFT JOIN provider p ON p.id = i.provider_id
          WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`;
export type OpenInvitationRow = OrgOwned & {
  id: string;
  email: string;
  role: MemberRole;
  expires_at: Date;
  org_name: string | null;
};
