import type { Actor } from '../../common/auth/actor';

// Sessions are looked up by the SHA-256 of the cookie value (token_hash); the cookie itself is never stored.
// The two reads behind every request run as named statements (Statements); a name changes with its text.

export const SESSION_LIVE_NAME = 'session_live_v1';
/** $1 token hash, $2 idle minutes: whether the session exists and has not ended. */
export const SESSION_LIVE = `SELECT 1 FROM user_session
        WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
          AND last_seen_at > now() - make_interval(mins => $2)`;

export const SESSION_RESOLVE_NAME = 'session_resolve_v1';
/** $1 token hash, $2 idle minutes, $3 seconds after which last_seen_at is stale: the actor behind a live session. */
export const SESSION_RESOLVE = `SELECT s.id AS session_id, s.csrf_token, s.expires_at, s.last_seen_at,
              s.last_seen_at < now() - make_interval(secs => $3) AS stale,
              u.id AS user_id, u.email, u.display_name, u.role, u.org_kind, u.company_id, u.provider_id,
              COALESCE(c.name, p.name) AS org_name, p.status AS provider_status
         FROM user_session s
         JOIN app_user u ON u.id = s.user_id
         LEFT JOIN company c ON c.id = u.company_id
         LEFT JOIN provider p ON p.id = u.provider_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)`;

export interface SessionRow {
  session_id: string;
  csrf_token: string;
  expires_at: Date;
  last_seen_at: Date;
  stale: boolean;
  user_id: string;
  email: string;
  display_name: string;
  role: Actor['role'];
  org_kind: Actor['org']['kind'];
  company_id: string | null;
  provider_id: string | null;
  org_name: string | null;
  provider_status: Actor['org']['providerStatus'] | null;
}

/** $1 the session. */
export const TOUCH_SESSION = `UPDATE user_session SET last_seen_at = now() WHERE id = $1`;

/** $1 token hash, $2 CSRF token, $3 user, $4 absolute lifetime in hours, $5 ip, $6 user agent. */
export const INSERT_SESSION = `INSERT INTO user_session (token_hash, csrf_token, user_id, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5, $6) RETURNING id`;

/** $1 the user, $2 idle minutes: the user's live sessions, most recently seen first. */
export const USER_SESSIONS = `SELECT id, created_at, last_seen_at, ip, user_agent FROM user_session
          WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
            AND last_seen_at > now() - make_interval(mins => $2)
          ORDER BY last_seen_at DESC`;

export interface UserSessionRow {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  ip: string | null;
  user_agent: string | null;
}

/** $1 the session. */
export const REVOKE_SESSION = `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`;

/** $1 the session, $2 its owner: another user's session matches nothing. */
export const REVOKE_OWN_SESSION = `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`;

/** $1 the user, $2 a session to keep (or null). */
export const REVOKE_USER_SESSIONS = `UPDATE user_session SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id`;
