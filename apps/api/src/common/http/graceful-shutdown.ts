import type { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { Server } from 'node:http';

const closingApps = new WeakSet<object>();

/**
 * While closing, every answer says `Connection: close`: a keep-alive connection whose request was in
 * flight ends with its answer instead of waiting, idle, for the grace to run out. A request that
 * arrives on such a connection meanwhile is served (Fastify's return503OnClosing is off), not
 * refused with an uncoded 503.
 */
export function registerClosingConnections(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_req, reply, payload, done) => {
    if (closingApps.has(fastify)) void reply.header('connection', 'close');
    done(null, payload);
  });
}

/** After the grace, this much more for the pool and the listening connection to close. */
const CLOSE_MARGIN_MS = 5000;

/**
 * SIGTERM (a deploy, `docker stop`, the process manager) and SIGINT close the application in order:
 * the listening socket first (no new connection is accepted; idle keep-alive connections are
 * closed), then in-flight requests finish, then the lifecycle hooks close the pool, the catalogue
 * LISTEN connection and the embedded server. A request still running after `graceMs` has its
 * connection closed; the process exits 0 once closed, 1 if closing itself hangs.
 * Nest's enableShutdownHooks is not used: it re-raises the signal after closing (exit code 143).
 */
export function closeOnSignals(app: NestFastifyApplication, graceMs: number, logger: Pick<Logger, 'log' | 'warn' | 'error'>): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    const started = Date.now();
    const server = app.getHttpServer() as Server;
    closingApps.add(app.getHttpAdapter().getInstance());
    // A connection that went idle since (its answer sent) is closed at once, not at the grace's end.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    logger.log(`${signal}: closing (in-flight requests have ${graceMs} ms)`);
    const grace = setTimeout(() => {
      logger.warn(`requests still running after ${graceMs} ms: closing their connections`);
      server.closeAllConnections();
    }, graceMs);
    const hang = setTimeout(() => {
      logger.error('closing did not finish; exiting anyway');
      process.exit(1);
    }, graceMs + CLOSE_MARGIN_MS);
    app.close().then(
      () => {
        clearInterval(idle);
        clearTimeout(grace);
        clearTimeout(hang);
        logger.log(`closed in ${Date.now() - started} ms`);
        process.exit(0);
      },
      (err: unknown) => {
        logger.error(`closing failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
