import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';

const isLoopback = (ip: string) => {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return isIP(v4) === 4 ? v4.startsWith('127.') : ip === '::1';
};

/**
 * Who may read /api/metrics: with a token configured, the bearer of that token; without one, a
 * client on this machine. Behind a proxy (TRUST_PROXY) every request arrives from loopback, so there
 * every address of the chain must be loopback — the socket's and each one X-Forwarded-For names: a
 * client outside that sends `X-Forwarded-For: 127.0.0.1` still has its own address in the chain
 * (nginx appends it, or puts it alone in the header).
 */
export function mayReadMetrics(req: FastifyRequest, token: string | undefined, trustProxy: boolean): boolean {
  if (token) {
    const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim() ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }
  const chain = trustProxy ? req.ips ?? [req.ip] : [req.socket.remoteAddress ?? ''];
  return chain.length > 0 && chain.every(isLoopback);
}
