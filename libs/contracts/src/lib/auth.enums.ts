export const ORG_KINDS = ['company', 'provider', 'operator'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const MEMBER_ROLES = ['admin', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** Name of the header that carries the session's CSRF token on every write. */
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'qifu_sid';

export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_changed',
  'auth.sessions_revoked',
  'account.registered',
  'member.invited',
  'member.joined',
  'member.removed',
  'provider.approved',
  'provider.rejected',
  'job.retried',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
