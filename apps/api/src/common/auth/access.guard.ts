import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, SESSION_COOKIE } from '@qifu/contracts';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { SessionsService } from '../../modules/auth/sessions.service';
import { safeEqual } from '../../modules/auth/session-tokens';
import { AppError } from '../errors/app-error';
import { ACCESS_RULE, type AccessRule } from './access.decorator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// The one gate every request passes: resolves the session, defends writes against CSRF, and
// applies the route's declared rule. Ownership of a particular row is the policies' job.
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    if (!rule) {
      // Fail closed: a route nobody declared access for is a bug, not an open door.
      this.logger.error(`Route without an access rule: ${req.method} ${req.routeOptions?.url}`);
      throw new AppError('FORBIDDEN', 'This route is not available.');
    }

    const token = req.cookies?.[SESSION_COOKIE];
    const actor = token ? await this.sessions.resolve(token) : null;
    req.actor = actor;

    if (!SAFE_METHODS.has(req.method)) {
      this.assertSameOrigin(req);
      // Cookie-authenticated writes must echo the session's CSRF token, which a page on another
      // site cannot read.
      if (actor) {
        const sent = req.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !safeEqual(sent, actor.session.csrfToken)) {
          throw new AppError('CSRF_FAILED', `Missing or wrong ${CSRF_HEADER} header; reload the page and try again.`);
        }
      }
    }

    if (rule.kind === 'public') return true;
    if (!actor) {
      throw token
        ? new AppError('SESSION_EXPIRED', 'Your session has ended; please sign in again.')
        : new AppError('UNAUTHENTICATED', 'Sign in first.');
    }
    if (rule.orgKinds && !rule.orgKinds.includes(actor.org.kind)) {
      throw new AppError('FORBIDDEN', 'Your organisation cannot do this.');
    }
    if (rule.admin && actor.role !== 'admin') {
      throw new AppError('FORBIDDEN', 'Only an administrator of your organisation can do this.');
    }
    if (rule.approvedProvider && actor.org.providerStatus !== 'approved') {
      throw new AppError('PROVIDER_NOT_APPROVED', 'Your institution has not been approved by the park operator yet.');
    }
    return true;
  }

  // Browsers always send Origin on cross-site writes; a mismatch is refused even before sign-in
  // (login CSRF). Non-browser clients send none and are not a CSRF vector.
  private assertSameOrigin(req: FastifyRequest): void {
    const origin = req.headers.origin;
    if (!origin || origin === 'null') {
      if (origin === 'null') throw new AppError('ORIGIN_NOT_ALLOWED', 'Cross-site requests are not allowed.');
      return;
    }
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new AppError('ORIGIN_NOT_ALLOWED', 'Cross-site requests are not allowed.');
    }
    if (host === req.headers.host || this.config.CORS_ORIGINS.includes(origin)) return;
    throw new AppError('ORIGIN_NOT_ALLOWED', 'Cross-site requests are not allowed.');
  }
}
