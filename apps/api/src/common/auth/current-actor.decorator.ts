import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';
import type { Actor, RequestContext } from './actor';

/** The signed-in caller; only on routes whose rule requires a user. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<FastifyRequest>().actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return actor;
});

/** Where the request came from, for the audit log and the login limiter. */
export const ReqContext = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext => requestContext(ctx.switchToHttp().getRequest<FastifyRequest>()));

export function requestContext(req: FastifyRequest): RequestContext {
  const ua = req.headers['user-agent'];
  return { ip: req.ip.slice(0, 64), userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null };
}
