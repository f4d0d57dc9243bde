import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AcceptInvitationRequest,
  InvitationDto,
  InvitationPreviewDto,
  InviteMemberRequest,
  MemberDto,
  MemberRole,
  Page,
} from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { OPERATOR_ORG_ID, orgColumns, type Actor, type RequestContext } from '../../common/auth/actor';
import { assertOwnedByActorOrg, type OrgOwned } from '../../common/auth/policies';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { mapUniqueViolation } from '../../common/errors/unique-violation';
import { AuditService } from '../audit/audit.service';
import { AuthService, type SignedIn } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, newToken } from '../auth/session-tokens';
import { OPERATOR_ORG_NAME, SessionsService } from '../auth/sessions.service';

const INVITATION_DAYS = 7;

/** SQL matching rows of the actor's organisation; `$1..$3` are org_kind, company_id, provider_id. */
const SAME_ORG = `org_kind = $1 AND company_id IS NOT DISTINCT FROM $2 AND provider_id IS NOT DISTINCT FROM $3`;

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly auth: AuthService,
  ) {}

  async list(actor: Actor, page: number, pageSize: number): Promise<Page<MemberDto>> {
    const o = orgColumns(actor.org);
    const rows: { id: string; email: string; display_name: string; role: MemberRole; created_at: Date; total: string }[] =
      await this.db.query(
        `SELECT id, email, display_name, role, created_at, count(*) OVER () AS total FROM app_user
          WHERE ${SAME_ORG} ORDER BY role, created_at, id LIMIT $4 OFFSET $5`,
        [o.org_kind, o.company_id, o.provider_id, pageSize, (page - 1) * pageSize],
      );
    return {
      items: rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, role: r.role, createdAt: new Date(r.created_at).toISOString() })),
      total: rows.length ? Number(rows[0].total) : 0,
      page,
      pageSize,
    };
  }

  async remove(actor: Actor, userId: string, ctx: RequestContext): Promise<void> {
    await this.db.transaction(async (m) => {
      const o = orgColumns(actor.org);
      // Lock the organisation's admins so two removals cannot leave it with none.
      const admins: { id: string }[] = await m.query(
        `SELECT id FROM app_user WHERE ${SAME_ORG} AND role = 'admin' ORDER BY id FOR UPDATE`,
        [o.org_kind, o.company_id, o.provider_id],
      );
      const rows: (OrgOwned & { id: string; email: string; role: MemberRole })[] = await m.query(
        `SELECT id, email, role, org_kind, company_id, provider_id FROM app_user WHERE id = $1`,
        [userId],
      );
      const target = assertOwnedByActorOrg(actor, rows[0], 'MEMBER_NOT_FOUND');
      if (target.role === 'admin' && admins.length <= 1) {
        throw new AppError('LAST_ADMIN', 'An organisation needs at least one administrator.');
      }
      await m.query(`DELETE FROM app_user WHERE id = $1`, [target.id]);
      await this.audit.record({ action: 'member.removed', actor, context: ctx, detail: { userId: target.id, email: target.email } }, m);
    });
  }

  async invite(actor: Actor, body: InviteMemberRequest, ctx: RequestContext): Promise<InvitationDto> {
    const existing: unknown[] = await this.db.query(`SELECT 1 FROM app_user WHERE email = $1`, [body.email]);
    if (existing.length) throw new AppError('EMAIL_TAKEN', 'An account with this e-mail address already exists.');
    const token = newToken();
    const o = orgColumns(actor.org);
    return this.db.transaction(async (m) => {
      const rows: { id: string; expires_at: Date }[] = await m.query(
        `INSERT INTO invitation (token_hash, email, role, org_kind, company_id, provider_id, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $8)) RETURNING id, expires_at`,
        [hashToken(token), body.email, body.role, o.org_kind, o.company_id, o.provider_id, actor.userId, INVITATION_DAYS],
      );
      await this.audit.record({ action: 'member.invited', actor, context: ctx, detail: { email: body.email, role: body.role } }, m);
      return {
        id: rows[0].id,
        email: body.email,
        role: body.role,
        expiresAt: new Date(rows[0].expires_at).toISOString(),
        acceptPath: `/invitations/${token}`,
      };
    });
  }

  async listInvitations(actor: Actor): Promise<Omit<InvitationDto, 'acceptPath'>[]> {
    const o = orgColumns(actor.org);
    const rows: { id: string; email: string; role: MemberRole; expires_at: Date }[] = await this.db.query(
      `SELECT id, email, role, expires_at FROM invitation
        WHERE ${SAME_ORG} AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        ORDER BY created_at DESC LIMIT 100`,
      [o.org_kind, o.company_id, o.provider_id],
    );
    return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, expiresAt: new Date(r.expires_at).toISOString() }));
  }

  async revokeInvitation(actor: Actor, id: string): Promise<void> {
    const rows: (OrgOwned & { id: string })[] = await this.db.query(
      `SELECT id, org_kind, company_id, provider_id FROM invitation WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [id],
    );
    const inv = assertOwnedByActorOrg(actor, rows[0], 'INVITATION_NOT_FOUND');
    await this.db.query(`UPDATE invitation SET revoked_at = now() WHERE id = $1`, [inv.id]);
  }

  async preview(token: string): Promise<InvitationPreviewDto> {
    const inv = await this.findOpenInvitation(token);
    return {
      email: inv.email,
      role: inv.role,
      organisation: { id: inv.org_id, kind: inv.org_kind, name: inv.org_name },
      expiresAt: new Date(inv.expires_at).toISOString(),
    };
  }

  async accept(token: string, body: AcceptInvitationRequest, ctx: RequestContext): Promise<SignedIn> {
    const inv = await this.findOpenInvitation(token);
    this.auth.assertAcceptablePassword(body.password, inv.email);
    const hash = await this.hasher.hash(body.password);
    let sessionToken: string;
    try {
      sessionToken = await this.db.transaction(async (m) => {
        // Conditional update: a link used twice at once admits one member, not two.
        const claimed = await returning(
          m,
          `UPDATE invitation SET accepted_at = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
          [inv.id],
        );
        if (!claimed.length) throw new AppError('INVITATION_USED', 'This invitation has already been used.');
        const users: { id: string }[] = await m.query(
          `INSERT INTO app_user (email, password_hash, display_name, org_kind, company_id, provider_id, role)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [inv.email, hash, body.displayName, inv.org_kind, inv.company_id, inv.provider_id, inv.role],
        );
        const session = await this.sessions.create(users[0].id, ctx, m);
        await this.audit.record(
          {
            action: 'member.joined',
            actor: { userId: users[0].id, email: inv.email, org: { kind: inv.org_kind, id: inv.org_id, name: inv.org_name } },
            context: ctx,
            detail: { invitationId: inv.id, role: inv.role },
          },
          m,
        );
        return session.token;
      });
    } catch (err) {
      mapUniqueViolation(err, { app_user_email_key: ['EMAIL_TAKEN', 'An account with this e-mail address already exists.'] });
    }
    const actor = await this.sessions.resolve(sessionToken);
    if (!actor) throw new AppError('INTERNAL_ERROR', 'The new session could not be read back.');
    return { token: sessionToken, me: this.auth.me(actor) };
  }

  private async findOpenInvitation(token: string) {
    const rows: (OrgOwned & { id: string; email: string; role: MemberRole; expires_at: Date; org_name: string | null })[] =
      await this.db.query(
        `SELECT i.id, i.email, i.role, i.org_kind, i.company_id, i.provider_id, i.expires_at, COALESCE(c.name, p.name) AS org_name
           FROM invitation i LEFT JOIN company c ON c.id = i.company_id LEFT JOIN provider p ON p.id = i.provider_id
          WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`,
        [hashToken(token)],
      );
    const r = rows[0];
    if (!r) throw new AppError('INVITATION_NOT_FOUND', 'This invitation does not exist, has expired or was already used.');
    const orgId = r.company_id ?? r.provider_id ?? OPERATOR_ORG_ID;
    return { ...r, org_id: orgId, org_name: r.org_name ?? OPERATOR_ORG_NAME };
  }
}
