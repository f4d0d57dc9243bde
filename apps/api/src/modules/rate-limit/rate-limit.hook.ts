import { SESSION_COOKIE } from '@qifu/contracts';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../common/errors/app-error';
import type { SessionsService } from '../auth/sessions.service';
import type { SharedRateCounter } from './shared-rate-counter';

const WINDOW_MS = 60_000;

/**
 * Requests per minute per client IP, counted in PostgreSQL for every API process (see
 * SharedRateCounter). A global hook, ahead of the catalogue cache: kept answers, unknown routes and
 * static files count too. A request with the cookie of a live session gets ten times the budget; a
 * made-up cookie is anonymous, and so is any cookie while the database cannot tell (an outage must
 * not turn into an error here).
 */
export function registerRateLimit(
  fastify: FastifyInstance,
  { perMinute, counter, sessions }: { perMinute: number; counter: SharedRateCounter; sessions: SessionsService },
): void {
  fastify.addHook('onRequest', async (req, reply) => {
    const token = req.cookies?.[SESSION_COOKIE];
    const live = token ? await sessions.isLive(token).catch(() => false) : false;
    const max = live ? perMinute * 10 : perMinute;
    const { count, resetMs } = await counter.hit(live ? `${req.ip}:session` : req.ip, WINDOW_MS, max);
    const reset = String(Math.ceil(resetMs / 1000));
    void reply.headers({ 'x-ratelimit-limit': String(max), 'x-ratelimit-remaining': String(Math.max(0, max - count)), 'x-ratelimit-reset': reset });
    if (count > max) throw new AppError('RATE_LIMITED', `Too many requests; retry in ${reset} s.`, undefined, { 'retry-after': reset });
  });
}
