import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SessionDto } from '@qifu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { OPERATOR_ORG_ID, type Actor, type RequestContext } from '../../common/auth/actor';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { Statements } from '../../database/statements';
import { hashToken, newToken, TOKEN_PATTERN } from './session-tokens';
import {
  INSERT_SESSION,
  REVOKE_OWN_SESSION,
  REVOKE_SESSION,
  REVOKE_USER_SESSIONS,
  SESSION_LIVE,
  SESSION_LIVE_NAME,
  SESSION_RESOLVE,
  SESSION_RESOLVE_NAME,
  TOUCH_SESSION,
  USER_SESSIONS,
  type SessionRow,
  type UserSessionRow,
} from './sessions.sql';

export const OPERATOR_ORG_NAME = '梧桐园区运营中心';

/** Refresh last_seen_at at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_SECONDS = 60;

/**
 * The rate limiter asks on every request whether its cookie is a live session; the answer is
 * reused this long, so a signed-in user costs one query per 10 s, not one per request. A session
 * revoked meanwhile keeps its larger budget that long at most; access itself is decided by resolve().
 */
const LIVENESS_TTL_MS = 10_000;
/** Bounds the memory a stream of made-up cookies can take (oldest answers dropped first). */
const LIVENESS_MAX_ENTRIES = 10_000;

// Server-side sessions in PostgreSQL: every API process sees the same sessions, and revoking one
// takes effect on the next request anywhere.
@Injectable()
export class SessionsService {
  private readonly liveness = new Map<string, { live: boolean; until: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statements: Statements,
  ) {}

  /** Whether a cookie value is a session that exists and has not ended (cached briefly; may throw when the database is down). */
  async isLive(token: string): Promise<boolean> {
    if (!TOKEN_PATTERN.test(token)) return false;
    const hash = hashToken(token);
    // Keyed by the hash, as in the table: the cache holds no cookie values.
    const key = hash.toString('base64');
    const now = Date.now();
    const known = this.liveness.get(key);
    if (known && known.until > now) return known.live;
    const rows = await this.statements.query(SESSION_LIVE_NAME, SESSION_LIVE, [hash, this.config.SESSION_IDLE_MINUTES]);
    const live = rows.length > 0;
    this.liveness.delete(key);
    if (this.liveness.size >= LIVENESS_MAX_ENTRIES) this.liveness.delete(this.liveness.keys().next().value as string);
    this.liveness.set(key, { live, until: now + LIVENESS_TTL_MS });
    return live;
  }

  async create(userId: string, ctx: RequestContext, manager: EntityManager = this.db.manager): Promise<{ token: string; id: string }> {
    const token = newToken();
    const rows: { id: string }[] = await manager.query(INSERT_SESSION, [
      hashToken(token),
      newToken(),
      userId,
      this.config.SESSION_ABSOLUTE_HOURS,
      ctx.ip,
      ctx.userAgent,
    ]);
    return { token, id: rows[0].id };
  }

  /** The actor behind a cookie, or null when the session is unknown, revoked, idle or past its end. */
  async resolve(token: string): Promise<Actor | null> {
    const rows = await this.statements.query<SessionRow>(SESSION_RESOLVE_NAME, SESSION_RESOLVE, [
      hashToken(token),
      this.config.SESSION_IDLE_MINUTES,
      TOUCH_EVERY_SECONDS,
    ]);
    const r = rows[0];
    if (!r) return null;
    if (r.stale) {
      await this.db.query(TOUCH_SESSION, [r.session_id]);
      r.last_seen_at = new Date();
    }
    const orgId = r.org_kind === 'company' ? r.company_id : r.org_kind === 'provider' ? r.provider_id : OPERATOR_ORG_ID;
    return {
      userId: r.user_id,
      email: r.email,
      displayName: r.display_name,
      role: r.role,
      org: {
        kind: r.org_kind,
        id: orgId ?? OPERATOR_ORG_ID,
        name: r.org_name ?? OPERATOR_ORG_NAME,
        ...(r.provider_status ? { providerStatus: r.provider_status } : {}),
      },
      session: { id: r.session_id, csrfToken: r.csrf_token, expiresAt: new Date(r.expires_at), lastSeenAt: new Date(r.last_seen_at) },
    };
  }

  idleExpiresAt(actor: Actor): Date {
    const idle = new Date(actor.session.lastSeenAt.getTime() + this.config.SESSION_IDLE_MINUTES * 60_000);
    return idle < actor.session.expiresAt ? idle : actor.session.expiresAt;
  }

  async list(actor: Actor): Promise<SessionDto[]> {
    const rows: UserSessionRow[] = await this.db.query(USER_SESSIONS, [actor.userId, this.config.SESSION_IDLE_MINUTES]);
    return rows.map((r) => ({
      id: r.id,
      createdAt: new Date(r.created_at).toISOString(),
      lastSeenAt: new Date(r.last_seen_at).toISOString(),
      ip: r.ip,
      userAgent: r.user_agent,
      current: r.id === actor.session.id,
    }));
  }

  async revoke(sessionId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(REVOKE_SESSION, [sessionId]);
  }

  /** Revokes one of the actor's own sessions; another user's session id is "not found". */
  async revokeOwn(actor: Actor, sessionId: string): Promise<void> {
    const rows = await returning(this.db, REVOKE_OWN_SESSION, [sessionId, actor.userId]);
    if (!rows.length) throw new AppError('NOT_FOUND', 'No such session.');
  }

  /** Signs the user out everywhere except, optionally, one session. Returns how many ended. */
  async revokeAllForUser(userId: string, exceptSessionId: string | null, manager: EntityManager = this.db.manager): Promise<number> {
    const rows = await returning(manager, REVOKE_USER_SESSIONS, [userId, exceptSessionId]);
    return rows.length;
  }
}
