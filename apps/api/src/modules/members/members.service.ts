import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AcceptInvitationRequest, InvitationDto, InvitationPreviewDto, InviteMemberRequest, MemberDto, Page } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { OPERATOR_ORG_ID, orgColumns, type Actor, type RequestContext } from '../../common/auth/actor';
import { assertOwnedByActorOrg } from '../../common/auth/policies';
import { toPage, windowTotal } from '../../common/db/page';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { mapUniqueViolation } from '../../common/errors/unique-violation';
import { AuditService } from '../audit/audit.service';
import { AuthService, type SignedIn } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, newToken } from '../auth/session-tokens';
import { OPERATOR_ORG_NAME, SessionsService } from '../auth/sessions.service';
import {
  CLAIM_INVITATION,
  DELETE_MEMBER,
  EMAIL_EXISTS,
  INSERT_INVITATION,
  INSERT_MEMBER,
  LOCK_ORG_ADMINS,
  MEMBER_BY_ID,
  MEMBERS_COUNT,
  MEMBERS_PAGE,
  OPEN_INVITATION_BY_ID,
  OPEN_INVITATION_BY_TOKEN,
  OPEN_INVITATIONS,
  REVOKE_INVITATION,
  toMember,
  type InvitationOwnedRow,
  type InvitationRow,
  type MemberOwnedRow,
  type MemberRow,
  type OpenInvitationRow,
} from './members.sql';

const INVITATION_DAYS = 7;

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
    const org = [o.org_kind, o.company_id, o.provider_id];
    const rows: MemberRow[] = await this.db.query(MEMBERS_PAGE, [...org, pageSize, (page - 1) * pageSize]);
    const total = await windowTotal(rows, page, async () => ((await this.db.query(MEMBERS_COUNT, org)) as { n: number }[])[0].n);
    return toPage(rows.map(toMember), total, { page, pageSize });
  }

  async remove(actor: Actor, userId: string, ctx: RequestContext): Promise<void> {
    await this.db.transaction(async (m) => {
      const o = orgColumns(actor.org);
      const admins: { id: string }[] = await m.query(LOCK_ORG_ADMINS, [o.org_kind, o.company_id, o.provider_id]);
      const rows: MemberOwnedRow[] = await m.query(MEMBER_BY_ID, [userId]);
      const target = assertOwnedByActorOrg(actor, rows[0], 'MEMBER_NOT_FOUND');
      if (target.role === 'admin' && admins.length <= 1) {
        throw new AppError('LAST_ADMIN', 'An organisation needs at least one administrator.');
      }
      await m.query(DELETE_MEMBER, [target.id]);
      await this.audit.record(
        {
          action: 'member.removed',
          actor,
          context: ctx,
          detail: { userId: target.id, email: target.email },
        },
        m,
      );
    });
  }

  async invite(actor: Actor, body: InviteMemberRequest, ctx: RequestContext): Promise<InvitationDto> {
    const existing: unknown[] = await this.db.query(EMAIL_EXISTS, [body.email]);
    if (existing.length) throw new AppError('EMAIL_TAKEN', 'An account with this e-mail address already exists.');
    const token = newToken();
    const o = orgColumns(actor.org);
    return this.db.transaction(async (m) => {
      const rows: { id: string; expires_at: Date }[] = await m.query(INSERT_INVITATION, [
        hashToken(token),
        body.email,
        body.role,
        o.org_kind,
        o.company_id,
        o.provider_id,
        actor.userId,
        INVITATION_DAYS,
      ]);
      await this.audit.record(
        {
          action: 'member.invited',
          actor,
          context: ctx,
          detail: { email: body.email, role: body.role },
        },
        m,
      );
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
    const rows: InvitationRow[] = await this.db.query(OPEN_INVITATIONS, [o.org_kind, o.company_id, o.provider_id]);
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      role: r.role,
      expiresAt: new Date(r.expires_at).toISOString(),
    }));
  }

  async revokeInvitation(actor: Actor, id: string): Promise<void> {
    const rows: InvitationOwnedRow[] = await this.db.query(OPEN_INVITATION_BY_ID, [id]);
    const inv = assertOwnedByActorOrg(actor, rows[0], 'INVITATION_NOT_FOUND');
    await this.db.query(REVOKE_INVITATION, [inv.id]);
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
        const claimed = await returning(m, CLAIM_INVITATION, [inv.id]);
        if (!claimed.length) throw new AppError('INVITATION_USED', 'This invitation has already been used.');
        const users: { id: string }[] = await m.query(INSERT_MEMBER, [inv.email, hash, body.displayName, inv.org_kind, inv.company_id, inv.provider_id, inv.role]);
        const session = await this.sessions.create(users[0].id, ctx, m);
        await this.audit.record(
          {
            action: 'member.joined',
            actor: {
              userId: users[0].id,
              email: inv.email,
              org: { kind: inv.org_kind, id: inv.org_id, name: inv.org_name },
            },
            context: ctx,
            detail: { invitationId: inv.id, role: inv.role },
          },
          m,
        );
        return session.token;
      });
    } catch (err) {
      mapUniqueViolation(err, {
        app_user_email_key: ['EMAIL_TAKEN', 'An account with this e-mail address already exists.'],
      });
    }
    const actor = await this.sessions.resolve(sessionToken);
    if (!actor) throw new AppError('INTERNAL_ERROR', 'The new session could not be read back.');
    return { token: sessionToken, me: this.auth.me(actor) };
  }

  private async findOpenInvitation(token: string) {
    const rows: OpenInvitationRow[] = await this.db.query(OPEN_INVITATION_BY_TOKEN, [hashToken(token)]);
    const r = rows[0];
    if (!r) throw new AppError('INVITATION_NOT_FOUND', 'This invitation does not exist, has expired or was already used.');
    const orgId = r.company_id ?? r.provider_id ?? OPERATOR_ORG_ID;
    return { ...r, org_id: orgId, org_name: r.org_name ?? OPERATOR_ORG_NAME };
  }
}
