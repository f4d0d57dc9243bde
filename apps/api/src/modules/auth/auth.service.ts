import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ChangePasswordRequest,
  LoginRequest,
  MeDto,
  MeResponse,
  RegisterCompanyRequest,
  RegisterProviderRequest,
  RegisterRequest,
} from '@qifu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, RequestContext } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { mapUniqueViolation } from '../../common/errors/unique-violation';
import { AuditService } from '../audit/audit.service';
import { CatalogueVersionFeed } from '../listings/catalogue-version-feed';
import {
  INSERT_ADMIN_USER,
  INSERT_COMPANY,
  INSERT_PROVIDER_APPLICATION,
  INSERT_PROVIDER_CATEGORIES,
  KNOWN_CATEGORIES,
  SET_PASSWORD,
  USER_CREDENTIALS_BY_EMAIL,
  USER_PASSWORD_HASH,
} from './auth.sql';
import { isCommonPassword } from './common-passwords';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { SignupThrottle } from './signup-throttle.service';
import { searchPinyin } from '../search/search-pinyin';

const REGISTRATION_CONFLICTS = {
  app_user_email_key: ['EMAIL_TAKEN', 'An account with this e-mail address already exists.'],
  company_credit_code_key: ['CREDIT_CODE_TAKEN', 'A company with this credit code is already registered.'],
  provider_credit_code_key: ['CREDIT_CODE_TAKEN', 'A provider with this credit code is already registered.'],
  company_name_key: ['ORGANISATION_NAME_TAKEN', 'A company with this name is already registered.'],
  provider_name_key: ['ORGANISATION_NAME_TAKEN', 'A provider with this name is already registered.'],
} as const;

