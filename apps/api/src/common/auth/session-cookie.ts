import { SESSION_COOKIE } from '@qifu/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/env.schema';

// HttpOnly keeps the session away from scripts; SameSite=Lax keeps it off cross-site writes;
// Secure whenever the browser reached us over HTTPS.
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, config: AppConfig): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: isSecure(req, config),
    maxAge: config.SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply, config: AppConfig): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure: isSecure(req, config) });
}

function isSecure(req: FastifyRequest, config: AppConfig): boolean {
  if (config.COOKIE_SECURE === 'true') return true;
  if (config.COOKIE_SECURE === 'false') return false;
  return req.protocol === 'https';
}