export interface SignedIn {
  token: string;
  me: MeDto;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly signups: SignupThrottle,
    private readonly audit: AuditService,
    private readonly versions: CatalogueVersionFeed,
  ) {}

  async login(body: LoginRequest, ctx: RequestContext): Promise<SignedIn> {
    const outcome = await this.db.transaction(async (m) => {
      const users: { id: string; password_hash: string }[] = await m.query(USER_CREDENTIALS_BY_EMAIL, [body.email]);
      const user = users[0];
      await this.throttle.assertAllowed(m, body.email, ctx.ip, user?.id ?? null);
      if (!(await this.hasher.verify(user?.password_hash ?? null, body.password))) {
        await this.throttle.recordFailure(m, body.email, ctx.ip);
        await this.audit.record({ action: 'auth.login_failed', email: body.email, context: ctx, detail: { knownAccount: !!user } }, m);
        return null;
      }
      await this.throttle.clearAccount(m, body.email, ctx.ip);
      const session = await this.sessions.create(user.id, ctx, m);
      await this.audit.record({ action: 'auth.login', email: body.email, context: ctx, detail: { sessionId: session.id } }, m);
      return session.token;
    });
    // The same answer whether the account exists or the password is wrong.
    if (!outcome) throw new AppError('INVALID_CREDENTIALS', 'The e-mail address or password is incorrect.');
    return this.signedIn(outcome);
  }

  async logout(actor: Actor, ctx: RequestContext): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.sessions.revoke(actor.session.id, m);
      await this.audit.record({ action: 'auth.logout', actor, context: ctx }, m);
    });
  }

  // Sign-up says EMAIL_TAKEN for a known address while sign-in hides it. Answering alike for both
  // needs an e-mail to the owner ("someone tried to sign up as you"), and there is no e-mail
  // channel yet; until there is, the honest 409 stays (the form can say "sign in instead") and
  // the oracle is kept small: a few attempts per source and hour (SignupThrottle), counted before
  // the costly hash so the limit also bounds the CPU a source can spend here.
  async register(body: RegisterRequest, ctx: RequestContext): Promise<SignedIn> {
    this.assertAcceptablePassword(body.password, body.email);
    await this.signups.admit(ctx.ip);
    const hash = await this.hasher.hash(body.password);
    let token: string;
    try {
      token = await this.db.transaction(async (m) => {
        const org =
          body.kind === 'company' ? await this.insertCompany(m, body) : await this.insertProviderApplication(m, body);
        const users: { id: string }[] = await m.query(INSERT_ADMIN_USER, [
          body.email, hash, body.displayName, body.kind, body.kind === 'company' ? org : null, body.kind === 'provider' ? org : null,
        ]);
        const session = await this.sessions.create(users[0].id, ctx, m);
        await this.audit.record(
          {
            action: 'account.registered',
            actor: { userId: users[0].id, email: body.email, org: { kind: body.kind, id: org, name: body.name } },
            context: ctx,
            detail: { kind: body.kind, name: body.name },
          },
          m,
        );
        return session.token;
      });
    } catch (err) {
      mapUniqueViolation(err, REGISTRATION_CONFLICTS);
    }
    // A provider application is a catalogue row (pending, so shown nowhere yet): kept in step anyway.
    if (body.kind === 'provider') await this.versions.refresh();
    return this.signedIn(token);
  }

  async changePassword(actor: Actor, body: ChangePasswordRequest, ctx: RequestContext): Promise<SignedIn> {
    const rows: { password_hash: string }[] = await this.db.query(USER_PASSWORD_HASH, [actor.userId]);
    if (!(await this.hasher.verify(rows[0]?.password_hash ?? null, body.currentPassword))) {
      throw new AppError('PASSWORD_INCORRECT', 'The current password is incorrect.', [
        { field: 'currentPassword', message: 'incorrect' },
      ]);
    }
    this.assertAcceptablePassword(body.newPassword, actor.email);
    const hash = await this.hasher.hash(body.newPassword);
    const token = await this.db.transaction(async (m) => {
      await m.query(SET_PASSWORD, [actor.userId, hash]);
      // Every session, this one included, ends; this browser continues on a fresh session id.
      const revoked = await this.sessions.revokeAllForUser(actor.userId, null, m);
      const session = await this.sessions.create(actor.userId, ctx, m);
      await this.audit.record({ action: 'auth.password_changed', actor, context: ctx, detail: { sessionsRevoked: revoked } }, m);
      return session.token;
    });
    return this.signedIn(token);
  }

  async revokeOtherSessions(actor: Actor, ctx: RequestContext): Promise<number> {
    return this.db.transaction(async (m) => {
      const n = await this.sessions.revokeAllForUser(actor.userId, actor.session.id, m);
      await this.audit.record({ action: 'auth.sessions_revoked', actor, context: ctx, detail: { count: n } }, m);
      return n;
    });
  }

  meOrSignedOut(actor: Actor | null | undefined): MeResponse {
    return actor ? this.me(actor) : { user: null };
  }

  me(actor: Actor): MeDto {
    return {
      user: { id: actor.userId, email: actor.email, displayName: actor.displayName, role: actor.role },
      organisation: {
        id: actor.org.id,
        kind: actor.org.kind,
        name: actor.org.name,
        ...(actor.org.providerStatus ? { providerStatus: actor.org.providerStatus } : {}),
      },
      csrfToken: actor.session.csrfToken,
      session: {
        id: actor.session.id,
        expiresAt: actor.session.expiresAt.toISOString(),
        idleExpiresAt: this.sessions.idleExpiresAt(actor).toISOString(),
      },
    };
  }

  assertAcceptablePassword(password: string, email: string): void {
    const local = email.split('@')[0];
    if (isCommonPassword(password) || password.toLowerCase() === email || (local.length >= 4 && password.toLowerCase().includes(local))) {
      throw new AppError('PASSWORD_TOO_COMMON', 'This password is too common or too close to the e-mail address.', [
        { field: 'password', message: 'too common' },
      ]);
    }
  }

  private async signedIn(token: string): Promise<SignedIn> {
    const actor = await this.sessions.resolve(token);
    if (!actor) throw new AppError('INTERNAL_ERROR', 'The new session could not be read back.');
    return { token, me: this.me(actor) };
  }

  private async insertCompany(m: EntityManager, b: RegisterCompanyRequest): Promise<string> {
    const rows: { id: string }[] = await m.query(INSERT_COMPANY, [
      b.name, b.name.slice(0, 30), b.creditCode, b.industry, b.size, b.stage, [...new Set(b.tiers)], b.contactName, b.contactPhone]);
    return rows[0].id;
  }

  private async insertProviderApplication(m: EntityManager, b: RegisterProviderRequest): Promise<string> {
    const categories = [...new Set(b.categories)];
    const known: { code: string }[] = await m.query(KNOWN_CATEGORIES, [categories]);
    if (known.length !== categories.length) {
      const unknown = categories.filter((c) => !known.some((k) => k.code === c));
      throw new AppError('UNKNOWN_CATEGORY', `Unknown categories: ${unknown.join(', ')}.`, [
        { field: 'categories', message: 'unknown category' },
      ]);
    }
    const rows: { id: string }[] = await m.query(INSERT_PROVIDER_APPLICATION, [
      b.name, b.shortName, b.providerKind, b.summary, b.description, b.contactName, b.contactPhone, b.address, b.creditCode, b.qualifications,
      searchPinyin(b.shortName, b.name)]);
    await m.query(INSERT_PROVIDER_CATEGORIES, [rows[0].id, categories]);
    return rows[0].id;
  }
}
